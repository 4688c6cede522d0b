"""Sitzungen: calendar, meeting page with agenda, committee and person pages, iCal feeds."""

import secrets
from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from helmstedt_strategy import views as shared
from helmstedt_strategy.params import query_id
from helmstedt_strategy.permissions import require_permission

from .. import services
from ..calendar import render_calendar
from ..forms import AgendaItemForm, MeetingForm
from ..models import AgendaItem, Meeting, Membership, Organization, Person
from ..permissions import MEETING_PERMISSION, get_meeting_for_user


def meeting_list(request):
    user = request.user
    meetings = Meeting.objects.visible_to(user).select_related("organization", "location")
    committee = query_id(request.GET.get("gremium"))
    if committee:
        meetings = meetings.filter(organization_id=committee)
    now = timezone.now()
    upcoming = [m for m in meetings if m.start >= now]
    past = [m for m in meetings if m.start < now][::-1][:30]

    def by_month(items):
        return [
            (month, list(group))
            for month, group in groupby(items, key=lambda m: timezone.localtime(m.start).date().replace(day=1))
        ]

    person = getattr(user, "committee_person", None) if user.is_authenticated else None
    return render(
        request,
        "committees/meeting_list.html",
        {
            "upcoming": by_month(upcoming),
            "past": by_month(past),
            "committees": Organization.objects.exclude(kind=Organization.Kind.VERWALTUNG),
            "committee": committee,
            "person": person,
            "can_manage": user.has_perm(MEETING_PERMISSION),
        },
    )


def meeting_detail(request, pk: int):
    user = request.user
    meeting = get_meeting_for_user(user, pk)
    # An item's consultation and paper are visible wherever the item is (AgendaItem.objects.visible_to).
    items = list(
        AgendaItem.objects.visible_to(user)
        .filter(meeting=meeting)
        .select_related("consultation__paper")
        .order_by("-is_public", "number")
    )
    return render(
        request,
        "committees/meeting_detail.html",
        {
            "meeting": meeting,
            "public_items": [i for i in items if i.is_public],
            "closed_items": [i for i in items if not i.is_public],
            "can_manage": user.has_perm(MEETING_PERMISSION),
            "next_states": {
                Meeting.State.PLANNED: [Meeting.State.INVITED, Meeting.State.CANCELLED],
                Meeting.State.INVITED: [Meeting.State.HELD, Meeting.State.CANCELLED],
            }.get(meeting.state, []),
            "State": Meeting.State,
        },
    )


@require_permission(MEETING_PERMISSION)
def meeting_create(request):
    return (
        shared.edit_versioned(
            request,
            instance=Meeting(),
            form_class=MeetingForm,
            template="editing/edit.html",
            success_url=reverse("committees:meeting_list"),
            context={
                "heading": _("Neue Sitzung"),
                "back_url": reverse("committees:meeting_list"),
                "back_label": _("Zurück zum Sitzungskalender"),
            },
        )
        if request.method != "POST"
        else _meeting_create_post(request)
    )


def _meeting_create_post(request):
    form = MeetingForm(request.POST)
    if form.is_valid():
        meeting = form.save(commit=False)
        meeting._history_user = request.user
        meeting.save()
        messages.success(request, _("Die Sitzung wurde angelegt."))
        return HttpResponseRedirect(reverse("committees:meeting_detail", args=[meeting.pk]))
    return render(
        request,
        "editing/edit.html",
        {
            "form": form,
            "heading": _("Neue Sitzung"),
            "back_url": reverse("committees:meeting_list"),
            "back_label": _("Zurück zum Sitzungskalender"),
        },
        status=400,
    )


@require_permission(MEETING_PERMISSION)
def meeting_edit(request, pk: int):
    meeting = get_meeting_for_user(request.user, pk)
    back = reverse("committees:meeting_detail", args=[meeting.pk])
    return shared.edit_versioned(
        request,
        instance=meeting,
        form_class=MeetingForm,
        template="editing/edit.html",
        success_url=back,
        context={"heading": _("Sitzung bearbeiten"), "back_url": back, "back_label": _("Zurück zur Sitzung")},
    )


