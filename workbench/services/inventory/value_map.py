"""Value mappings of the activity import: a file's own names for sources and sites, mapped to the
project's codes ("Diesel generators" -> source DSL-GEN, "Busan plant" -> site BS1).

Mappings are kept in the project (``import_value_mappings``, migration 16) and applied by every
import to the source and site cells before they are checked (:class:`ValueMap`, used by
:class:`~workbench.services.inventory.rules.ActivityRules`); the file itself is never changed, so
the import records the hash of the file as read. File values match whatever their case and
spacing (``value_key``). :func:`suggest_codes` proposes codes for a value by similarity to the
codes and names of the project's sources or sites.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from workbench.project.audit import now_iso
from workbench.project.errors import ProjectError

KINDS = ("source", "site")
TABLE = "import_value_mappings"
_SPACES = re.compile(r"\s+")
_TABLES = {"source": "sources", "site": "sites"}
_WHAT = {"source": "emission source", "site": "site"}


def value_key(text) -> str:
    """The file value as mappings match it: trimmed, inner spaces made one, case folded."""
    return _SPACES.sub(" ", str(text if text is not None else "")).strip().casefold()


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ProjectError(f"value mapping: kind must be one of {', '.join(KINDS)}, not '{kind}'")
    return kind


def codes(project, kind: str) -> list[dict]:
    """[{code, name}] of the project's sources or sites, by code: what a value can be mapped to."""
    table = _TABLES[_kind(kind)]
    return project.rows(f"SELECT code, name, name_local FROM {table} ORDER BY code")


def saved_mappings(project) -> dict[str, dict[str, dict]]:
    """{kind: {value_key: {file_value, code}}} of the mappings saved in the project."""
    out: dict[str, dict[str, dict]] = {k: {} for k in KINDS}
    for r in project.rows(f"SELECT kind, value_key, file_value, code FROM {TABLE} ORDER BY id"):
        out[r["kind"]][r["value_key"]] = {"file_value": r["file_value"], "code": r["code"]}
    return out


def value_mappings(project) -> dict[str, dict[str, str]]:
    """{kind: {file value: code}} saved in the project, as first chosen."""
    return {k: {m["file_value"]: m["code"] for m in v.values()} for k, v in saved_mappings(project).items()}


def _similarity(value: str, row: dict) -> float:
    v = value_key(value)
    best = 0.0
    for text in (row["code"], row["name"], row.get("name_local")):
        t = value_key(text)
        if not t:
            continue
        score = SequenceMatcher(None, v, t).ratio()
        words_v, words_t = set(re.findall(r"\w+", v)), set(re.findall(r"\w+", t))
        if words_v and words_t:  # shared words ("busan" in "Busan plant" and "Busan works")
            score = max(score, 0.9 * len(words_v & words_t) / min(len(words_v), len(words_t)))
        best = max(best, score)
    return best


def suggest_codes(project, kind: str, value: str, n: int = 3, cutoff: float = 0.45) -> list[str]:
    """Up to ``n`` codes the file value may stand for, most similar first (to the code, the name
    or the Korean name); [] when none is close."""
    scored = [(_similarity(value, r), r["code"]) for r in codes(project, kind)]
    scored = sorted((s for s in scored if s[0] >= cutoff), key=lambda s: (-s[0], s[1]))
    return [code for _, code in scored[:n]]


def check_mappings(project, mappings: dict[str, dict[str, str | None]]) -> dict[str, dict[str, str | None]]:
    """The mappings normalised ({kind: {file value: code or None}}); raises ProjectError naming the
    kind, the file value and the code when a code is not one of the project's."""
    out: dict[str, dict[str, str | None]] = {}
    for kind, values in (mappings or {}).items():
        known = {r["code"] for r in codes(project, _kind(kind))}
        for file_value, code in values.items():
            if not value_key(file_value):
                raise ProjectError(f"value mapping ({kind}): the file value is empty")
            code = (str(code).strip() or None) if code is not None else None
            if code is not None and code not in known:
                raise ProjectError(
                    f"value mapping ({kind}): '{file_value}' -> '{code}': "
                    f"this project has no {_WHAT[kind]} '{code}'"
                )
            out.setdefault(kind, {})[str(file_value).strip()] = code
    return out


def write_mappings(tx, project, mappings: dict[str, dict[str, str | None]]) -> int:
    """Write checked mappings inside an open action (a code of None removes the mapping); returns
    how many rows changed."""
    saved = {
        (r["kind"], r["value_key"]): r for r in project.rows(f"SELECT id, kind, value_key, code FROM {TABLE}")
    }
    changed = 0
    for kind, values in mappings.items():
        for file_value, code in values.items():
            old = saved.get((kind, value_key(file_value)))
            if code is None:
                if old is not None:
                    changed += tx.delete(TABLE, old["id"])
            elif old is None:
                tx.insert(
                    TABLE,
                    {
                        "kind": kind,
                        "value_key": value_key(file_value),
                        "file_value": file_value,
                        "code": code,
                        "saved_at": now_iso(),
                        "saved_by": project.user,
                    },
                )
                changed += 1
            elif old["code"] != code:
                changed += tx.update(TABLE, old["id"], {"code": code, "saved_at": now_iso()})
    return changed


def save_value_mappings(project, mappings: dict[str, dict[str, str | None]]) -> int:
    """Save ``{kind: {file value: code}}`` in the project (one action; a code of None or "" removes
    that value's mapping). Every code is checked first: an unknown one refuses the whole save,
    naming the value, and nothing is written. Returns how many mappings changed."""
    project.require_writable()
    checked = check_mappings(project, mappings)
    if not any(checked.values()):
        return 0
    n = sum(len(v) for v in checked.values())
    with project.action(f"Save {n} import value mapping(s)") as tx:
        return write_mappings(tx, project, checked)


class ValueMap:
    """The mappings one import applies: the saved ones, with ``given`` ({kind: {file value: code}})
    over them. ``code(kind, raw)`` is the code a cell stands for, or None when it is not mapped."""

    def __init__(self, project, given: dict[str, dict[str, str | None]] | None = None):
        self.by_kind: dict[str, dict[str, str | None]] = {k: {} for k in KINDS}
        for kind, values in saved_mappings(project).items():
            for key, m in values.items():
                self.by_kind[kind][key] = m["code"]
        for kind, values in (given or {}).items():
            for file_value, code in values.items():
                self.by_kind[_kind(kind)][value_key(file_value)] = (
                    (str(code).strip() or None) if code else None
                )
        for kind in KINDS:  # a value given as None is not mapped
            self.by_kind[kind] = {k: c for k, c in self.by_kind[kind].items() if c}
        self._memo: dict[tuple, str | None] = {}

    def __bool__(self) -> bool:
        return any(self.by_kind.values())

    def active(self, kind: str) -> bool:
        return bool(self.by_kind[kind])

    def code(self, kind: str, raw) -> str | None:
        key = (kind, raw)
        got = self._memo.get(key, False)
        if got is False:
            got = self._memo[key] = self.by_kind[kind].get(value_key(raw))
        return got
