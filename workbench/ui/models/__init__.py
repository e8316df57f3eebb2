"""Qt item models over the project file (lazy, paged)."""
