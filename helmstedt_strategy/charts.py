"""Server-side SVG charts: one small module for pages, dashboards and PDFs (no JavaScript).

Every chart is an accessible image: `role="img"` with `<title>` and `<desc>`
referenced by `aria-labelledby`. Colour is never the only signal: the target
is a dashed line with a text label, values carry markers, a change of the data
basis is a dotted line with a label and different markers after it. Missing
values stay gaps; no value is ever invented. Pages show a data table or text
beside each chart as its equivalent.
"""

from decimal import Decimal
from html import escape

from django.utils.safestring import SafeString, mark_safe

from .formatting import format_number

SERIES = "#1f4e79"  # on white 8.6:1
TARGET = "#a4123f"  # on white 7.6:1
BREAK = "#5c4400"  # on white 9.0:1
GRID = "#6c757d"
TEXT = "#212529"
TRACK = "#e9ecef"
FONT = 'font-family="system-ui, sans-serif"'


def _open(chart_id: str, title: str, desc: str, width: int, height: int, css: str) -> list[str]:
    cid = escape(chart_id)
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css}" role="img" viewBox="0 0 {width} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" aria-labelledby="{cid}-title {cid}-desc">',
        f'<title id="{cid}-title">{escape(title)}</title>',
        f'<desc id="{cid}-desc">{escape(desc)}</desc>',
    ]


def _close(parts: list[str]) -> SafeString:
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every interpolated text above is escaped


def _f(value) -> str:
    return f"{value:.1f}"


def _nice_range(low: Decimal, high: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """Axis bounds on round numbers (1, 2, 2.5 or 5 times a power of ten), about four to six ticks."""
    span = high - low or abs(high) / 10 or Decimal(1)
    raw = span / 4
    power = Decimal(10) ** (raw.adjusted())
    step = next(
        m * power for m in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)) if m * power >= raw
    )
    nice_low = (low / step).to_integral_value(rounding="ROUND_FLOOR") * step
    nice_high = (high / step).to_integral_value(rounding="ROUND_CEILING") * step
    if nice_high == nice_low:
        nice_high += step
    return nice_low, nice_high, step


