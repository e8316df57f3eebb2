"""The application's own folders (configuration, data, log) and its log file.

``$CNW_CONFIG_DIR`` wins when set (tests and portable installs); otherwise the platform's usual
place. Nothing is created or written when this module is imported.
"""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.project.localdir import _platform_dir, default_folder  # noqa: F401 (the one home)

LOG_NAME = "cnw.log"


class _LazyFileHandler(logging.FileHandler):
    """A log file that is created (folder included) only when something is logged, so a plain
    ``cnw --help`` or a clean session leaves nothing behind."""

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record) -> None:  # an unwritable data folder must not print a traceback
        pass


def log_to_file() -> Path:
    """Send the workbench's log (e.g. the SQLite error behind a message a user saw) to
    ``cnw.log`` in the data folder, once per process (the file is made on the first message).
    Users see messages, never the log's technical text."""
    logger = logging.getLogger("workbench")
    for h in logger.handlers:
        if isinstance(h, logging.FileHandler):
            return Path(h.baseFilename)
    handler = _LazyFileHandler(default_folder() / LOG_NAME, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return Path(handler.baseFilename)
