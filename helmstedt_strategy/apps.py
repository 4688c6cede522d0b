from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HelmstedtStrategyConfig(AppConfig):
    name = "helmstedt_strategy"
    verbose_name = "Strategiemanagement"

    def ready(self):
        from . import content_version
        from .roles import sync_roles

        content_version.connect()

        # This app is last in INSTALLED_APPS, so every app's permissions exist
        # when its post_migrate arrives: the groups get them on every migrate.
        post_migrate.connect(sync_roles, sender=self, dispatch_uid="helmstedt_strategy.sync_roles")
