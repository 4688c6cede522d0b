"""Reading numbers from query strings: anything that is not a sensible value is no filter, never an error.

`?gremium=999999999999999999999` or `?jahr=-1` must not reach the database (integer overflow) or
`datetime.date` (year out of range): they simply filter nothing.
"""

MAX_ID = 2**63 - 1  # the largest value of a BigAutoField / bigint


def query_id(value) -> int | None:
    """A primary key from a query string, or None."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 1 <= number <= MAX_ID else None


def query_year(value) -> int | None:
    """A calendar year from a query string, or None."""
    number = query_id(value)
    return number if number is not None and number <= 9999 else None
