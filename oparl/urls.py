"""OParl 1.1: one entry point, the Body, its external lists and one URL per object."""

from django.urls import path, re_path

from . import views

app_name = "oparl"
urlpatterns = [
    path("", views.system, name="system"),
    path("body/", views.body_list, name="body_list"),
    path("body/<int:body>/<slug:kind>/", views.object_list, name="list"),
    path("organization/<int:pk>/meeting/", views.organization_meetings, name="organization_meetings"),
    path("organization/<int:pk>/consultation/", views.organization_consultations, name="organization_consultations"),
    path("file/<int:pk>/access/", views.file_access, name="file_access"),
    path("file/<int:pk>/download/", views.file_download, name="file_download"),
    path("<slug:kind>/<int:pk>/", views.object_detail, name="object"),
    re_path(r"^.*$", views.not_found),
]
