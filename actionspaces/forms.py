from django import forms
from django.utils.translation import gettext_lazy as _

from helmstedt_strategy.forms import VersionedModelForm

from .models import Measure, Milestone, StrategyCard

DATE_INPUT = forms.DateInput(format="%d.%m.%Y", attrs={"placeholder": "TT.MM.JJJJ"})


class StrategyCardForm(VersionedModelForm):
    class Meta:
        model = StrategyCard
        fields = ["definition", "target_2035", "ideas", "status", "decision_reference", "is_published"]
        widgets = {
            "definition": forms.Textarea(attrs={"rows": 4}),
            "target_2035": forms.Textarea(attrs={"rows": 4}),
            "ideas": forms.Textarea(attrs={"rows": 6}),
        }


class MeasureForm(VersionedModelForm):
    class Meta:
        model = Measure
        fields = [
            "title",
            "description",
            "responsible_unit",
            "responsible_person",
            "partners",
            "workshop_group",
            "status",
            "progress",
            "start",
            "end",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "partners": forms.CheckboxSelectMultiple,
            "progress": forms.NumberInput(attrs={"min": 0, "max": 100, "step": 1}),
            "start": DATE_INPUT,
            "end": DATE_INPUT,
        }

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error("end", _("Das Ende darf nicht vor dem Beginn liegen."))
        return cleaned


class MilestoneForm(VersionedModelForm):
    class Meta:
        model = Milestone
        fields = ["due_on", "title", "note", "is_reached"]
        widgets = {"due_on": DATE_INPUT, "note": forms.Textarea(attrs={"rows": 3})}
