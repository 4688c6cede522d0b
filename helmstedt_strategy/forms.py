from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
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


# The longest text one field takes (Sachdarstellung, Beschreibung …: about 20 pages). Far below the request
# body limit (DATA_UPLOAD_MAX_MEMORY_SIZE, 2.5 MB; even three such fields of four-byte characters, which a
# form posts as twelve bytes each, fit), so the form refuses a longer text with a German error and shows
# it again for shortening; only a body beyond that limit is refused before any form sees it (400 page).
MAX_TEXT_LENGTH = 50_000


def bound_text_lengths(form):
    """Give every text field without a length limit (the long texts) MAX_TEXT_LENGTH.

    No `maxlength` attribute: a browser would silently cut a longer paste; the error says what is wrong.
    """
    for field in form.fields.values():
        # Only fields that clean to text: a CharField subclass that parses (a German number) is bounded by its parser.
        text = isinstance(field, forms.CharField) and type(field).to_python is forms.CharField.to_python
        if text and field.max_length is None:
            field.max_length = MAX_TEXT_LENGTH
            field.validators.append(MaxLengthValidator(MAX_TEXT_LENGTH))


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
        bound_text_lengths(self)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", self.submit_label))
