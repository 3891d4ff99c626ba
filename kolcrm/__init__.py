"""kolcrm: a desktop CRM for KOL relationships."""

__version__ = "0.1.0"
