from django import template

from helmstedt_strategy.formatting import format_number

register = template.Library()


@register.filter
def zahl(value, decimals=None):
    """{{ value|zahl }} → 90.000; {{ value|zahl:1 }} → 3,6. Not for years or numbers that are names."""
    return format_number(value, None if decimals is None else int(decimals))
