"""Thin views of the actionspaces app: pages (read) and editing (card, measures, milestones)."""
