"""Product-step edits the UI offers: register the shipped factor library as a background database.

Each is one store action (`p.action`): one transaction with its audit rows, honouring the mode
permissions and leaving the file unchanged on error.
"""

from __future__ import annotations


def register_shipped_background(project, progress=None) -> str:
    """Make the shipped factor library a background database of this project (as the product demo
    does); returns its Brightway name. No service offers this as a function yet."""
    from workbench.project.audit import now_iso
    from workbench.services.product.background import shipped_database

    db, version = shipped_database(progress)
    if project.one("SELECT id FROM product_bg_databases WHERE name = ?", (db,)) is None:
        with project.action("Register the shipped factor library as background") as tx:
            tx.insert(
                "product_bg_databases",
                {
                    "name": db,
                    "version": version,
                    "format": "shipped",
                    "source_file": "resources/factors/factors.csv",
                    "licensed": 0,
                    "imported_at": now_iso(),
                },
            )
    return db
