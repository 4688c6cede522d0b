"""What an attachment may be: a known office or image type, at most 20 MB, with content matching its name."""

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
ZIP = b"PK\x03\x04"
# extension → (MIME type, leading bytes of a genuine file)
ALLOWED_TYPES = {
    ".pdf": ("application/pdf", b"%PDF"),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
    ".odt": ("application/vnd.oasis.opendocument.text", ZIP),
    ".png": ("image/png", b"\x89PNG\r\n\x1a\n"),
    ".jpg": ("image/jpeg", b"\xff\xd8\xff"),
    ".jpeg": ("image/jpeg", b"\xff\xd8\xff"),
}


def mime_type_for(name: str) -> str:
    return ALLOWED_TYPES[os.path.splitext(name)[1].lower()][0]


def validate_upload(upload):
    extension = os.path.splitext(upload.name)[1].lower()
    if extension not in ALLOWED_TYPES:
        raise ValidationError(_("Datei: Erlaubt sind PDF, DOCX, XLSX, ODT, PNG und JPG."))
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("Datei: Die Datei ist größer als 20 MB."))
    magic = ALLOWED_TYPES[extension][1]
    upload.seek(0)
    head = upload.read(len(magic))
    upload.seek(0)
    if head != magic:
        raise ValidationError(_("Datei: Der Inhalt passt nicht zur Dateiendung %(ext)s.") % {"ext": extension})
