"""Handover packages: the whole KOL book in one file, merged into another database without duplicates."""
