"""Maintenance of products and KPIs by the strategy office. Values are not editable here: they go through
the entry page or the import, where locked periods and the comment rule are enforced."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import KPI, Product, ProductBudget, ProductGoal


class ProductGoalInline(admin.TabularInline):
    model = ProductGoal
    extra = 0


class ProductBudgetInline(admin.TabularInline):
    model = ProductBudget
    extra = 0


@admin.register(Product)
class ProductAdmin(SimpleHistoryAdmin):
    list_display = ["number", "name", "unit", "is_published", "is_example"]
    list_filter = ["is_published", "workshop_topic", "goals"]
    search_fields = ["number", "name"]
    filter_horizontal = ["goals", "action_spaces", "responsible_users"]
    inlines = [ProductGoalInline, ProductBudgetInline]


@admin.register(KPI)
class KPIAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name", "product", "strategic_goal", "polarity", "target_value", "tolerance_percent"]
    list_filter = ["polarity", "kind", "period_kind"]
    search_fields = ["code", "name"]
    raw_id_fields = ["product", "product_goal"]
