"""Open data pages: public, no login; only what an anonymous visitor may see."""

import json

from django.http import HttpResponse
from django.shortcuts import render

from goals.models import District

from . import opendata


def _district():
    return District.objects.order_by("pk").first()


def _open(response, filename=None):
    response["Access-Control-Allow-Origin"] = "*"
    response["Link"] = f'<{opendata.LICENSE_TEXT_URL}>; rel="license"'
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def overview(request):
    return render(
        request,
        "oparl/open_data.html",
        {"license_name": opendata.LICENSE_NAME, "license_url": opendata.LICENSE_TEXT_URL, "district": _district()},
    )


def kpi_csv(request):
    return _open(HttpResponse(opendata.kpi_csv(), content_type="text/csv; charset=utf-8"), "kennzahlen.csv")


def kpi_json(request):
    body = json.dumps(opendata.kpi_json(_district()), ensure_ascii=False, indent=1)
    return _open(HttpResponse(body, content_type="application/json; charset=utf-8"))


def kpi_dataset(request):
    body = json.dumps(opendata.dcat_dataset(request, _district()), ensure_ascii=False, indent=1)
    return _open(HttpResponse(body, content_type="application/ld+json; charset=utf-8"))
