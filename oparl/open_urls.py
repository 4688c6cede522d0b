"""Open data and feeds: /offene-daten/…"""

from django.urls import path

from . import feeds, open_views

app_name = "opendata"
urlpatterns = [
    path("", open_views.overview, name="overview"),
    path("vorlagen.rss", feeds.PaperFeed(), name="papers_rss"),
    path("vorlagen.atom", feeds.PaperAtomFeed(), name="papers_atom"),
    path("beschluesse.rss", feeds.DecisionFeed(), name="decisions_rss"),
    path("beschluesse.atom", feeds.DecisionAtomFeed(), name="decisions_atom"),
    path("kennzahlen.csv", open_views.kpi_csv, name="kpi_csv"),
    path("kennzahlen.json", open_views.kpi_json, name="kpi_json"),
    path("kennzahlen.jsonld", open_views.kpi_dataset, name="kpi_dataset"),
]
