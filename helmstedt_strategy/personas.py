"""The demo personas, one per role. Used by `load_demo` and by the test fixtures."""

from .roles import KREISAUSSCHUSS, KREISTAG, REDAKTION, ROLE_LABELS, STRATEGIE

DEMO_PASSWORD = "helmstedt"

# username = role; the names are invented and marked as examples.
PERSONAS = {
    STRATEGIE: {"first_name": "Petra", "last_name": "Albers (Beispiel)", "email": "strategie@example.org"},
    REDAKTION: {"first_name": "Jonas", "last_name": "Keller (Beispiel)", "email": "redaktion@example.org"},
    KREISTAG: {"first_name": "Heike", "last_name": "Brandt (Beispiel)", "email": "kreistag@example.org"},
    KREISAUSSCHUSS: {
        "first_name": "Michael",
        "last_name": "Wendland (Beispiel)",
        "email": "kreisausschuss@example.org",
    },
}


def ensure_persona(role: str, *, password: str | None):
    """Create or update the persona of `role` in the group of that role."""
    from django.contrib.auth.models import Group, User

    user, created = User.objects.get_or_create(username=role, defaults=PERSONAS[role])
    changed = [k for k, v in PERSONAS[role].items() if getattr(user, k) != v]
    for key in changed:
        setattr(user, key, PERSONAS[role][key])
    if password and (created or not user.check_password(password)):
        user.set_password(password)
        changed.append("password")
    if changed:
        user.save()
    user.groups.add(Group.objects.get(name=role))
    return user


def persona_table() -> list[tuple[str, str]]:
    return [(role, ROLE_LABELS[role]) for role in PERSONAS]
