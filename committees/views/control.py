"""Beschlusskontrolle: decisions being carried out, overdue ones flagged."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from helmstedt_strategy.permissions import require_permission

from .. import services
from ..forms import NoteForm
from ..models import Implementation
from ..permissions import IMPLEMENTATION_PERMISSION, get_implementation_for_user


def implementation_list(request):
    implementations = (
        Implementation.objects.visible_to(request.user)
        .with_overdue()
        .select_related("paper", "responsible_unit")
        .order_by("-overdue", "due_date")
    )
    show = request.GET.get("zeige", "offen")
    if show != "alle":
        implementations = implementations.exclude(status=Implementation.Status.DONE)
    items = list(implementations)
    return render(
        request,
        "committees/implementation_list.html",
        {"implementations": items, "overdue_count": sum(1 for i in items if i.overdue), "show": show},
    )


@require_permission(IMPLEMENTATION_PERMISSION)
def implementation_note(request, pk: int):
    implementation = get_implementation_for_user(request.user, pk)
    back = reverse("committees:paper_detail", args=[implementation.paper_id])
    form = NoteForm(request.POST or None, initial={"progress": implementation.progress})
    if request.method == "POST" and form.is_valid():
        try:
            services.implementation_add_note(implementation=implementation, user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Der Sachstand wurde gespeichert."))
            return HttpResponseRedirect(back + "#beschlusskontrolle")
    return render(
        request,
        "editing/edit.html",
        {"form": form, "heading": _("Sachstand eintragen"), "back_url": back, "back_label": _("Zurück zur Vorlage")},
    )
