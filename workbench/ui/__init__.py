"""workbench/ui."""
