"""Dialogs: new project wizard, preferences, import wizard, portfolio selection, demo."""
