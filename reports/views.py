"""The Strategiebericht: a page listing the years and the PDF of each year."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from helmstedt_strategy.content_version import reads_content_version
from helmstedt_strategy.pdf import PDF_A, PDF_UA, pdf_response
from helmstedt_strategy.publishing import may_see_drafts

from . import strategy_report


@require_GET
def index(request):
    return render(
        request,
        "reports/index.html",
        {
            "years": strategy_report.report_years(),
            "with_drafts": may_see_drafts(request.user),
        },
    )


@require_GET
@reads_content_version
def report_pdf(request, year: int):
    if year not in strategy_report.report_years():
        raise Http404
    user = request.user
    if request.GET.get("fassung") == "oeffentlich":
        user = strategy_report.public_reader()
    variant = PDF_A if request.GET.get("archiv") == "1" else PDF_UA
    return pdf_response(*strategy_report.report_pdf(year, user, variant))
