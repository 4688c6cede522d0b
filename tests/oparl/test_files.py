"""File accessUrl shows inline, downloadUrl saves; ETag and 304; 404/410 for hidden and deleted files."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client

from committees.models import File, Paper
from oparl import public

pytestmark = pytest.mark.django_db


@pytest.fixture
def attachment(demo, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    paper = public.papers().first()
    item = File(paper=paper, name="Lageplan", mime_type="application/pdf", size=9)
    item.file.save("lageplan.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    item.save()
    return item


def test_access_inline_download_attachment_and_etag(attachment):
    client = Client()
    obj = client.get(f"/oparl/file/{attachment.pk}/").json()
    access = client.get(obj["accessUrl"].removeprefix("http://testserver"))
    assert access.status_code == 200
    assert "attachment" not in access.get("Content-Disposition", "")
    assert access["Content-Type"] == "application/pdf"
    assert access["Access-Control-Allow-Origin"] == "*"
    download = client.get(obj["downloadUrl"].removeprefix("http://testserver"))
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == b"%PDF-1.4\n"
    etag = download["ETag"]
    assert download["Last-Modified"]
    again = client.get(obj["downloadUrl"].removeprefix("http://testserver"), headers={"If-None-Match": etag})
    assert again.status_code == 304


def test_deleted_file_answers_410(attachment):
    pk = attachment.pk
    attachment.delete()
    response = Client().get(f"/oparl/file/{pk}/download/")
    assert response.status_code == 410
    assert response.json()["type"] == "https://schema.oparl.org/1.1/Error"


def test_file_of_hidden_paper_is_404(demo, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    hidden = Paper.objects.exclude(pk__in=public.papers()).first()
    item = File(paper=hidden, name="intern", mime_type="application/pdf", size=9)
    item.file.save("intern.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    item.save()
    client = Client()
    assert client.get(f"/oparl/file/{item.pk}/").status_code == 404
    assert client.get(f"/oparl/file/{item.pk}/access/").status_code == 404
