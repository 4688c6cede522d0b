"""Who may see and change W-Produkte, Kennzahlen and values: the one place views ask."""

from django.shortcuts import get_object_or_404

from .models import KPI, Product

MANAGE_PERMISSION = "products.change_kpi"  # strategy office: import, all KPIs
ENTER_PERMISSION = "products.change_kpivalue"
LOCK_PERMISSION = "products.change_reportingperiod"


def get_product_for_user(user, pk: int) -> Product:
    return get_object_or_404(Product.objects.visible_to(user), pk=pk)


def get_kpi_for_user(user, pk: int) -> KPI:
    return get_object_or_404(
        KPI.objects.visible_to(user).select_related("product", "product_goal", "strategic_goal").with_values(), pk=pk
    )


def can_manage(user) -> bool:
    return user.has_perm(MANAGE_PERMISSION)


def can_enter_values(user, kpi: KPI) -> bool:
    """Strategy office for every KPI; Redaktion only for the products it is responsible for."""
    if not user.is_authenticated or not user.has_perm(ENTER_PERMISSION):
        return False
    if can_manage(user):
        return True
    return kpi.product_id is not None and kpi.product.responsible_users.filter(pk=user.pk).exists()


def can_lock_periods(user) -> bool:
    return user.has_perm(LOCK_PERMISSION)
