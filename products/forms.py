from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from helmstedt_strategy.forms import bound_text_lengths

from .exchange import read_table
from .parsing import parse_kpi_number
from .periods import PeriodCalendar
from .spreadsheet import MAX_FILE_BYTES


class GermanNumberField(forms.CharField):
    """Accepts "1.234,5" and "3,6"; refuses "1,234.5" instead of misreading it, and what `column` cannot hold."""

    def __init__(self, *, column: str, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.column = column
        self.widget.attrs.setdefault("inputmode", "decimal")

    def to_python(self, value):
        return parse_kpi_number(super().to_python(value), self.column)


class KPIValueForm(forms.Form):
    period = forms.CharField(label=_("Zeitraum"), max_length=7, help_text=_("z. B. 2025, 2025-Q2 oder 2025-05"))
    target_value = GermanNumberField(
        column="target_value", label=_("Sollwert"), help_text=_("leer lassen: der Zielwert der Kennzahl gilt")
    )
    actual_value = GermanNumberField(column="actual_value", label=_("Istwert"), help_text=_("z. B. 1.234,5"))
    comment = forms.CharField(
        label=_("Kommentar"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Pflicht, wenn der Wert nicht im Plan liegt."),
    )
    data_basis = forms.CharField(label=_("Datenbasis"), max_length=200, required=False)
    source = forms.CharField(label=_("Quelle"), max_length=300, required=False)
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, kpi, **kwargs):
        super().__init__(*args, **kwargs)
        self.kpi = kpi
        bound_text_lengths(self)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Wert speichern")))

    def clean_period(self):
        return PeriodCalendar.load().check(self.cleaned_data["period"], kind=self.kpi.period_kind)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Datei (CSV oder Excel .xlsx)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Vorschau anzeigen")))

    def clean_file(self):
        """The upload, with its bytes in `content` and its rows in `table`; a German error for a file unfit to read."""
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise ValidationError(_("Die Datei ist größer als 10 MB."))
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise ValidationError(_("Bitte eine CSV- oder .xlsx-Datei hochladen."))
        self.content = upload.read()
        self.table = read_table(self.content, name=upload.name)
        return upload
