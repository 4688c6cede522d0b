"""The one way views refuse access: anonymous visitors are sent to the login,
signed-in users without the right get 403. Apps build their own helpers on it."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def deny(request):
    """Refuse the request the right way for who is asking."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


def require_permission(perm: str):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(perm):
                return deny(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
