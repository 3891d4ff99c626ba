"""Relationship care: reminders and the rules raising them, gifts and thank-yous, perks, risks, scheduling, health."""
