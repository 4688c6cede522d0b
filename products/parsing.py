"""Reading numbers as the district writes them: "1.234,5", "90.000", "3,6"."""

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

GROUPED = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
PLAIN = re.compile(r"^[+-]?\d+(,\d+)?$")


def parse_german_number(text) -> Decimal | None:
    """ "1.234,5" → 1234.5; empty → None; anything ambiguous ("1,234.5", "3.6") is refused, not guessed."""
    if text is None:
        return None
    if isinstance(text, int | float | Decimal) and not isinstance(text, bool):
        return Decimal(str(text))
    cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if not (GROUPED.match(cleaned) or PLAIN.match(cleaned)):
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
