"""Numbers read from requests: ASCII digits only, one helper for all of them.

`str.isdigit()` is true for "²", "①" and "２０２３"; `int()` then refuses the first two (a 500) and silently
accepts the third. Every such value is simply not a number, wherever it arrives.
"""

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from helmstedt_strategy.params import MAX_ID, ascii_int, query_id, query_year

NOT_ASCII_NUMBERS = ["²", "①", "２０２３", "٣", "1_000", "1e3", "+", "-", "", " ", "\x00", "1\x002", "0x10"]


@pytest.mark.parametrize("text", NOT_ASCII_NUMBERS)
def test_only_ascii_digits_are_numbers(text):
    assert ascii_int(text) is None
    assert query_id(text) is None
    assert query_year(text) is None


def test_ascii_numbers():
    assert ascii_int(" 12 ") == 12
    assert ascii_int("-3") == -3
    assert ascii_int("9" * 30) == int("9" * 30)
    assert ascii_int("9" * 5000) is None  # int() itself refuses 4,300+ digits with a ValueError
    assert query_id("9" * 30) is None and query_id(str(MAX_ID)) == MAX_ID
    assert query_year("2024") == 2024 and query_year("10000") is None


@given(st.text(max_size=30))
def test_ascii_int_never_raises_and_agrees_with_int_on_ascii(text):
    result = ascii_int(text)
    stripped = text.strip()
    if result is not None:
        assert stripped.isascii() and int(stripped) == result


@pytest.mark.parametrize("value", ["²", "①", "２０２４"])
def test_dashboard_year_filter_with_unicode_digits(client_for, value):
    response = client_for("kreistag").get(reverse("dashboard:home"), {"jahr": value})
    assert response.status_code == 200
    assert "der Filter wurde nicht angewandt" in response.content.decode()


@pytest.mark.parametrize("value", ["²", "①", "２", "9" * 30])
def test_multiple_choice_with_unicode_digits_is_an_invalid_choice(strategie, value):
    from committees.forms import PaperForm

    form = PaperForm(data={"goals": [value]})
    assert not form.is_valid()
    assert "goals" in form.errors
