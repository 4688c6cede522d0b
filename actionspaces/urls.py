from django.urls import path

from .views import editing, pages

app_name = "actionspaces"
urlpatterns = [
    path("", pages.overview, name="overview"),
    path("<slug:slug>/", pages.card, name="card"),
    path("<slug:slug>/druck/", pages.print_card, name="print"),
    path("<slug:slug>/karte.pdf", pages.card_pdf, name="card_pdf"),
    path("<slug:slug>/bearbeiten/", editing.card_edit, name="card_edit"),
    path("<slug:slug>/verlauf/", editing.card_history, name="card_history"),
    path("<slug:slug>/verlauf/<int:history_id>/wiederherstellen/", editing.card_restore, name="card_restore"),
    path("<slug:slug>/massnahmen/neu/", editing.measure_add, name="measure_add"),
    path("<slug:slug>/massnahmen/<int:pk>/bearbeiten/", editing.measure_edit, name="measure_edit"),
    path("<slug:slug>/massnahmen/<int:pk>/verlauf/", editing.measure_history, name="measure_history"),
    path(
        "<slug:slug>/massnahmen/<int:pk>/verlauf/<int:history_id>/wiederherstellen/",
        editing.measure_restore,
        name="measure_restore",
    ),
    path("<slug:slug>/massnahmen/<int:pk>/entfernen/", editing.measure_remove, name="measure_remove"),
    path("<slug:slug>/massnahmen/<int:pk>/verschieben/", editing.measure_move, name="measure_move"),
    path("<slug:slug>/massnahmen/<int:pk>/meilensteine/neu/", editing.milestone_add, name="milestone_add"),
    path("<slug:slug>/meilensteine/<int:pk>/bearbeiten/", editing.milestone_edit, name="milestone_edit"),
    path("<slug:slug>/meilensteine/<int:pk>/verlauf/", editing.milestone_history, name="milestone_history"),
    path(
        "<slug:slug>/meilensteine/<int:pk>/verlauf/<int:history_id>/wiederherstellen/",
        editing.milestone_restore,
        name="milestone_restore",
    ),
    path("<slug:slug>/meilensteine/<int:pk>/entfernen/", editing.milestone_remove, name="milestone_remove"),
]
