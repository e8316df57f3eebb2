"""The demo journey for module-scoped fixtures: the demo project after every step (optionally the
documents too), with its own verifier-key folder and retirement register, so that no other run's
keys or retirements are in it. Used by tests/test_latin_words_ui.py and tests/test_pdf_layout.py."""

from __future__ import annotations

import os
from pathlib import Path


def demo_journey(folder: Path, documents: bool = False) -> Path:
    """Build the demo in ``folder`` and run the journey's steps; returns the project path (closed).
    With ``documents`` the PDFs of both languages are in ``folder / "documents"``."""
    from workbench import demo

    folder = Path(folder)
    env = {"CNW_KEY_DIR": str(folder / "keys"), "CNW_RETIREMENT_REGISTER": str(folder / "register.sqlite")}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        p = demo.build(folder / "demo.cnw", folder / "inputs", log=lambda *_: None)
        try:
            for label, step in demo.STEPS:
                if label != "documents" or documents:
                    step.run(p, folder, lambda *_: None)
            return Path(p.path)
        finally:
            p.close()
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
