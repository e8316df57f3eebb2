"""Registry labels as fields of a credit lot, not text in its notes.

- ``offset_lots.sdg_goals``: the UN Sustainable Development Goals (1-17) the registry lists for
  the lot, comma separated (``3,6,13``); empty when none are stated.
- ``offset_lots.labels``: every label the registry gives the lot (Article 6 authorisation, CCP,
  CORSIA phase, removal ...), as a JSON list of the registry's own texts.

Lots imported before this migration carried both in ``notes`` (``labels: ...; SDGs: 3, 6``): the
goal numbers are copied into ``sdg_goals`` and the labels into ``labels``. The notes are left as
they were: they may be covered by a verifier's signature, and an upgrade never changes signed
data (workbench/project/upgrades.py records what it added instead).
"""

import json
import re

VERSION = 15


def _split_notes(notes: str) -> tuple[str, list[str]]:
    """(goals, labels) in a notes text written by the registry importer."""
    goals, labels = "", []
    for part in re.split(r"; (?=[a-zA-Z ]+: )", notes):
        key, _, value = part.partition(": ")
        if key == "SDGs" and re.fullmatch(r"\d{1,2}(, \d{1,2})*", value):
            goals = ",".join(str(int(g)) for g in value.split(", "))
        elif key == "labels" and value:
            labels = [x.strip() for x in value.split("; ") if x.strip()]
    return goals, labels


def up(conn):
    conn.execute("ALTER TABLE offset_lots ADD COLUMN sdg_goals TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE offset_lots ADD COLUMN labels TEXT NOT NULL DEFAULT '[]'")
    rows = conn.execute(
        "SELECT id, notes FROM offset_lots WHERE notes LIKE '%SDGs: %' OR notes LIKE 'labels: %'"
        " OR notes LIKE '%; labels: %'"
    ).fetchall()
    for lot_id, notes in rows:
        goals, labels = _split_notes(notes)
        conn.execute(
            "UPDATE offset_lots SET sdg_goals = ?, labels = ? WHERE id = ?",
            (goals, json.dumps(labels, ensure_ascii=False), lot_id),
        )
