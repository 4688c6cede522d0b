from django import forms

from helmstedt_strategy.forms import VersionedModelForm

from .models import StrategicGoal, Vision


class GoalForm(VersionedModelForm):
    class Meta:
        model = StrategicGoal
        fields = ["title", "sub_points", "description", "decided_by", "decided_on", "is_published"]
        widgets = {
            "sub_points": forms.Textarea(attrs={"rows": 4}),
            "description": forms.Textarea(attrs={"rows": 6}),
            "decided_on": forms.DateInput(format="%d.%m.%Y"),
        }


class VisionForm(VersionedModelForm):
    class Meta:
        model = Vision
        fields = ["title", "horizon_year", "binding_from_year", "statement", "decided_by", "decided_on", "is_published"]
        widgets = {
            "statement": forms.Textarea(attrs={"rows": 5}),
            "decided_on": forms.DateInput(format="%d.%m.%Y"),
        }
