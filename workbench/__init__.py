"""Carbon-Neutrality Workbench: from activity data to a verified carbon-neutrality claim.

Scripting API::

    import workbench
    with workbench.open_project("client.cnw") as p:
        workbench.services.inventory.import_activities(p, "fuel.csv")
        print(p.snapshot_hash())
"""

__version__ = "0.1.0"


def open_project(path, **kw):
    """Open a .cnw project file; see :func:`workbench.project.store.open_project`."""
    from .project.store import open_project as _open

    return _open(path, **kw)


def new_project(path, organisation, **kw):
    """Create a .cnw project file; see :func:`workbench.project.store.new_project`."""
    from .project.store import new_project as _new

    return _new(path, organisation, **kw)
