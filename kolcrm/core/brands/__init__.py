"""Brands (or clients) and how well a KOL fits one."""
