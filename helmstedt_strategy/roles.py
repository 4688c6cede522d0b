"""The roles of the system as Django groups, kept in step with the permissions on every migrate.

Patterns are matched against "app_label.codename", so a model added later to an
app gets the right permissions without touching this file. Users and passwords
are never created here: only `load_demo` creates the demo personas.
"""

from fnmatch import fnmatch

DOMAIN_APPS = ("goals", "actionspaces", "products", "committees")

STRATEGIE = "strategie"
REDAKTION = "redaktion"
KREISTAG = "kreistag"
KREISAUSSCHUSS = "kreisausschuss"

ROLE_PERMISSIONS: dict[str, list[str]] = {
    # Strategy office: manages everything in the domain apps. In Helmstedt it is also the
    # council office (Sitzungsdienst): "committees.view_unpublished" shows every draft paper
    # and all non-public committee material (committees/models/visibility.py).
    STRATEGIE: [f"{app}.*" for app in DOMAIN_APPS],
    # Administration staff (a Fachdienst's editors): read the strategy content with its drafts,
    # edit what is assigned to them (the object-level check lives in each app's permissions
    # module). Of the council papers they see the drafts of their own unit and those their unit
    # co-signs; non-public committee material only as a member of that committee.
    REDAKTION: [
        *(f"{app}.view_*" for app in DOMAIN_APPS),
        "actionspaces.change_*",
        "actionspaces.add_measure",
        "actionspaces.delete_measure",
        "actionspaces.add_milestone",
        "actionspaces.delete_milestone",
        "products.add_kpivalue",
        "products.change_kpivalue",
    ],
    # Council members read; what they may see of non-public sessions follows from
    # their committee memberships, not from their group.
    KREISTAG: ["goals.view_*", "actionspaces.view_*", "products.view_*", "committees.view_*"],
    KREISAUSSCHUSS: ["goals.view_*", "actionspaces.view_*", "products.view_*", "committees.view_*"],
}

# Permissions a role never gets, though a pattern above matches. Council members and the public
# only ever see what is published; only the council office sees every draft paper.
ROLE_EXCLUSIONS: dict[str, list[str]] = {
    REDAKTION: ["committees.view_unpublished"],
    KREISTAG: ["*.view_unpublished"],
    KREISAUSSCHUSS: ["*.view_unpublished"],
}

ROLE_LABELS = {
    STRATEGIE: "Strategiestelle (Referat A.41)",
    REDAKTION: "Redaktion (Fachdienste)",
    KREISTAG: "Kreistagsmitglied",
    KREISAUSSCHUSS: "Mitglied des Kreisausschusses",
}


def permissions_for(role: str, available: list[str]) -> list[str]:
    """The "app.codename" strings of `available` that the role's patterns grant."""
    patterns, exclusions = ROLE_PERMISSIONS[role], ROLE_EXCLUSIONS.get(role, [])
    return [
        perm
        for perm in available
        if any(fnmatch(perm, pattern) for pattern in patterns)
        and not any(fnmatch(perm, pattern) for pattern in exclusions)
    ]


def sync_roles(**kwargs):
    from django.contrib.auth.models import Group, Permission

    perms = {
        f"{p.content_type.app_label}.{p.codename}": p
        for p in Permission.objects.filter(content_type__app_label__in=DOMAIN_APPS).select_related("content_type")
    }
    for role in ROLE_PERMISSIONS:
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set([perms[name] for name in permissions_for(role, list(perms))])
