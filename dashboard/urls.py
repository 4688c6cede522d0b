from django.urls import path

from . import views

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("start/", views.start, name="start"),
    path("aufgaben/", views.tasks, name="tasks"),
    path("transparenz/", views.portal, name="portal"),
]
