"""workbench/commands."""
