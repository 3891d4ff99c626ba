"""The Dashboard area: spend, ROI, engagement against fee and KPI progress as charts."""
