"""Dashboard pages: the council dashboard, "Meine Aufgaben", the public transparency portal."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe

from helmstedt_strategy import content_version
from helmstedt_strategy.permissions import deny

from .council import council_dashboard
from .permissions import is_council_member, may_see_tasks
from .portal import portal_context
from .tasks import tasks_for

PORTAL_TIMEOUT = 60 * 60


def start(request):
    """Where a login lands: council members on their dashboard, staff on their tasks, others on the start page."""
    if not request.user.is_authenticated:
        return redirect("home")
    if is_council_member(request.user):
        return redirect("dashboard:home")
    if may_see_tasks(request.user):
        return redirect("dashboard:tasks")
    return redirect("home")


def home(request):
    """The council dashboard for signed-in users; anonymous visitors get the public portal."""
    if not request.user.is_authenticated:
        return redirect("dashboard:portal")
    context = council_dashboard(request.user, request.GET)
    for error in context["filters"].errors:
        messages.warning(request, error)
    response = render(request, "dashboard/home.html", context)
    patch_cache_control(response, private=True, no_store=True)
    return response


def tasks(request):
    if not request.user.is_authenticated:
        return deny(request)
    today = timezone.localdate()
    items = tasks_for(request.user, today)
    response = render(
        request,
        "dashboard/tasks.html",
        {"tasks": items, "today": today, "late_count": sum(1 for t in items if t.is_late(today))},
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@content_version.reads_content_version
def portal(request):
    """Public portal. Its content (built for an anonymous visitor) is cached per language and content
    version, for anonymous visitors only; the page around it (CSRF token of the language form, messages,
    the signed-in user's name) is rendered per request, so nothing personal is ever shared."""
    if request.user.is_authenticated:
        body = render_to_string("dashboard/portal_body.html", portal_context(), request=None)
    else:
        body = content_version.cached(
            ("dashboard:portal",),
            lambda: render_to_string("dashboard/portal_body.html", portal_context(), request=None),
            reader=request.user,
            timeout=PORTAL_TIMEOUT,
        )
    return render(request, "dashboard/portal.html", {"portal_body": mark_safe(body)})  # noqa: S308 - our template
