"""workbench/services."""
