"""Visual regression for PDFs: a page rendered to PNG must stay close to a committed reference image.

Set UPDATE_REFERENCE_IMAGES=1 to (re)write the references after a deliberate layout change,
then look at them before committing.
"""

import os
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

DPI = 40  # coarse on purpose: layout, not anti-aliasing, is what must not drift


def page_png(pdf: bytes, page: int) -> Image.Image:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-gray",
                "-r",
                str(DPI),
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(source),
                f"{tmp}/page",
            ],
            check=True,
        )
        return Image.open(f"{tmp}/page.png").convert("L").copy()


def difference(a: Image.Image, b: Image.Image) -> float:
    """Share of pixels that differ clearly (by more than a quarter of the grey scale), 0 … 1."""
    if a.size != b.size:
        return 1.0
    changed = ImageChops.difference(a, b).point(lambda v: 255 if v > 64 else 0)
    return ImageStat.Stat(changed).mean[0] / 255


def assert_page_matches(pdf: bytes, page: int, reference: Path, tolerance: float = 0.003):
    actual = page_png(pdf, page)
    if os.getenv("UPDATE_REFERENCE_IMAGES") or not reference.exists():
        reference.parent.mkdir(parents=True, exist_ok=True)
        actual.save(reference)
        if not os.getenv("UPDATE_REFERENCE_IMAGES"):
            raise AssertionError(f"{reference} did not exist: written now, look at it and commit it")
    diff = difference(actual, Image.open(reference).convert("L"))
    if diff > tolerance:
        actual.save(reference.with_suffix(".actual.png"))
        raise AssertionError(f"page {page} differs from {reference.name} by {diff:.3%} (> {tolerance:.1%})")
