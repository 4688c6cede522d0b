"""Every change of the committee workflow: keyword-only functions, each in one transaction,
each logged as a PaperEvent with user and time. A rule broken raises a German
ValidationError and, thanks to the transaction, changes nothing."""

from ._common import Result, Status
from .consultations import (
    OUTCOME,
    agenda_item_add,
    consultation_postpone,
    consultation_record_result,
    consultation_schedule,
    meeting_set_state,
    paper_add_consultation,
)
from .implementation import implementation_add_note, paper_complete, paper_start_implementation
from .papers import (
    next_paper_number,
    paper_add_participant,
    paper_create,
    paper_release,
    paper_sign_off,
    paper_submit_for_signoff,
)

__all__ = [
    "OUTCOME",
    "Result",
    "Status",
    "agenda_item_add",
    "consultation_postpone",
    "consultation_record_result",
    "consultation_schedule",
    "implementation_add_note",
    "meeting_set_state",
    "next_paper_number",
    "paper_add_consultation",
    "paper_add_participant",
    "paper_complete",
    "paper_create",
    "paper_release",
    "paper_sign_off",
    "paper_start_implementation",
    "paper_submit_for_signoff",
]
