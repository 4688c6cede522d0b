from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from products.parsing import parse_german_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,5", Decimal("1234.5")),
        ("90.000", Decimal("90000")),
        ("3,6", Decimal("3.6")),
        ("1234,5", Decimal("1234.5")),
        (" -12 ", Decimal("-12")),
        ("1.234.567", Decimal("1234567")),
        ("", None),
        (None, None),
        (92123, Decimal("92123")),
        (3.6, Decimal("3.6")),
    ],
)
def test_german_numbers_are_understood(text, expected):
    assert parse_german_number(text) == expected


@pytest.mark.parametrize("text", ["1,234.5", "3.6", "1.23,4", "12a", "1.2345", "1,2,3", "１２", "٣", "²"])
def test_ambiguous_or_foreign_numbers_are_refused_not_guessed(text):
    with pytest.raises(ValidationError) as info:
        parse_german_number(text)
    assert "deutschen Format" in info.value.messages[0]
