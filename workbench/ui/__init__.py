"""The PySide6 desktop app (the only package that imports Qt).

Importing this package has no side effects; `workbench.ui.app.run(path)` starts the window.
"""
