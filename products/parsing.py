"""Reading numbers as the district writes them: "1.234,5", "90.000", "3,6"."""

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

GROUPED = re.compile(r"[+-]?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?", re.ASCII)
PLAIN = re.compile(r"[+-]?[0-9]+(,[0-9]+)?", re.ASCII)


def parse_german_number(text) -> Decimal | None:
    """ "1.234,5" → 1234.5; empty → None; anything ambiguous ("1,234.5", "3.6") is refused, not guessed."""
    if text is None:
        return None
    if isinstance(text, int | float | Decimal) and not isinstance(text, bool):
        return Decimal(str(text))
    cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if not (GROUPED.fullmatch(cleaned) or PLAIN.fullmatch(cleaned)):
        raise ValidationError(
            _(
                "„%(text)s“ ist keine Zahl im deutschen Format "
                "(z. B. 1.234,5: Punkt für Tausender, Komma für Dezimalstellen)."
            )
            % {"text": text}
        )
    try:
        return Decimal(cleaned.replace(".", "").replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the patterns above already exclude this
        raise ValidationError(_("„%(text)s“ ist keine Zahl.") % {"text": text}) from exc


def parse_kpi_number(text, field: str = "actual_value") -> Decimal | None:
    """A target or actual value as the district writes it, refused when its database column cannot hold it.

    The one check for the entry form and the import: the column's precision (16 digits, 4 of them
    decimals) is read from the model field, so "99999999999999999" or "1,23456" is a German error,
    never a database error after a half-written request.
    """
    from .models import KPIValue

    number = parse_german_number(text)
    if number is not None:
        KPIValue._meta.get_field(field).run_validators(number)
    return number
