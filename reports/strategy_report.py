"""The Strategiebericht of a year as PDF.

Content follows the reader's visibility, as the web pages do: the public version (anonymous
readers, council members, and staff who ask for `?fassung=oeffentlich`) shows only published
goals, strategy cards and W-Produkte; readers who may see drafts (`may_see_drafts`) also get the
drafts, marked "unveröffentlicht". Values count up to the end of the year:
a KPI's status is that of its latest actual value in or before the year, and the trend charts
stop there. The charts are the shared SVG code of the web pages (`KPI.chart_svg`,
`helmstedt_strategy.charts.progress_bar`).
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch
from django.utils import timezone

from actionspaces.models import ActionSpace, Measure, StrategyCard
from actionspaces.printing import card_progress_svg
from goals.models import District, StrategicGoal
from helmstedt_strategy.pdf import PDF_A, PDF_UA, cached_pdf, render_pdf
from helmstedt_strategy.publishing import may_see_drafts
from products.models import KPI, KPIValue, Product
from products.status import Status, roll_up

TEMPLATE = "reports/pdf/report.html"
FIRST_YEAR = 2024  # the year the Kreistag decided the strategic goals


def report_years() -> list[int]:
    return list(range(timezone.localdate().year, FIRST_YEAR - 1, -1))


def public_reader():
    return AnonymousUser()


def _values_until(year: int):
    return Prefetch(
        "values",
        queryset=KPIValue.objects.filter(period__start__year__lte=year)
        .select_related("period")
        .order_by("period__start"),
    )


def _status(status) -> dict:
    status = Status(status)
    return {"icon": status.icon, "label": str(status.label), "value": status.value}


def report_context(year: int, user) -> dict:
    products = list(
        Product.objects.visible_to(user).prefetch_related(
            Prefetch("goals", queryset=StrategicGoal.objects.visible_to(user)),
            Prefetch("kpis", queryset=KPI.objects.order_by("code").prefetch_related(_values_until(year))),
        )
    )
    goal_kpis = list(
        KPI.objects.visible_to(user)
        .filter(product__isnull=True, strategic_goal__isnull=False)
        .prefetch_related(_values_until(year))
        .order_by("code")
    )
    goals = list(StrategicGoal.objects.visible_to(user).select_related("vision"))
    for goal in goals:
        served = [p for p in products if goal in p.goals.all()]
        goal.indicators = [k for k in goal_kpis if k.strategic_goal_id == goal.pk]
        goal.served_products = served
        goal.report_status = _status(roll_up([p.status for p in served] + [k.status for k in goal.indicators]))
        for kpi in goal.indicators:
            kpi.report_status = _status(kpi.status)
            kpi.chart = kpi.chart_svg()
    for product in products:
        product.report_status = _status(product.status)
        product.kpi_rows = list(product.kpis.all())
        for kpi in product.kpi_rows:
            kpi.report_status = _status(kpi.status)
            kpi.chart = kpi.small_chart_svg()
    spaces = list(
        ActionSpace.objects.ordered().prefetch_related(
            Prefetch(
                "card",
                queryset=StrategyCard.objects.visible_to(user).prefetch_related(
                    Prefetch("measures", queryset=Measure.objects.order_by("order", "id"))
                ),
            )
        )
    )
    rows = []
    for space in spaces:
        card = getattr(space, "card", None)
        summary = card.summary() if card else None
        rows.append(
            {
                "space": space,
                "card": card,
                "summary": summary,
                "progress_svg": card_progress_svg(card, summary) if card else "",
                "measures": list(card.measures.all()) if card else [],
            }
        )
    return {
        "year": year,
        "district": District.objects.first(),
        "vision": goals[0].vision if goals else None,
        "goals": goals,
        "spaces": rows,
        "products": products,
        "with_drafts": may_see_drafts(user),
        "today": timezone.localdate(),
    }


def filename_for(year: int, user, variant: str) -> str:
    parts = ["Strategiebericht", str(year)]
    if may_see_drafts(user):
        parts.append("intern")
    if variant == PDF_A:
        parts.append("archiv")
    return "-".join(parts) + ".pdf"


def render_report(year: int, user, variant: str = PDF_UA) -> tuple[str, bytes]:
    return render_pdf(
        template=TEMPLATE,
        context=report_context(year, user),
        filename=filename_for(year, user, variant),
        variant=variant,
    )


def report_pdf(year: int, user, variant: str = PDF_UA) -> tuple[str, bytes]:
    """From the cache while no content changed; "Stand" is the day, part of every cache key."""
    return cached_pdf(
        key_parts=("strategiebericht", year, variant), reader=user, render=lambda: render_report(year, user, variant)
    )
