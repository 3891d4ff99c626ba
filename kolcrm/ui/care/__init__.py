"""Relationship care: the Today view of reminders, gifts and perks across KOLs, and the schedule."""
