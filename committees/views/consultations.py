"""The Beratungsfolge of a Vorlage (adding, scheduling, postponing a consultation, recording its result)
and the start of its Beschlussausführung: staff forms, the rules live in services."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from helmstedt_strategy.permissions import require_permission

from .. import services
from ..forms import ConsultationForm, ImplementationForm, PostponeForm, ResultForm, ScheduleForm
from ..permissions import MANAGE_PERMISSION, get_consultation_for_user, get_paper_for_user
from .common import apply_errors, back_to_paper, form_page


@require_permission(MANAGE_PERMISSION)
def consultation_add(request, pk: int):
    paper = get_paper_for_user(request.user, pk)
    form = ConsultationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        publicity = {"": None, "1": True, "0": False}[data["publicity"] or ""]
        try:
            services.paper_add_consultation(
                paper=paper,
                organization=data["organization"],
                role=data["role"],
                meeting=data["meeting"],
                is_public=publicity,
                user=request.user,
            )
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, _("Die Beratung wurde zur Beratungsfolge hinzugefügt."))
            return HttpResponseRedirect(reverse("committees:paper_detail", args=[paper.pk]) + "#beratungsfolge")
    return form_page(request, form, heading=_("Beratung hinzufügen"), **back_to_paper(paper))


def _consultation_form_view(request, pk, *, form_class, heading, run, success):
    consultation = get_consultation_for_user(request.user, pk)
    kwargs = {} if form_class is ResultForm else {"consultation": consultation}
    form = form_class(request.POST or None, **kwargs)
    if request.method == "POST" and form.is_valid():
        try:
            run(consultation, form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, success)
            return HttpResponseRedirect(
                reverse("committees:paper_detail", args=[consultation.paper_id]) + "#beratungsfolge"
            )
    return form_page(
        request,
        form,
        heading=heading % {"org": consultation.organization.name},
        **back_to_paper(consultation.paper),
        status=400 if form.errors else 200,
    )


@require_permission(MANAGE_PERMISSION)
def consultation_result(request, pk: int):
    def run(consultation, data):
        services.consultation_record_result(consultation=consultation, user=request.user, **data)

    return _consultation_form_view(
        request,
        pk,
        form_class=ResultForm,
        heading=_("Ergebnis der Beratung im Gremium „%(org)s“"),
        run=run,
        success=_("Das Ergebnis wurde gespeichert."),
    )


@require_permission(MANAGE_PERMISSION)
def consultation_postpone(request, pk: int):
    def run(consultation, data):
        services.consultation_postpone(consultation=consultation, to_meeting=data["to_meeting"], user=request.user)

    consultation = get_consultation_for_user(request.user, pk)
    if consultation.meeting is None:
        messages.error(request, _("Die Beratung steht noch auf keiner Tagesordnung."))
        return HttpResponseRedirect(reverse("committees:paper_detail", args=[consultation.paper_id]))
    return _consultation_form_view(
        request,
        pk,
        form_class=PostponeForm,
        heading=_("Beratung im Gremium „%(org)s“ vertagen"),
        run=run,
        success=_("Die Beratung wurde vertagt."),
    )


@require_permission(MANAGE_PERMISSION)
def consultation_schedule(request, pk: int):
    def run(consultation, data):
        services.consultation_schedule(consultation=consultation, meeting=data["meeting"], user=request.user)

    return _consultation_form_view(
        request,
        pk,
        form_class=ScheduleForm,
        heading=_("Beratung im Gremium „%(org)s“ terminieren"),
        run=run,
        success=_("Die Beratung steht auf der Tagesordnung."),
    )


@require_permission(MANAGE_PERMISSION)
def implementation_start(request, pk: int):
    paper = get_paper_for_user(request.user, pk)
    form = ImplementationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.paper_start_implementation(paper=paper, user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, _("Die Beschlussausführung wird nun verfolgt."))
            return HttpResponseRedirect(reverse("committees:paper_detail", args=[paper.pk]))
    return form_page(request, form, heading=_("Beschlussausführung beginnen"), **back_to_paper(paper))
