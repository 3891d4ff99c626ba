"""Attached files in the GUI: one panel, used by a contract version, a deliverable and a KOL."""
