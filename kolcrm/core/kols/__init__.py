"""KOLs: profiles with accounts and rate cards, the list's SQL, history, trash and erase, value before signing."""
