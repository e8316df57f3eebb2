"""Helpers every journey step shares: periods, progress, the tabular reader and cell parser,
Brightway set-up, generic undoable edits. Nothing here imports a journey step."""
