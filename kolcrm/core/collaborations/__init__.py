"""Collaborations (deals): terms, deliverables and their review, payments, stages, the first-deal fee rule."""
