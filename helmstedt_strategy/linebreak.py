"""Break plain text into lines as they will be printed, so printed forms can number them.

A Drucksache numbers every fifth line of its Sachdarstellung in the left margin.
CSS cannot number rendered lines, so we lay the lines out ourselves with the
font's own advance widths (the vendored Arimo) and print each line as its own
block: the numbers are then exactly where the lines are, on every page.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from fontTools.ttLib import TTFont

FONT_DIR = Path(settings.BASE_DIR) / "static" / "vendor" / "arimo"
REGULAR = ("arimo-latin-400-normal.woff", "arimo-latin-ext-400-normal.woff")
# Kerning and rounding are not modelled; keep a little room so a line never overflows.
SAFETY = 0.97


@dataclass(frozen=True)
class Line:
    text: str
    number: int  # running line number, 1-based
    last_in_paragraph: bool

    @property
    def marked(self) -> bool:
        """Every fifth line carries its number in the margin."""
        return self.number % 5 == 0


class FontMetrics:
    def __init__(self, files=REGULAR):
        self.advances: dict[str, int] = {}
        self.units_per_em = 1000
        for name in reversed(files):  # the first file wins for characters in both
            font = TTFont(FONT_DIR / name)
            self.units_per_em = font["head"].unitsPerEm
            metrics = font["hmtx"].metrics
            for codepoint, glyph in font.getBestCmap().items():
                self.advances[chr(codepoint)] = metrics[glyph][0]
        self.fallback = self.advances.get("M", self.units_per_em)

    def width(self, text: str, size: float) -> float:
        """Width of `text` in points at font size `size` (points)."""
        return sum(self.advances.get(ch, self.fallback) for ch in text) * size / self.units_per_em


@cache
def regular_metrics() -> FontMetrics:
    return FontMetrics()


def break_lines(text: str, *, width: float, size: float, metrics: FontMetrics | None = None) -> list[Line]:
    """Greedy line breaking of `text` (paragraphs separated by line breaks) into `width` points."""
    metrics = metrics or regular_metrics()
    room = width * SAFETY
    space = metrics.width(" ", size)
    lines: list[Line] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        words = paragraph.split()
        if not words:
            continue
        current: list[str] = []
        current_width = 0.0
        for word in words:
            for piece in _fit(word, room, size, metrics):
                piece_width = metrics.width(piece, size)
                if current and current_width + space + piece_width > room:
                    lines.append(Line(" ".join(current), len(lines) + 1, False))
                    current, current_width = [], 0.0
                current_width += (space if current else 0) + piece_width
                current.append(piece)
        lines.append(Line(" ".join(current), len(lines) + 1, True))
    return lines


def _fit(word: str, room: float, size: float, metrics: FontMetrics) -> list[str]:
    """A word longer than a whole line (a URL, say) is cut into pieces that fit."""
    if metrics.width(word, size) <= room:
        return [word]
    pieces, piece = [], ""
    for ch in word:
        if piece and metrics.width(piece + ch, size) > room:
            pieces.append(piece)
            piece = ""
        piece += ch
    return [*pieces, piece] if piece else pieces
