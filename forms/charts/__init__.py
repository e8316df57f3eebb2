"""Charts shared by the UI and the printed documents (matplotlib, no Qt)."""
