from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Top layer: printed reports that draw on goals, Aktionsräume, W-Produkte (imports point down only)."""

    name = "reports"
    verbose_name = _("Berichte")
