from .kpi import KPI, KPIValue, ReportingPeriod
from .product import Product, ProductBudget, ProductGoal

__all__ = ["KPI", "KPIValue", "Product", "ProductBudget", "ProductGoal", "ReportingPeriod"]
