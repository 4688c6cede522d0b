"""Who counts as staff and which committees a user belongs to: the inputs of every `visible_to`."""

from django.db.models import Q
from django.utils import timezone

STAFF_PERMISSION = "committees.view_unpublished"


def is_staff(user) -> bool:
    """Staff (strategy office, administration) see everything, drafts and non-public items included."""
    return user.has_perm(STAFF_PERMISSION)


def member_organizations(user):
    """The committees the user is a current member of, as a subquery (no extra round trip)."""
    from .organization import Membership

    if not user.is_authenticated:
        return Membership.objects.none().values("organization_id")
    today = timezone.localdate()
    return (
        Membership.objects.filter(person__user=user)
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=today))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .values("organization_id")
    )