@require_POST
@require_permission(MEETING_PERMISSION)
def meeting_state(request, pk: int):
    meeting = get_meeting_for_user(request.user, pk)
    try:
        services.meeting_set_state(meeting=meeting, state=request.POST.get("state", ""), user=request.user)
    except (ValidationError, ValueError) as exc:
        messages.error(request, exc.messages[0] if isinstance(exc, ValidationError) else _("Unbekannter Status."))
    else:
        messages.success(request, _("Der Status der Sitzung wurde geändert."))
    return HttpResponseRedirect(reverse("committees:meeting_detail", args=[meeting.pk]))


@require_permission(MEETING_PERMISSION)
def agenda_item_add(request, pk: int):
    meeting = get_meeting_for_user(request.user, pk)
    back = reverse("committees:meeting_detail", args=[meeting.pk])
    form = AgendaItemForm(request.POST or None, initial={"is_public": meeting.is_public})
    if request.method == "POST" and form.is_valid():
        try:
            services.agenda_item_add(meeting=meeting, user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Der Tagesordnungspunkt wurde hinzugefügt."))
            return HttpResponseRedirect(back)
    return render(
        request,
        "editing/edit.html",
        {
            "form": form,
            "heading": _("Tagesordnungspunkt hinzufügen"),
            "back_url": back,
            "back_label": _("Zurück zur Sitzung"),
        },
    )


def _calendar_response(request, meetings, name):
    body = render_calendar(
        meetings,
        name=name,
        url_for=lambda m: request.build_absolute_uri(reverse("committees:meeting_detail", args=[m.pk])),
        host=request.get_host().split(":")[0],
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="sitzungen.ics"'
    return response


def ical_public(request):
    """Only public meetings, whoever asks: the feed is meant to be shared."""
    meetings = Meeting.objects.filter(is_public=True).select_related("organization", "location")
    return _calendar_response(request, meetings, _("Öffentliche Sitzungen"))


def ical_personal(request, token: str):
    """A member's feed: what that member may see, found by a secret token (calendar apps cannot log in).

    The URL pattern admits only tokens of the form `calendar_token_renew` writes (32 to 64 URL-safe characters).
    """
    person = (
        Person.objects.filter(calendar_token=token, user__isnull=False, user__is_active=True)
        .select_related("user")
        .first()
    )
    if person is None:
        raise Http404
    meetings = Meeting.objects.visible_to(person.user).select_related("organization", "location")
    return _calendar_response(request, meetings, _("Meine Sitzungen"))


@require_POST
@login_required
def calendar_token_renew(request):
    person = getattr(request.user, "committee_person", None)
    if person is None:
        raise Http404
    person.calendar_token = secrets.token_urlsafe(32)
    person.save(update_fields=["calendar_token"])
    messages.success(request, _("Ihre persönliche Kalenderadresse wurde neu erzeugt; die alte gilt nicht mehr."))
    return HttpResponseRedirect(reverse("committees:meeting_list") + "#kalender")


def organization_list(request):
    return render(
        request,
        "committees/organization_list.html",
        {
            "committees": Organization.objects.exclude(kind=Organization.Kind.VERWALTUNG).select_related(
                "legislative_term"
            )
        },
    )


def organization_detail(request, pk: int):
    organization = get_object_or_404(Organization.objects.exclude(kind=Organization.Kind.VERWALTUNG), pk=pk)
    memberships = Membership.objects.current().filter(organization=organization).select_related("person")
    meetings = Meeting.objects.visible_to(request.user).filter(organization=organization).order_by("-start")[:20]
    return render(
        request,
        "committees/organization_detail.html",
        {"organization": organization, "memberships": memberships, "meetings": meetings},
    )


def person_detail(request, pk: int):
    person = get_object_or_404(
        Person.objects.prefetch_related(
            # Council bodies only: a membership in an administrative unit is internal (it opens the unit's
            # drafts) and the units have no public page.
            Prefetch(
                "memberships",
                queryset=Membership.objects.exclude(organization__kind=Organization.Kind.VERWALTUNG).select_related(
                    "organization"
                ),
            )
        ),
        pk=pk,
    )
    return render(request, "committees/person_detail.html", {"person": person})
