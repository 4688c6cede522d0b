"""Admin for the rare set-up tasks (which redaktion users edit which Aktionsraum, Themenpaten);
the cards and measures themselves are edited in the normal pages."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import ActionSpace, Measure, Milestone, Municipality, Sponsor, StrategyCard, WorkshopGroup


class SponsorInline(admin.TabularInline):
    model = Sponsor
    extra = 0


@admin.register(ActionSpace)
class ActionSpaceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "order", "slug"]
    filter_horizontal = ["editors", "goals"]
    inlines = [SponsorInline]


admin.site.register(Municipality, SimpleHistoryAdmin)
admin.site.register(WorkshopGroup, SimpleHistoryAdmin)
admin.site.register(StrategyCard, SimpleHistoryAdmin)
admin.site.register(Measure, SimpleHistoryAdmin)
admin.site.register(Milestone, SimpleHistoryAdmin)
admin.site.register(Sponsor, SimpleHistoryAdmin)
