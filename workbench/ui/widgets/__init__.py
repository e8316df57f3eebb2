"""Reusable widgets: chart view, key-value summary."""
