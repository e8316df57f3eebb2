"""Data files the code reads (factor tables, GWP sets, fonts, translations, demo data)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. ``path("fonts", "NanumGothic.ttf")``."""
    return ROOT.joinpath(*parts)
