"""RSS and Atom feeds of new public Vorlagen and of decisions (public meetings' iCal lives in committees)."""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.urls import reverse, reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from . import public

ITEMS = 50


class PaperFeed(Feed):
    title = _("Neue Vorlagen des Landkreises Helmstedt")
    link = reverse_lazy("committees:paper_list")
    description = _("Öffentliche Vorlagen (Drucksachen), die neuesten zuerst.")

    def items(self):
        return (
            public.papers().select_related("originator").order_by(F("released_at").desc(nulls_last=True), "-pk")[:ITEMS]
        )

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        return item.resolution_proposal or item.explanation[:500]

    def item_link(self, item):
        return reverse("committees:paper_detail", args=[item.pk])

    def item_pubdate(self, item):
        return item.released_at or item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.get_kind_display()]


class PaperAtomFeed(PaperFeed):
    feed_type = Atom1Feed
    subtitle = PaperFeed.description


class DecisionFeed(Feed):
    title = _("Beschlüsse der Gremien des Landkreises Helmstedt")
    link = reverse_lazy("committees:paper_list")
    description = _("Ergebnisse öffentlicher Beratungen, die neuesten zuerst.")

    def items(self):
        return (
            public.consultations()
            .exclude(result="")
            .select_related("paper", "organization")
            .order_by(F("decided_at").desc(nulls_last=True), "-pk")[:ITEMS]
        )

    def item_title(self, item):
        return f"{item.organization.short_name}: {item.paper} – {item.get_result_display()}"

    def item_description(self, item):
        text = item.amended_text or item.paper.resolution_proposal
        vote = item.vote_label
        return f"{text}\n\n{vote}" if vote else text

    def item_link(self, item):
        return reverse("committees:paper_detail", args=[item.paper_id]) + "#beratungsfolge"

    def item_guid(self, item):
        return f"beschluss-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.decided_at or item.updated_at


class DecisionAtomFeed(DecisionFeed):
    feed_type = Atom1Feed
    subtitle = DecisionFeed.description
