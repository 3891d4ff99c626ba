"""Files kept with the records they prove: signed contracts, deliverable screenshots, media kits."""
