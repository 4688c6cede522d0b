from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils.translation import gettext_lazy as _


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
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", self.submit_label))
