"""The demo book: realistic KOLs, deals, campaigns and care records, built through the real services."""
