"""Open data: the published Kennzahlen and their values as CSV and JSON, licensed, described in DCAT-AP.de."""

from django.urls import reverse
from django.utils import timezone

LICENSE_URL = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
LICENSE_NAME = "Datenlizenz Deutschland – Namensnennung – Version 2.0"
LICENSE_TEXT_URL = "https://www.govdata.de/dl-de/by-2-0"
SPATIAL = "http://dcat-ap.de/def/politicalGeocoding/districtKey/03154"


def published_kpis():
    from django.contrib.auth.models import AnonymousUser

    from products.models import KPI

    return KPI.objects.visible_to(AnonymousUser()).select_related("product").with_values().order_by("code", "pk")


def kpi_rows():
    """(header, rows) exactly as the W-Produkte export writes them, for published KPIs only."""
    from products import exchange

    return exchange.export_rows(published_kpis())


def kpi_csv() -> bytes:
    from products import exchange

    return exchange.export_csv(published_kpis())


def kpi_json(district) -> dict:
    header, rows = kpi_rows()
    keys = ["kennung", "kennzahl", "produkt", "einheit", "zeitraum", "sollwert", "istwert", "status", "kommentar"]
    keys += ["datenbasis", "quelle"]
    assert len(keys) == len(header)
    return {
        "titel": "Kennzahlen und Kennzahlwerte",
        "herausgeber": district.name if district else "",
        "lizenz": {"name": LICENSE_NAME, "url": LICENSE_TEXT_URL},
        "namensnennung": f"Datenquelle: {district.name if district else ''}",
        "spalten": dict(zip(keys, header, strict=True)),
        "daten": [
            {k: (float(v) if _is_number(v) else v) for k, v in zip(keys, row, strict=True) if v not in (None, "")}
            for row in rows
        ],
    }


def _is_number(value):
    from decimal import Decimal

    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _modified():
    from products.models import KPI, KPIValue

    stamps = [
        KPI.objects.order_by("-updated_at").values_list("updated_at", flat=True).first(),
        KPIValue.objects.order_by("-updated_at").values_list("updated_at", flat=True).first(),
    ]
    stamps = [s for s in stamps if s]
    return timezone.localtime(max(stamps)).isoformat(timespec="seconds") if stamps else None


def dcat_dataset(request, district) -> dict:
    """A DCAT-AP.de description (JSON-LD) of the KPI dataset with its two distributions."""
    absolute = request.build_absolute_uri
    publisher = {
        "@type": "foaf:Organization",
        "foaf:name": district.name if district else "",
    }
    if district and district.website:
        publisher["foaf:homepage"] = district.website

    def distribution(name, media_type, title):
        return {
            "@type": "dcat:Distribution",
            "dct:title": title,
            "dcat:accessURL": {"@id": absolute(reverse(name))},
            "dcat:downloadURL": {"@id": absolute(reverse(name))},
            "dcat:mediaType": media_type,
            "dct:format": {"@id": f"http://publications.europa.eu/resource/authority/file-type/{title}"},
            "dct:license": {"@id": LICENSE_URL},
        }

    dataset = {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "dcatde": "http://dcat-ap.de/def/dcatde/",
        },
        "@id": absolute(reverse("opendata:kpi_dataset")),
        "@type": "dcat:Dataset",
        "dct:title": "Kennzahlen und Kennzahlwerte der W-Produkte",
        "dct:description": (
            "Soll- und Istwerte der veröffentlichten Kennzahlen der wesentlichen Produkte (W-Produkte) "
            "und Zielindikatoren der Kreisstrategie, je Kennzahl und Berichtszeitraum."
        ),
        "dct:publisher": publisher,
        "dct:license": {"@id": LICENSE_URL},
        "dcatde:licenseAttributionByText": f"Datenquelle: {district.name if district else ''}",
        "dct:spatial": {"@id": SPATIAL},
        "dcatde:politicalGeocodingURI": {"@id": SPATIAL},
        "dcat:theme": [
            {"@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE"},
            {"@id": "http://publications.europa.eu/resource/authority/data-theme/ECON"},
        ],
        "dcat:keyword": ["Kennzahlen", "Strategie", "Haushalt", "Wirkungsorientierung", "Landkreis Helmstedt"],
        "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/DEU"},
        "dcat:landingPage": {"@id": absolute(reverse("opendata:overview"))},
        "dcat:distribution": [
            distribution("opendata:kpi_csv", "text/csv", "CSV"),
            distribution("opendata:kpi_json", "application/json", "JSON"),
        ],
    }
    modified = _modified()
    if modified:
        dataset["dct:modified"] = modified
    return dataset
