"""Open data pages: public, no login; only what an anonymous visitor may see."""

import json

from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.shortcuts import render

from goals.models import District
from helmstedt_strategy import content_version

from . import opendata

ANONYMOUS = AnonymousUser()  # the files hold only what an anonymous visitor may see


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


# The files hold every published value (60,000 rows at ten years of data, seconds to build): they are
# built once per content version, i.e. again after any change of domain data, and at least hourly.
DOWNLOAD_TIMEOUT = 3600


@content_version.reads_content_version
def kpi_csv(request):
    body = content_version.cached(("opendata:kpi.csv",), opendata.kpi_csv, reader=ANONYMOUS, timeout=DOWNLOAD_TIMEOUT)
    return _open(HttpResponse(body, content_type="text/csv; charset=utf-8"), "kennzahlen.csv")


@content_version.reads_content_version
def kpi_json(request):
    body = content_version.cached(
        ("opendata:kpi.json",),
        lambda: json.dumps(opendata.kpi_json(_district()), ensure_ascii=False, indent=1),
        reader=ANONYMOUS,
        timeout=DOWNLOAD_TIMEOUT,
    )
    return _open(HttpResponse(body, content_type="application/json; charset=utf-8"))


def kpi_dataset(request):
    body = json.dumps(opendata.dcat_dataset(request, _district()), ensure_ascii=False, indent=1)
    return _open(HttpResponse(body, content_type="application/ld+json; charset=utf-8"))
