from django.urls import path

from . import views

app_name = "goals"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("vision/bearbeiten/", views.vision_edit, name="vision_edit"),
    path("vision/verlauf/", views.vision_history, name="vision_history"),
    path("vision/verlauf/<int:history_id>/wiederherstellen/", views.vision_restore, name="vision_restore"),
    path("<int:number>/", views.detail, name="detail"),
    path("<int:number>/bearbeiten/", views.edit, name="edit"),
    path("<int:number>/verlauf/", views.history, name="history"),
    path("<int:number>/verlauf/<int:history_id>/wiederherstellen/", views.restore, name="restore"),
]
