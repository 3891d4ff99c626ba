"""Agencies and MCNs as records: the company behind the agency name on a KOL."""
