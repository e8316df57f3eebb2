"""Brightway's prints are silenced only in the thread doing Brightway work."""

from __future__ import annotations

import threading

from lca.quiet import quiet


def test_quiet_drops_only_the_calling_threads_output(capsys):
    inside = threading.Event()
    release = threading.Event()

    def worker():
        with quiet():
            print("from brightway in the worker")
            inside.set()
            release.wait(5)
            print("still the worker")

    t = threading.Thread(target=worker)
    t.start()
    assert inside.wait(5)
    print("main thread keeps printing")
    release.set()
    t.join(5)
    out = capsys.readouterr().out
    assert "main thread keeps printing" in out
    assert "worker" not in out
    print("after")
    assert capsys.readouterr().out == "after\n"


def test_quiet_nests_and_restores_the_streams():
    import sys

    before = sys.stdout
    with quiet():
        with quiet():
            print("hidden")
        assert sys.stdout is not before
    assert sys.stdout is before
