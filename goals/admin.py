from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import District, StrategicGoal, Vision

admin.site.register(District, SimpleHistoryAdmin)
admin.site.register(Vision, SimpleHistoryAdmin)
admin.site.register(StrategicGoal, SimpleHistoryAdmin)
