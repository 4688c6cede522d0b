from .entry import kpi_entry, period_lock, periods
from .exchange import export_csv, export_xlsx, import_confirm, import_upload
from .pages import kpi_detail, product_detail, product_list

__all__ = [
    "export_csv",
    "export_xlsx",
    "import_confirm",
    "import_upload",
    "kpi_detail",
    "kpi_entry",
    "period_lock",
    "periods",
    "product_detail",
    "product_list",
]
