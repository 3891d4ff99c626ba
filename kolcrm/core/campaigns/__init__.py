"""Campaigns: goals and KPIs, brand posts, readiness, captured results, ROI and the dashboard's figures."""
