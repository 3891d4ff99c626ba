"""Campaigns: the list, a campaign's page, its editor, and capturing or importing results."""
