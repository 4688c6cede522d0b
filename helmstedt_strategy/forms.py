from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .params import MAX_ID, ascii_int


def refuse_impossible_ids(form):
    """A multiple choice of objects posted with anything but an id (ASCII digits within bigint) is an invalid choice.

    Django's `pk__in` lookup passes a number beyond bigint ("999…9") to the database, where SQLite
    raises an OverflowError (a 500), and reads "１２" (full-width digits) as 12; the single choice's
    exact lookup already handles the overflow.
    """
    for field in form.fields.values():
        if isinstance(field, forms.ModelMultipleChoiceField):
            field._check_values = _bounded(field, field._check_values)


def _bounded(field, check_values):
    def check(values):
        for value in values or ():
            text = str(value).strip()
            number = ascii_int(text)
            if field.to_field_name is None and (number is None or not -MAX_ID <= number <= MAX_ID):
                raise ValidationError(
                    field.error_messages["invalid_choice"], code="invalid_choice", params={"value": text}
                )
        return check_values(values)

    return check


class VersionedModelForm(forms.ModelForm):
    """A model form that carries the version it was loaded with, for optimistic locking."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    submit_label = _("Speichern")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.fields["loaded_version"].initial = self.instance.version
        if not self.instance.pk:
            self.fields["loaded_version"].required = False
        refuse_impossible_ids(self)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", self.submit_label))
