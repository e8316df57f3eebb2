"""Canonical JSON: the one serialisation used for audit hashes and snapshots.

Stable across runs and machines: keys sorted, no whitespace, UTF-8, floats by Python's shortest
round-trip ``repr`` (identical for the same IEEE double everywhere), BLOBs replaced by their SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import math


def _default(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"sha256": hashlib.sha256(bytes(value)).hexdigest()}
    raise TypeError(f"not serialisable: {type(value).__name__}")


def normalise(value):
    """Make a value JSON-stable: NaN/inf -> strings, blobs -> sha256 dicts."""
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return repr(value)
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _default(value)
    if isinstance(value, dict):
        return {str(k): normalise(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [normalise(v) for v in value]
    return value


def dumps(value) -> str:
    return json.dumps(
        normalise(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_ROW_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def dumps_row(row) -> str:
    """Fast path for a database row (a tuple): identical output to ``dumps(list(row))``."""
    try:
        return _ROW_ENCODER(row)
    except (TypeError, ValueError):  # BLOBs, NaN or infinity: take the general path
        return dumps(list(row))
