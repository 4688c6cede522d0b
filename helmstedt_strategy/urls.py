"""The composition root: every app's URLs, German paths."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from goals import views as goals_views

from . import views as shared_views
from .auth_views import LogoutWithMessageView, ThrottledLoginView

urlpatterns = [
    path("", goals_views.home, name="home"),
    path("ziele/", include("goals.urls")),
    path("aktionsraeume/", include("actionspaces.urls")),
    path("produkte/", include("products.urls")),
    path("", include("committees.urls")),
    path("oparl/", include("oparl.urls")),
    path("suche/", include("search.urls")),
    path("offene-daten/", include("oparl.open_urls")),
    path("bericht/", include("reports.urls")),
    path("dashboard/", include("dashboard.urls")),
    path("anmelden/", ThrottledLoginView.as_view(), name="login"),
    path("abmelden/", LogoutWithMessageView.as_view(), name="logout"),
    path("passwort/aendern/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("passwort/geaendert/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico on documents without a <link rel=icon> (PDFs, feeds).
    path("favicon.ico", shared_views.favicon),
]
