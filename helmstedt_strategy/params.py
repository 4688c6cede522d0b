"""Reading numbers from requests: ASCII digits only; anything that is not a sensible value is no filter.

`?gremium=999999999999999999999` or `?jahr=-1` must not reach the database (integer overflow) or
`datetime.date` (year out of range): they simply filter nothing. `str.isdigit()` is no test for a
number: it is true for "²" and "①", which `int()` then refuses, and `int()` itself accepts "１２"
(full-width digits) and "1_000". `ascii_int` is the one rule for every number a request carries.
"""

import re

MAX_ID = 2**63 - 1  # the largest value of a BigAutoField / bigint
ASCII_INTEGER = re.compile(r"[+-]?[0-9]{1,100}", re.ASCII)  # 100 digits: far beyond any id, far below int()'s limit


def ascii_int(value) -> int | None:
    """`value` as an integer if it is written in ASCII digits (with an optional sign), else None."""
    if value is None:
        return None
    text = str(value).strip()
    return int(text) if ASCII_INTEGER.fullmatch(text) else None


def query_id(value) -> int | None:
    """A primary key from a query string, or None."""
    number = ascii_int(value)
    return number if number is not None and 1 <= number <= MAX_ID else None


def query_year(value) -> int | None:
    """A calendar year from a query string, or None."""
    number = query_id(value)
    return number if number is not None and number <= 9999 else None
