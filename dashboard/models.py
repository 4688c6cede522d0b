from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReminderLog(models.Model):
    """One reminder sent: per user, item and due date at most once, so a daily cron run never repeats itself."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("Empfänger")
    )
    item_key = models.CharField(_("Aufgabe"), max_length=100)
    due_on = models.DateField(_("fällig am"))
    sent_at = models.DateTimeField(_("gesendet am"), auto_now_add=True)

    class Meta:
        verbose_name = _("gesendete Erinnerung")
        verbose_name_plural = _("gesendete Erinnerungen")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "item_key", "due_on"], name="reminder_once_per_user_item_due")
        ]

    def __str__(self):
        return f"{self.user} {self.item_key} {self.due_on}"
