"""One module per journey step; each defines a Page subclass (see base.Page)."""
