"""Who may see and change what in the committee module: the one place the views ask.

Seeing follows `visible_to` (council office, committee and unit memberships, publicity; see
models/visibility.py). A missing and a hidden object both give 404, so nobody learns that a
non-public paper exists."""

from django.shortcuts import get_object_or_404

from .models import Consultation, File, Implementation, Meeting, Paper
from .models.visibility import is_council_office

MANAGE_PERMISSION = "committees.change_paper"
UPLOAD_PERMISSION = "committees.add_file"
MEETING_PERMISSION = "committees.change_meeting"
IMPLEMENTATION_PERMISSION = "committees.change_implementation"


def can_manage_papers(user) -> bool:
    return user.has_perm(MANAGE_PERMISSION)


def can_see_workflow(user, paper: Paper | None = None) -> bool:
    """The transition log and sign-offs are internal to the administration: the council office sees
    them on every paper, and whoever may see a draft (its own and co-signing units) on that draft."""
    return is_council_office(user) or (paper is not None and paper.is_draft)


def get_paper_for_user(user, pk: int) -> Paper:
    return get_object_or_404(
        Paper.objects.visible_to(user).select_related("originator", "prepared_by"),
        pk=pk,
    )


def get_consultation_for_user(user, pk: int) -> Consultation:
    return get_object_or_404(
        Consultation.objects.visible_to(user).select_related("paper", "organization", "meeting"), pk=pk
    )


def get_meeting_for_user(user, pk: int) -> Meeting:
    return get_object_or_404(Meeting.objects.visible_to(user).select_related("organization", "location"), pk=pk)


def get_file_for_user(user, pk: int) -> File:
    return get_object_or_404(File.objects.visible_to(user), pk=pk)


def get_implementation_for_user(user, pk: int) -> Implementation:
    return get_object_or_404(Implementation.objects.visible_to(user).select_related("paper"), pk=pk)
