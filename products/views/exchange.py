"""Export of KPI values (CSV, Excel) for every reader; import with preview for the strategy office."""

import base64

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from helmstedt_strategy.params import query_id
from helmstedt_strategy.permissions import require_permission

from .. import exchange
from ..forms import ImportForm
from ..models import KPI
from ..permissions import MANAGE_PERMISSION
from ..services import kpi_values_import

SESSION_KEY = "products_import"


def _export_kpis(request):
    kpis = KPI.objects.visible_to(request.user).select_related("product").with_values()
    product = query_id(request.GET.get("produkt"))
    if product:
        kpis = kpis.filter(product_id=product)
    return kpis


def export_csv(request):
    response = HttpResponse(exchange.export_csv(_export_kpis(request)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kennzahlwerte.csv"'
    return response


def export_xlsx(request):
    response = HttpResponse(
        exchange.export_xlsx(_export_kpis(request)),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="kennzahlwerte.xlsx"'
    return response


@require_permission(MANAGE_PERMISSION)
def import_upload(request):
    """Upload and preview: the form refuses a file unfit to read, `validate` reports each bad row."""
    rows, errors = [], []
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        request.session.pop(SESSION_KEY, None)
    previewed = request.method == "POST" and form.is_valid()
    if previewed:
        rows, errors = exchange.validate(form.table)
        if not errors:
            request.session[SESSION_KEY] = base64.b64encode(form.content).decode("ascii")
    return render(
        request,
        "products/import.html",
        {
            "form": form,
            "rows": rows,
            "errors": exchange.error_lines(errors),
            "error_count": len(errors),
            "previewed": previewed,
        },
    )


@require_POST
@require_permission(MANAGE_PERMISSION)
def import_confirm(request):
    encoded = request.session.pop(SESSION_KEY, None)
    if not encoded:
        messages.error(request, _("Keine geprüfte Datei gefunden. Bitte laden Sie die Datei erneut hoch."))
        return HttpResponseRedirect(reverse("products:import"))
    try:
        rows, errors = exchange.validate(exchange.read_table(base64.b64decode(encoded)))
    except ValidationError:  # it passed the preview; refused now only if the limits changed meanwhile
        errors = True
    if errors:
        messages.error(request, _("Die Datei enthält Fehler; es wurde nichts gespeichert."))
        return HttpResponseRedirect(reverse("products:import"))
    try:
        count = kpi_values_import(rows=rows, user=request.user)
    except ValidationError as exc:
        messages.error(request, _("Nichts gespeichert: %(error)s") % {"error": " ".join(exc.messages)})
        return HttpResponseRedirect(reverse("products:import"))
    messages.success(request, _("%(count)s Werte wurden übernommen.") % {"count": count})
    return HttpResponseRedirect(reverse("products:list"))
