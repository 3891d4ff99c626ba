"""The domain without Qt: one folder per concept (as ui/), a few small shared modules at the top."""
