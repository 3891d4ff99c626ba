"""The Agencies area."""
