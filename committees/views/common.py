"""Pieces the Vorlage views share: the way back to the paper, a plain form page, service errors on a form."""

from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _


def back_to_paper(paper):
    return {"back_url": reverse("committees:paper_detail", args=[paper.pk]), "back_label": _("Zurück zur Vorlage")}


def form_page(request, form, *, heading, back_url, back_label, status=200):
    return render(
        request,
        "editing/edit.html",
        {"form": form, "heading": heading, "back_url": back_url, "back_label": back_label},
        status=status,
    )


def apply_errors(form, exc: ValidationError):
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)
