"""Collaborations: the deal editor and its sub-tables."""
