"""Who may read which council papers and sessions: the inputs of every committees `visible_to`.

- The council office (Sitzungsdienst; in Helmstedt the strategy office, role `strategie`) sees
  every draft and all non-public material.
- A committee's members see its non-public meetings, agenda items and consultations.
- An administrative unit (Fachdienst, Referat) sees the drafts it issued or prepared and the
  drafts it must co-sign (Mitzeichnung); released papers like everyone else.
A user belongs to a committee or a unit through a current Membership of their Person.
"""

COUNCIL_OFFICE_PERMISSION = "committees.view_unpublished"


def is_council_office(user) -> bool:
    """The council office sees everything, drafts and non-public items included."""
    return user.has_perm(COUNCIL_OFFICE_PERMISSION)


def member_organizations(user):
    """The committees and units the user is a current member of, as a subquery (no extra round trip)."""
    from .organization import Membership

    if not user.is_authenticated:
        return Membership.objects.none().values("organization_id")
    return Membership.objects.current().filter(person__user=user).values("organization_id")


def member_committees(user):
    """The council bodies among `member_organizations`: what opens non-public sessions."""
    from .organization import Organization

    return member_organizations(user).exclude(organization__kind=Organization.Kind.VERWALTUNG)


def member_units(user):
    """The administrative units among `member_organizations`: what opens a unit's drafts."""
    from .organization import Organization

    return member_organizations(user).filter(organization__kind=Organization.Kind.VERWALTUNG)
