"""Data in: KOLs from CSV/XLSX (reading, column mapping, cells, dry run, writing) and campaign results."""
