"""End-to-end import tests on messy real-looking sheets (the corpus builds them)."""
