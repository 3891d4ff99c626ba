"""Data in and out: imports with mapping, exports, handover packages and backups."""
