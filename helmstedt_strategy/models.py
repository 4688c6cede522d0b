"""The abstract base every domain model stands on."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DomainModel(models.Model):
    """Timestamps, an edit version for optimistic locking, and the example mark.

    `version` is raised by every save through `editing.save_versioned`, so two
    people editing the same object get a conflict instead of overwriting each
    other. `is_example` marks invented demo content, shown as such on screen.
    """

    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)
    version = models.PositiveIntegerField(_("Version"), default=1, editable=False)
    is_example = models.BooleanField(
        _("Beispielinhalt"),
        default=False,
        help_text=_("Erfundener Inhalt zur Veranschaulichung; wird auf jeder Seite als Beispiel gekennzeichnet."),
    )

    class Meta:
        abstract = True


class ContentVersion(models.Model):
    """One row: the installation's content version (see `content_version`), shared by every process.

    Not domain data: never backed up, never shown; a restore or any change of content gives it a new value.
    """

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return self.token
