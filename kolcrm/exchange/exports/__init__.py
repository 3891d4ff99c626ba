"""Data out: the KOL list as CSV/XLSX, contacts as vCard, the schedule as iCalendar, one KOL as JSON."""
