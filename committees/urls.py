from django.urls import path, re_path

from .views import consultations, control, meetings, papers, printing

app_name = "committees"
urlpatterns = [
    path("vorlagen/", papers.paper_list, name="paper_list"),
    path("vorlagen/neu/", papers.paper_create, name="paper_create"),
    path("vorlagen/<int:pk>/", papers.paper_detail, name="paper_detail"),
    path("vorlagen/<int:pk>/drucksache.pdf", printing.paper_pdf, name="paper_pdf"),
    path("vorlagen/<int:pk>/bearbeiten/", papers.paper_edit, name="paper_edit"),
    path("vorlagen/<int:pk>/verlauf/", papers.paper_history, name="paper_history"),
    path("vorlagen/<int:pk>/verlauf/<int:history_id>/wiederherstellen/", papers.paper_restore, name="paper_restore"),
    path("vorlagen/<int:pk>/vorgang/<slug:action>/", papers.paper_action, name="paper_action"),
    path("vorlagen/<int:pk>/beratung/neu/", consultations.consultation_add, name="consultation_add"),
    path("vorlagen/<int:pk>/ausfuehrung/", consultations.implementation_start, name="implementation_start"),
    path("vorlagen/<int:pk>/anlagen/neu/", papers.file_upload, name="file_upload"),
    path("vorlagen/anlagen/<int:pk>/", papers.file_download, name="file_download"),
    path("vorlagen/beratungen/<int:pk>/ergebnis/", consultations.consultation_result, name="consultation_result"),
    path("vorlagen/beratungen/<int:pk>/vertagen/", consultations.consultation_postpone, name="consultation_postpone"),
    path(
        "vorlagen/beratungen/<int:pk>/terminieren/", consultations.consultation_schedule, name="consultation_schedule"
    ),
    path("vorlagen/beschlusskontrolle/", control.implementation_list, name="implementation_list"),
    path("vorlagen/beschlusskontrolle/<int:pk>/sachstand/", control.implementation_note, name="implementation_note"),
    path("sitzungen/", meetings.meeting_list, name="meeting_list"),
    path("sitzungen/neu/", meetings.meeting_create, name="meeting_create"),
    path("sitzungen/<int:pk>/", meetings.meeting_detail, name="meeting_detail"),
    path("sitzungen/<int:pk>/bearbeiten/", meetings.meeting_edit, name="meeting_edit"),
    path("sitzungen/<int:pk>/status/", meetings.meeting_state, name="meeting_state"),
    path("sitzungen/<int:pk>/tagesordnung/neu/", meetings.agenda_item_add, name="agenda_item_add"),
    path("sitzungen/kalender.ics", meetings.ical_public, name="ical_public"),
    # A token is what secrets.token_urlsafe writes: anything else (a NUL byte) never reaches the database.
    re_path(r"^sitzungen/kalender/(?P<token>[A-Za-z0-9_-]{32,64})\.ics$", meetings.ical_personal, name="ical_personal"),
    path("sitzungen/kalender/neu/", meetings.calendar_token_renew, name="calendar_token_renew"),
    path("gremien/", meetings.organization_list, name="organization_list"),
    path("gremien/<int:pk>/", meetings.organization_detail, name="organization_detail"),
    path("personen/<int:pk>/", meetings.person_detail, name="person_detail"),
]
