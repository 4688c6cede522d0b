"""Reading pages: the product list with filters, a product, a KPI."""

from django.shortcuts import render

from actionspaces.models import ActionSpace
from goals.models import StrategicGoal
from helmstedt_strategy.reader_history import visible_history

from ..models import KPI, KPIValue, Product
from ..permissions import can_enter_values, can_manage, get_kpi_for_user, get_product_for_user
from ..status import Status, roll_up

HISTORY_LIMIT = 30


def product_list(request):
    products = list(Product.objects.visible_to(request.user).for_list(request.user))
    goals = list(StrategicGoal.objects.visible_to(request.user))
    goal_kpis = list(
        KPI.objects.visible_to(request.user).filter(product__isnull=True, strategic_goal__isnull=False).with_values()
    )
    spaces = list(ActionSpace.objects.ordered())
    units = sorted({p.unit for p in products if p.unit})
    selected = {key: request.GET.get(key, "") for key in ("ziel", "aktionsraum", "status", "einheit")}
    # A goal's status: worst of its products' and its own indicators' statuses.
    for goal in goals:
        served = [p.status for p in products if goal in p.goals.all()]
        own = [k.status for k in goal_kpis if k.strategic_goal_id == goal.pk]
        goal.rolled_up_status = roll_up(served + own)
    shown = [
        p
        for p in products
        if (not selected["ziel"] or any(str(g.number) == selected["ziel"] for g in p.goals.all()))
        and (not selected["aktionsraum"] or any(s.slug == selected["aktionsraum"] for s in p.action_spaces.all()))
        and (not selected["status"] or p.status == selected["status"])
        and (not selected["einheit"] or p.unit == selected["einheit"])
    ]
    return render(
        request,
        "products/list.html",
        {
            "products": shown,
            "total": len(products),
            "goals": goals,
            "goal_kpis": goal_kpis,
            "spaces": spaces,
            "units": units,
            "statuses": Status.choices,
            "selected": selected,
            "can_manage": can_manage(request.user),
        },
    )


def product_detail(request, pk: int):
    product = get_product_for_user(request.user, pk)
    product = (
        Product.objects.filter(pk=product.pk)
        .for_list(request.user)
        .prefetch_related("product_goals", "budgets", "kpis__product_goal", "responsible_users")
        .get()
    )
    responsible = request.user.is_authenticated and request.user in product.responsible_users.all()
    kpis = list(product.kpis.all())
    return render(
        request,
        "products/detail.html",
        {
            "product": product,
            "kpis": kpis,
            "may_enter": request.user.has_perm("products.change_kpivalue")
            and (responsible or can_manage(request.user)),
        },
    )


def kpi_detail(request, pk: int):
    kpi = get_kpi_for_user(request.user, pk)
    values = list(kpi.values.all())
    history = []
    if request.user.is_authenticated:
        periods = {v.period_id: v.period for v in values}
        history = list(
            visible_history(KPIValue, request.user)
            .filter(kpi_id=kpi.pk)
            .select_related("history_user")
            .order_by("-history_date")[:HISTORY_LIMIT]
        )
        for record in history:
            record.period_display = periods.get(record.period_id, "")
            record.kpi = kpi
    return render(
        request,
        "products/kpi_detail.html",
        {
            "kpi": kpi,
            "values": values,
            "history": history,
            "may_enter": can_enter_values(request.user, kpi),
        },
    )
