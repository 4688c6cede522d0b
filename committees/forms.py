from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _

from helmstedt_strategy.forms import VersionedModelForm, bound_text_lengths

from .models import Consultation, Meeting, Organization, Paper
from .uploads import validate_upload

DATE_WIDGET = {"format": "%d.%m.%Y"}


def committees():
    return Organization.objects.exclude(kind=Organization.Kind.VERWALTUNG)


def units():
    return Organization.objects.filter(kind=Organization.Kind.VERWALTUNG)


class ActionForm(forms.Form):
    """A plain form with the project's crispy helper and a German submit label."""

    submit_label = _("Speichern")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bound_text_lengths(self)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", self.submit_label))


class PaperForm(VersionedModelForm):
    class Meta:
        model = Paper
        fields = [
            "kind",
            "name",
            "reference",
            "originator",
            "prepared_by",
            "date",
            "un_crpd_check",
            "resolution_proposal",
            "explanation",
            "financial_effects",
            "goals",
            "action_spaces",
            "products",
        ]
        widgets = {
            "name": forms.Textarea(attrs={"rows": 2}),
            "resolution_proposal": forms.Textarea(attrs={"rows": 8}),
            "explanation": forms.Textarea(attrs={"rows": 10}),
            "financial_effects": forms.Textarea(attrs={"rows": 3}),
            "date": forms.DateInput(**DATE_WIDGET),
            "goals": forms.CheckboxSelectMultiple,
            "action_spaces": forms.CheckboxSelectMultiple,
            "products": forms.CheckboxSelectMultiple,
        }


class PaperCreateForm(PaperForm):
    participating_units = forms.ModelMultipleChoiceField(
        label=_("beteiligt (Mitzeichnung)"),
        queryset=Organization.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    submit_label = _("Entwurf anlegen")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participating_units"].queryset = units()


class ConsultationForm(ActionForm):
    PUBLICITY = [("", _("wie das Gremium tagt")), ("1", _("öffentlich")), ("0", _("nicht öffentlich"))]
    organization = forms.ModelChoiceField(label=_("Gremium"), queryset=Organization.objects.none())
    role = forms.ChoiceField(label=_("Rolle"), choices=Consultation.Role.choices)
    meeting = forms.ModelChoiceField(
        label=_("Sitzung"), queryset=Meeting.objects.none(), required=False, help_text=_("Kann später folgen.")
    )
    publicity = forms.ChoiceField(label=_("Öffentlichkeit"), choices=PUBLICITY, required=False)
    submit_label = _("Beratung hinzufügen")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = committees()
        self.fields["meeting"].queryset = Meeting.objects.exclude(state=Meeting.State.CANCELLED).select_related(
            "organization"
        )


class ResultForm(ActionForm):
    result = forms.ChoiceField(
        label=_("Ergebnis"), choices=[c for c in Consultation.Result.choices if c[0] != Consultation.Result.POSTPONED]
    )
    is_unanimous = forms.BooleanField(label=_("einstimmig"), required=False)
    votes_yes = forms.IntegerField(label=_("Ja-Stimmen"), min_value=0, required=False)
    votes_no = forms.IntegerField(label=_("Nein-Stimmen"), min_value=0, required=False)
    votes_abstain = forms.IntegerField(label=_("Enthaltungen"), min_value=0, required=False)
    amended_text = forms.CharField(
        label=_("geänderter Beschlusstext"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )
    submit_label = _("Ergebnis speichern")


class PostponeForm(ActionForm):
    to_meeting = forms.ModelChoiceField(label=_("vertagt auf die Sitzung"), queryset=Meeting.objects.none())
    submit_label = _("Vertagen")

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_meeting"].queryset = Meeting.objects.filter(
            organization=consultation.organization, start__gt=consultation.meeting.start
        ).exclude(state=Meeting.State.CANCELLED)


class ScheduleForm(ActionForm):
    meeting = forms.ModelChoiceField(label=_("Sitzung"), queryset=Meeting.objects.none())
    submit_label = _("Auf die Tagesordnung setzen")

    def __init__(self, *args, consultation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["meeting"].queryset = Meeting.objects.filter(
            organization=consultation.organization, state__in=[Meeting.State.PLANNED, Meeting.State.INVITED]
        )


class ImplementationForm(ActionForm):
    responsible_unit = forms.ModelChoiceField(label=_("zuständig"), queryset=Organization.objects.none())
    due_date = forms.DateField(label=_("umzusetzen bis"), widget=forms.DateInput(**DATE_WIDGET))
    submit_label = _("Beschlussausführung beginnen")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["responsible_unit"].queryset = units()


class NoteForm(ActionForm):
    text = forms.CharField(label=_("Sachstand"), widget=forms.Textarea(attrs={"rows": 3}))
    progress = forms.IntegerField(label=_("Fortschritt in Prozent"), min_value=0, max_value=100)
    submit_label = _("Sachstand speichern")


class MeetingForm(VersionedModelForm):
    class Meta:
        model = Meeting
        fields = ["organization", "name", "start", "end", "location", "is_public"]
        widgets = {
            "start": forms.DateTimeInput(format="%d.%m.%Y %H:%M"),
            "end": forms.DateTimeInput(format="%d.%m.%Y %H:%M"),
        }
        help_texts = {"start": _("z. B. 22.08.2024 17:00")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = committees()
        self.fields["organization"].label = _("Gremium")


class AgendaItemForm(ActionForm):
    name = forms.CharField(label=_("Gegenstand"), max_length=500)
    is_public = forms.BooleanField(label=_("öffentlich"), required=False, initial=True)
    submit_label = _("Tagesordnungspunkt hinzufügen")


class FileForm(ActionForm):
    name = forms.CharField(label=_("Bezeichnung"), max_length=300)
    file = forms.FileField(
        label=_("Datei"),
        help_text=_("PDF, DOCX, XLSX, ODT, PNG oder JPG, höchstens 20 MB"),
        validators=[validate_upload],
    )
    submit_label = _("Anlage hochladen")
