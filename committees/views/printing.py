"""The Drucksache as PDF: tagged PDF/UA by default, PDF/A-3a with ?archiv=1, served from the cache."""

from django.views.decorators.http import require_GET

from helmstedt_strategy.content_version import reads_content_version
from helmstedt_strategy.pdf import PDF_A, PDF_UA, pdf_response

from ..drucksache import drucksache_pdf
from ..permissions import get_paper_for_user


@require_GET
@reads_content_version
def paper_pdf(request, pk: int):
    paper = get_paper_for_user(request.user, pk)
    variant = PDF_A if request.GET.get("archiv") == "1" else PDF_UA
    filename, pdf = drucksache_pdf(paper, request.user, variant)
    response = pdf_response(filename, pdf)
    if request.headers.get("If-None-Match") == response["ETag"]:
        response.status_code = 304
        response.content = b""
    return response
