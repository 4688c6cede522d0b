"""What an attachment may be: a known office or image type, at most 20 MB, with content matching its name,
stored under a safe name (no path, no control characters, NFC, bounded length)."""

import os
import re
import unicodedata

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


MAX_STEM_LENGTH = 60  # "anlagen/<id>/" + stem + extension stays well below FileField's 100 characters
UNSAFE = re.compile(r"[^\w.-]+")


def safe_name(original: str) -> str:
    """The name an upload is stored under: "../../Übersicht 2024.pdf" → "Übersicht_2024.pdf".

    Only the last path part (either slash) counts; NUL and other control characters go; Unicode is
    composed (NFC, so a Mac's "Ü" in two code points becomes one); anything but letters, digits, "-",
    "_" and "." becomes "_"; no leading dots (hidden files) and no "..", the stem is cut to 60 characters.
    """
    name = unicodedata.normalize("NFC", str(original)).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    stem, extension = os.path.splitext(name)
    stem = re.sub(r"\.{2,}", ".", UNSAFE.sub("_", stem)).strip("._-")[:MAX_STEM_LENGTH].rstrip("._-") or "anlage"
    extension = UNSAFE.sub("", extension).lower()[:10]
    return stem + extension


def mime_type_for(name: str) -> str:
    return ALLOWED_TYPES[os.path.splitext(safe_name(name))[1]][0]


def validate_upload(upload):
    extension = os.path.splitext(safe_name(upload.name))[1]
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
