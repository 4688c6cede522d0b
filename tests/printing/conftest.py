import subprocess

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_pdf_cache():
    """The test cache (LocMem) outlives a test; a PDF rendered in one test must not serve the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(db, strategie, redaktion, kreistag, kreisausschuss, demo_goals):
    from committees import demo as committees_demo
    from products import demo as products_demo

    products_demo.load()
    committees_demo.load()


@pytest.fixture
def seed_paper(demo):
    from committees.demo import SEED_SUBJECT
    from committees.models import Paper

    return Paper.objects.get(name=SEED_SUBJECT)


@pytest.fixture
def secret_paper(demo):
    from committees.models import Paper

    return Paper.objects.get(name__startswith="Vergabe eines Rahmenvertrags")


@pytest.fixture
def pdf_text(tmp_path):
    """pdftotext of one page (or all with page=None), layout kept."""

    def extract(pdf: bytes, page: int | None = None) -> str:
        path = tmp_path / "doc.pdf"
        path.write_bytes(pdf)
        pages = ["-f", str(page), "-l", str(page)] if page else []
        return subprocess.run(
            ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
        ).stdout

    return extract


@pytest.fixture
def pdf_info(tmp_path):
    def info(pdf: bytes, *args) -> str:
        path = tmp_path / "info.pdf"
        path.write_bytes(pdf)
        return subprocess.run(["pdfinfo", *args, str(path)], capture_output=True, text=True, check=True).stdout

    return info
