"""Open data and feeds: public for everyone (they contain only public content)."""

from . import everyone

EXPECTED = {
    "opendata:overview": everyone(),
    "opendata:papers_rss": everyone(),
    "opendata:papers_atom": everyone(),
    "opendata:decisions_rss": everyone(),
    "opendata:decisions_atom": everyone(),
    "opendata:kpi_csv": everyone(),
    "opendata:kpi_json": everyone(),
    "opendata:kpi_dataset": everyone(),
}
URL_KWARGS = {}
