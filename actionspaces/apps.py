from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionspacesConfig(AppConfig):
    name = "actionspaces"
    verbose_name = _("Aktionsräume")
