"""Endorsement contracts: the data a contract states, its PDF (reportlab), versions and batch export."""
