"""Dialogs that move data in and out: import, export, backups."""
