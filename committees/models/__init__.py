"""The committee module in OParl 1.1 concepts, one file per concept group."""

from .implementation import Implementation, ImplementationNote
from .meeting import AgendaItem, Location, Meeting
from .organization import LegislativeTerm, Membership, Organization, Person
from .paper import Consultation, File, Paper, PaperEvent, PaperNumberCounter, SignOff

__all__ = [
    "AgendaItem",
    "Consultation",
    "File",
    "Implementation",
    "ImplementationNote",
    "LegislativeTerm",
    "Location",
    "Meeting",
    "Membership",
    "Organization",
    "Paper",
    "PaperEvent",
    "PaperNumberCounter",
    "Person",
    "SignOff",
]