def line_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    points: list[tuple[str, object]],
    target=None,
    target_upper=None,
    target_label: str = "",
    break_before: str | None = None,
    break_label: str = "",
    decimals: int = 0,
    small: bool = False,
) -> SafeString:
    """A line over `points` [(label, value or None)], with a target line (or band) and a marked series break."""
    width, height = (260, 90) if small else (640, 300)
    left, right, top, bottom = (8, 8, 10, 10) if small else (78, 20, 20, 48)
    parts = _open(chart_id, title, desc, width, height, "chart-line chart-small" if small else "chart-line")
    numbers = [Decimal(str(v)) for _, v in points if v is not None]
    for extra in (target, target_upper):
        if extra is not None:
            numbers.append(Decimal(str(extra)))
    if not points or not numbers:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="{TEXT}" {FONT}>–</text>')
        return _close(parts)
    low, high, tick_step = _nice_range(min(numbers), max(numbers))
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(len(points) - 1, 1)

    def x(index: int) -> float:
        return left + (index * step if len(points) > 1 else plot_w / 2)

    def y(value) -> float:
        return top + plot_h - float((Decimal(str(value)) - low) / (high - low)) * plot_h

    if not small:
        ticks = int((high - low) / tick_step)
        for i in range(ticks + 1):
            tick = low + tick_step * i
            ty = y(tick)
            parts.append(
                f'<line x1="{left}" x2="{width - right}" y1="{_f(ty)}" y2="{_f(ty)}" stroke="{GRID}" '
                f'stroke-opacity="0.35" stroke-width="1"/>'
                f'<text x="{left - 6}" y="{_f(ty + 4)}" text-anchor="end" font-size="12" fill="{TEXT}" {FONT}>'
                f"{escape(format_number(tick, decimals))}</text>"
            )
        label_every = max(1, len(points) // 10 + (1 if len(points) % 10 else 0)) if len(points) > 10 else 1
        for index, (label, _) in enumerate(points):
            if index % label_every == 0:
                parts.append(
                    f'<text x="{_f(x(index))}" y="{height - bottom + 18}" text-anchor="middle" font-size="12" '
                    f'fill="{TEXT}" {FONT}>{escape(str(label))}</text>'
                )
    if target is not None:
        if target_upper is not None:
            y1, y2 = sorted([y(target), y(target_upper)])
            parts.append(
                f'<rect class="chart-band" x="{left}" y="{_f(y1)}" width="{plot_w}" height="{_f(y2 - y1)}" '
                f'fill="{TARGET}" fill-opacity="0.08"/>'
            )
        for bound in (target, target_upper):
            if bound is None:
                continue
            ty = y(bound)
            parts.append(
                f'<line class="chart-target" x1="{left}" x2="{width - right}" y1="{_f(ty)}" y2="{_f(ty)}" '
                f'stroke="{TARGET}" stroke-width="2" stroke-dasharray="8 5"/>'
            )
        if target_label and not small:
            parts.append(
                f'<text x="{width - right}" y="{_f(y(target) - 6)}" text-anchor="end" font-size="12" '
                f'fill="{TARGET}" {FONT}>{escape(target_label)}</text>'
            )
    break_index = next((i for i, (label, _) in enumerate(points) if label == break_before), None)
    if break_index is not None:
        bx = x(break_index) - step / 2 if break_index > 0 else x(0)
        parts.append(
            f'<line class="chart-break" x1="{_f(bx)}" x2="{_f(bx)}" y1="{top}" y2="{top + plot_h}" '
            f'stroke="{BREAK}" stroke-width="2" stroke-dasharray="2 3"/>'
        )
        if break_label and not small:
            parts.append(
                f'<text x="{_f(bx - 4)}" y="{top + 12}" text-anchor="end" font-size="12" fill="{BREAK}" {FONT}>'
                f"{escape(break_label)}</text>"
            )
    # Lines connect neighbours only: a missing value or a series break leaves a gap.
    segment: list[str] = []
    segments: list[list[str]] = []
    for index, (_label, value) in enumerate(points):
        if value is None or index == break_index:
            if len(segment) > 1:
                segments.append(segment)
            segment = []
        if value is not None:
            segment.append(f"{_f(x(index))},{_f(y(value))}")
    if len(segment) > 1:
        segments.append(segment)
    for seg in segments:
        parts.append(
            f'<polyline class="chart-series" points="{" ".join(seg)}" fill="none" stroke="{SERIES}" '
            f'stroke-width="{2 if small else 2.5}"/>'
        )
    radius = 2.5 if small else 4
    # A marker (with its value as tooltip) per point while markers can be told apart; a dense series
    # (ten years of monthly values) shows its line and marks only the latest value. This also keeps
    # a printed report with hundreds of charts small: 90 markers per chart made it 46 s to render.
    dense = (width - left - right) / max(len(points) - 1, 1) < radius * 3
    last = max((i for i, (_label, value) in enumerate(points) if value is not None), default=None)
    for index, (label, value) in enumerate(points):
        if value is None or (dense and index != last):
            continue
        px, py = x(index), y(value)
        text = escape(f"{label}: {format_number(value, decimals)}")
        if break_index is not None and index >= break_index:
            parts.append(
                f'<rect class="chart-point chart-point-after-break" x="{_f(px - radius)}" y="{_f(py - radius)}" '
                f'width="{radius * 2}" height="{radius * 2}" fill="{SERIES}"><title>{text}</title></rect>'
            )
        else:
            parts.append(
                f'<circle class="chart-point" cx="{_f(px)}" cy="{_f(py)}" r="{radius}" fill="#fff" '
                f'stroke="{SERIES}" stroke-width="2"><title>{text}</title></circle>'
            )
    return _close(parts)


def bar_chart(
    *, chart_id: str, title: str, desc: str, bars: list[tuple[str, object]], decimals: int = 0, unit: str = ""
) -> SafeString:
    """Horizontal bars with their value written beside each bar; a missing value is written as "—"."""
    row, label_w, width = 28, 180, 640
    height = row * len(bars) + 10
    parts = _open(chart_id, title, desc, width, max(height, 30), "chart-bar")
    values = [Decimal(str(v)) for _, v in bars if v is not None]
    peak = max([abs(v) for v in values] or [Decimal(1)]) or Decimal(1)
    plot_w = width - label_w - 110
    for index, (label, value) in enumerate(bars):
        top = 5 + index * row
        parts.append(
            f'<text x="{label_w - 8}" y="{top + 18}" text-anchor="end" font-size="13" fill="{TEXT}" {FONT}>'
            f"{escape(str(label))}</text>"
        )
        bar_w = 0.0 if value is None else float(abs(Decimal(str(value))) / peak) * plot_w
        if value is not None:
            parts.append(
                f'<rect class="chart-bar-rect" x="{label_w}" y="{top + 4}" width="{_f(bar_w)}" height="{row - 10}" '
                f'fill="{SERIES}"/>'
            )
        shown = format_number(value, decimals) + (f" {unit}" if unit and value is not None else "")
        parts.append(
            f'<text x="{_f(label_w + bar_w + 6)}" y="{top + 18}" font-size="13" fill="{TEXT}" {FONT}>'
            f"{escape(shown)}</text>"
        )
    return _close(parts)


def progress_bar(*, chart_id: str, title: str, desc: str, value, maximum, label: str = "") -> SafeString:
    """A progress bar with the percentage written on it (and `label`, e.g. "3 von 5 Meilensteinen")."""
    width, height = 320, 36
    parts = _open(chart_id, title, desc, width, height, "chart-progress")
    share = 0.0
    if value is not None and maximum:
        share = max(0.0, min(1.0, float(Decimal(str(value)) / Decimal(str(maximum)))))
    parts.append(f'<rect x="0" y="4" width="{width}" height="20" rx="3" fill="{TRACK}" stroke="{GRID}"/>')
    parts.append(
        f'<rect class="chart-progress-fill" x="0" y="4" width="{_f(share * width)}" height="20" rx="3" '
        f'fill="{SERIES}"/>'
    )
    text = f"{format_number(Decimal(str(round(share * 100))), 0)} %" + (f" · {label}" if label else "")
    # White on the fill when it is wide enough for the text, otherwise dark text on the track after it.
    inside = share > 0.45
    text_x = 6 if inside else share * width + 6
    parts.append(
        f'<text x="{_f(text_x)}" y="19" font-size="13" fill="{"#fff" if inside else TEXT}" {FONT}>{escape(text)}</text>'
    )
    return _close(parts)
