"""URLs for `manage.py bench` only: the site plus the framework-floor view."""

from django.urls import include, path

from .benchmark import floor_view

urlpatterns = [
    path("__bench__/boden/", floor_view, name="bench_floor"),
    path("", include("helmstedt_strategy.urls")),
]
