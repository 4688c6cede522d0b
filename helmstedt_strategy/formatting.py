"""Numbers as the district writes them: 90.000 and 3,6 in German, 90,000 and 3.6 in English."""

from decimal import Decimal

from django.utils import numberformat
from django.utils.formats import get_format


def format_number(value, decimals: int | None = None) -> str:
    """Group thousands and use the active language's separators; "—" for no value."""
    if value is None or value == "":
        return "—"
    if decimals is None:
        decimals = 0 if isinstance(value, int) or (isinstance(value, Decimal) and value == value.to_integral()) else 1
    return numberformat.format(
        value,
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=decimals,
        grouping=3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )
