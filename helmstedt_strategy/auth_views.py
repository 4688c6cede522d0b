from django.contrib import messages
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView, LogoutView
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _(
            "Benutzername oder Passwort ist falsch. Bitte achten Sie auf Groß- und Kleinschreibung. "
            "Nach mehreren Fehlversuchen wird die Anmeldung vorübergehend gesperrt."
        ),
        "inactive": _("Dieses Konto ist deaktiviert."),
    }


class ThrottledLoginView(LoginView):
    """Django's login; django-axes (authentication backend + middleware) throttles failed attempts."""

    form_class = LoginForm
    redirect_authenticated_user = True


class LogoutWithMessageView(LogoutView):
    """Logout (POST only, as Django requires) that tells the user it worked."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.info(request, _("Sie wurden abgemeldet."))
        return response
