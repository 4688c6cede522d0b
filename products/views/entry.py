"""Entering KPI values (Redaktion for its products) and locking periods (Strategiestelle)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from helmstedt_strategy.editing import EditConflict
from helmstedt_strategy.formatting import format_number
from helmstedt_strategy.permissions import deny, require_permission

from ..forms import KPIValueForm
from ..models import ReportingPeriod
from ..permissions import LOCK_PERMISSION, can_enter_values, can_lock_periods, get_kpi_for_user
from ..services import kpi_value_record
from ..services import period_lock as lock_service


def _initial(kpi, key: str) -> dict:
    value = next((v for v in kpi.values.all() if v.period.key == key), None)
    if value is None:
        return {"period": key}
    return {
        "period": key,
        "target_value": "" if value.target_value is None else format_number(value.target_value, kpi.decimals),
        "actual_value": "" if value.actual_value is None else format_number(value.actual_value, kpi.decimals),
        "comment": value.comment,
        "data_basis": value.data_basis,
        "source": value.source,
        "loaded_version": value.version,
    }


def _default_period(values) -> str:
    """The latest open period, or the year after the last locked one."""
    open_values = [v for v in values if not v.period.is_locked]
    if open_values:
        return open_values[-1].period.key
    if values and values[-1].period.kind == "jahr":
        return str(values[-1].period.start.year + 1)
    return ""


def kpi_entry(request, pk: int):
    kpi = get_kpi_for_user(request.user, pk)
    if not can_enter_values(request.user, kpi):
        return deny(request)
    values = list(kpi.values.all())
    conflict = None
    if request.method == "POST":
        form = KPIValueForm(request.POST, kpi=kpi)
        if form.is_valid():
            data = form.cleaned_data
            try:
                kpi_value_record(
                    kpi=kpi,
                    period=data["period"],
                    actual_value=data["actual_value"],
                    target_value=data["target_value"],
                    comment=data["comment"],
                    data_basis=data["data_basis"],
                    source=data["source"],
                    expected_version=data["loaded_version"],
                    user=request.user,
                )
            except ValidationError as exc:
                if hasattr(exc, "error_dict"):
                    for field, errors in exc.error_dict.items():
                        form.add_error(field, errors)
                else:
                    form.add_error(None, exc)
            except EditConflict as exc:
                conflict = exc
            else:
                messages.success(request, _("Der Wert für %(period)s wurde gespeichert.") % {"period": data["period"]})
                return HttpResponseRedirect(reverse("products:kpi", args=[kpi.pk]))
    else:
        key = request.GET.get("zeitraum") or _default_period(values)
        form = KPIValueForm(initial=_initial(kpi, key), kpi=kpi)
    locked = [v.period.key for v in values if v.period.is_locked]
    return render(
        request,
        "products/entry.html",
        {"kpi": kpi, "form": form, "values": values[-5:], "locked": locked, "conflict": conflict},
        status=409 if conflict else 200,
    )


@require_permission("products.view_kpivalue")
def periods(request):
    return render(
        request,
        "products/periods.html",
        {
            "periods": ReportingPeriod.objects.select_related("locked_by").order_by("-start"),
            "can_lock": can_lock_periods(request.user),
        },
    )


@require_POST
@require_permission(LOCK_PERMISSION)
def period_lock(request, pk: int):
    period = get_object_or_404(ReportingPeriod, pk=pk)
    lock_service(period=period, user=request.user)
    messages.success(request, _("Der Zeitraum %(period)s ist gesperrt und freigegeben.") % {"period": period.key})
    return HttpResponseRedirect(reverse("products:periods"))
