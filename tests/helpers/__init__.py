"""Helpers shared by the tests (and the benchmarks and tools/screenshots.py); not part of the installed app.

Tests import them as ``helpers.<module>`` (pytest puts tests/ on sys.path); benchmarks and tools put
the repository root on sys.path and import ``tests.helpers.<module>``.

- ``ui``: isolated QSettings, error capture, a generated ledger project, an open main window;
- ``sample_documents``: an illustrative claim for the document tests and benchmarks/documents.py;
- ``layout_check``: text-box overlap and off-page checks of a printed PDF (poppler).
"""
