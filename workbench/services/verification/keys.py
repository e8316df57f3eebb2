"""Verifier identity: an Ed25519 key pair kept outside project files.

A verifier creates one key once (``create_key``) and keeps it in a folder of their own (by default
the user's configuration folder, see ``default_key_dir``). Only the public key, its fingerprint and
the verifier's details are ever written into a project file.

Key file format (JSON, UTF-8, file mode 0600)::

    {"format": "cnw-verifier-key/1", "name": "...", "created": "2026-01-01T00:00:00Z",
     "public_key": "<64 hex chars: raw Ed25519 public key>",
     "fingerprint": "<64 hex chars: SHA-256 of the raw public key>",
     "private_key_pem": "-----BEGIN PRIVATE KEY-----..."}   # PKCS#8, optionally encrypted

No heavy imports at module level; ``cryptography`` is imported inside the functions.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from workbench.project.errors import ProjectError

KEY_FORMAT = "cnw-verifier-key/1"
KEY_SUFFIX = ".cnwkey"
ENV_KEY_DIR = "CNW_KEY_DIR"


class VerifierKeyError(ProjectError):
    """A verifier key file is missing, malformed or cannot be used."""


def default_key_dir() -> Path:
    """The folder where verifier keys live unless told otherwise.

    ``$CNW_KEY_DIR`` when set; else ``$CNW_CONFIG_DIR/keys`` (the workbench's configuration folder
    override); otherwise the per-user configuration folder (the same places the
    ``platformdirs`` package uses): ``%APPDATA%/CarbonWorkbench/keys`` on Windows,
    ``~/Library/Application Support/CarbonWorkbench/keys`` on macOS and
    ``$XDG_CONFIG_HOME/carbon-workbench/keys`` (default ``~/.config``) elsewhere.
    """
    env = os.environ.get(ENV_KEY_DIR)
    if env:
        return Path(env).expanduser()
    cfg = os.environ.get("CNW_CONFIG_DIR")
    if cfg:
        return Path(cfg).expanduser() / "keys"
    home = Path.home()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        return base / "CarbonWorkbench" / "keys"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "CarbonWorkbench" / "keys"
    base = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return base / "carbon-workbench" / "keys"


def fingerprint_of(public_key: bytes) -> str:
    """SHA-256 of the raw 32-byte Ed25519 public key, lower-case hex."""
    return hashlib.sha256(public_key).hexdigest()


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits grouped in fours, for people to compare by eye."""
    f = fingerprint[:16].upper()
    return " ".join(f[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class VerifierKey:
    """A loaded verifier key. ``private`` is a cryptography Ed25519PrivateKey (None if public only)."""

    name: str
    public_key: bytes
    path: Path | None
    private: object | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key)

    @property
    def public_hex(self) -> str:
        return self.public_key.hex()

    def sign(self, message: bytes) -> bytes:
        if self.private is None:
            raise VerifierKeyError(f"{self.path or 'verifier key'}: holds no private key; cannot sign")
        return self.private.sign(message)


def _slug(name: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()
    return s or "verifier"


def _resolve_new_path(path: str | os.PathLike | None, name: str) -> Path:
    if path is None:
        return default_key_dir() / (_slug(name) + KEY_SUFFIX)
    p = Path(path).expanduser()
    if p.is_dir():
        return p / (_slug(name) + KEY_SUFFIX)
    return p


def create_key(path: str | os.PathLike | None, name: str, passphrase: str | None = None) -> VerifierKey:
    """Create a new Ed25519 key for verifier ``name`` and write it to ``path``.

    ``path`` may be a file, an existing folder (the file is named after the verifier) or None (the
    default key folder). An existing file is never overwritten. Returns the loaded key.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if not name or not name.strip():
        raise VerifierKeyError("verifier key: a verifier name is required")
    target = _resolve_new_path(path, name)
    if target.exists():
        raise VerifierKeyError(f"{target}: a key file already exists; refusing to overwrite it")
    priv = Ed25519PrivateKey.generate()
    pub = priv.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    enc = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    pem = priv.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    doc = {
        "format": KEY_FORMAT,
        "name": name.strip(),
        "created": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "public_key": pub.hex(),
        "fingerprint": fingerprint_of(pub),
        "encrypted": bool(passphrase),
        "private_key_pem": pem.decode("ascii"),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: never clobber a key that appeared meanwhile; 0600: the private key is the user's only.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=2)
        fh.write("\n")
    return VerifierKey(name=doc["name"], public_key=pub, path=target, private=priv)


def load_key(path: str | os.PathLike, passphrase: str | None = None) -> VerifierKey:
    """Load a verifier key file written by ``create_key``; checks that the halves belong together."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    p = Path(path).expanduser()
    if not p.is_file():
        raise VerifierKeyError(f"{p}: no such verifier key file")
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise VerifierKeyError(f"{p}: not a verifier key file (not JSON: {exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT:
        raise VerifierKeyError(f"{p}: not a verifier key file (format is not {KEY_FORMAT!r})")
    for field in ("name", "public_key", "private_key_pem"):
        if not isinstance(doc.get(field), str) or not doc[field]:
            raise VerifierKeyError(f"{p}: field {field!r} is missing or empty")
    try:
        pub = bytes.fromhex(doc["public_key"])
    except ValueError:
        raise VerifierKeyError(f"{p}: field 'public_key' is not hex") from None
    pw = passphrase.encode("utf-8") if passphrase else None
    try:
        priv = serialization.load_pem_private_key(doc["private_key_pem"].encode("ascii"), password=pw)
    except TypeError as exc:
        reason = "a passphrase is required" if pw is None else f"passphrase not expected ({exc})"
        raise VerifierKeyError(f"{p}: {reason}") from None
    except ValueError as exc:
        raise VerifierKeyError(f"{p}: private key cannot be read ({exc})") from None
    if not isinstance(priv, Ed25519PrivateKey):
        raise VerifierKeyError(f"{p}: private key is not an Ed25519 key")
    real_pub = priv.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if real_pub != pub:
        raise VerifierKeyError(f"{p}: field 'public_key' does not belong to the private key in the file")
    return VerifierKey(name=doc["name"], public_key=pub, path=p, private=priv)


def load_public(path: str | os.PathLike) -> VerifierKey:
    """The name and public half of a key file (no passphrase needed); cannot sign."""
    p = Path(path).expanduser()
    if not p.is_file():
        raise VerifierKeyError(f"{p}: no such verifier key file")
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
        pub = bytes.fromhex(doc["public_key"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise VerifierKeyError(f"{p}: not a verifier key file (no readable 'public_key')") from None
    if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT or len(pub) != 32:
        raise VerifierKeyError(f"{p}: not a verifier key file (format is not {KEY_FORMAT!r})")
    return VerifierKey(name=str(doc.get("name", "")), public_key=pub, path=p, private=None)


def find_default_key() -> Path:
    """The single key in the default key folder; an error naming the folder otherwise."""
    d = default_key_dir()
    keys = sorted(d.glob("*" + KEY_SUFFIX)) if d.is_dir() else []
    if len(keys) == 1:
        return keys[0]
    if not keys:
        raise VerifierKeyError(
            f"{d}: no verifier key found; create one with `cnw verifier-key create` or pass --as KEYFILE"
        )
    names = ", ".join(k.name for k in keys)
    raise VerifierKeyError(f"{d}: several verifier keys ({names}); choose one with --as KEYFILE")


def verify_signature(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``message`` under ``public_key``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
