"""`cnw verify` and `cnw verifier-key` end to end on a real project file."""

from __future__ import annotations

import json

from workbench.cli import main


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_cycle(demo_project, tmp_path, capsys, monkeypatch):
    path = demo_project.path
    demo_project.close()
    monkeypatch.setenv("CNW_KEY_DIR", str(tmp_path / "keys"))
    code, out, _ = _run(capsys, "verifier-key", "create", "Park Ji-ho")
    assert code == 0 and "fingerprint" in out
    keyfile = tmp_path / "keys" / "park-ji-ho.cnwkey"
    assert keyfile.exists()

    # no verification yet: status says so (exit 0), a plan is refused with exit 2 and a clear message
    assert _run(capsys, "verify", path)[1].endswith("not verified: no verification started\n")
    code, _, err = _run(capsys, "verify", path, "plan", "--level", "limited")
    assert code == 2 and "no verification has been started" in err

    assert _run(capsys, "verify", path, "start", "--body", "KVS Ltd", "--accreditation", "KAB-12")[0] == 0
    code, out, _ = _run(
        capsys,
        "verify",
        path,
        "--as",
        keyfile,
        "plan",
        "--level",
        "reasonable",
        "--criteria",
        "ISO14068-1,ISO14064-1",
        "--reported-total",
        "5000",
    )
    assert code == 0 and "materiality 5%" in out
    code, out, _ = _run(capsys, "verify", path, "--json", "sample", "-n", "4", "--seed", "77")
    sample = json.loads(out)
    assert code == 0 and sample["seed"] == "77" and len(sample["items"]) == 4
    code, out, _ = _run(capsys, "verify", path, "sample", "--redraw", "1")
    assert code == 0 and "reproduced exactly" in out
    item = sample["items"][0]["id"]
    assert _run(capsys, "verify", path, "vouch", item, "exception", "--note", "quantity differs")[0] == 0
    code, out, _ = _run(
        capsys,
        "verify",
        path,
        "finding",
        "CAR",
        "Quantity differs from bill",
        "--impact",
        "12.5",
        "--item",
        item,
        "--due",
        "2026-02-01",
    )
    assert code == 0 and "CAR-1 raised" in out
    code, _, err = _run(capsys, "verify", path, "opinion", "unmodified")
    assert code == 2 and "no unmodified opinion while a CAR or CL is open (CAR-1)" in err
    code, _, err = _run(capsys, "verify", path, "close", "CAR-1")
    assert code == 2 and "no client response yet" in err
    assert _run(capsys, "verify", path, "respond", "CAR-1", "Corrected to the bill")[0] == 0
    assert _run(capsys, "verify", path, "close", "CAR-1")[0] == 0
    code, out, _ = _run(capsys, "verify", path, "findings")
    assert "CAR-1" in out and "closed" in out and "Corrected to the bill" in out
    assert _run(capsys, "verify", path, "opinion", "unmodified")[0] == 0
    code, out, _ = _run(capsys, "verify", path, "sign", "--date", "2026-04-01")
    assert code == 0 and "signed 2026-04-01 (unmodified)" in out
    code, out, _ = _run(capsys, "verify", path, "--json", "status")
    st = json.loads(out)
    assert code == 0 and st["signed"] and not st["signed_data_changed"] and st["signed_on"] == "2026-04-01"
    assert st["materiality"]["reported_total_t"] == 5000.0 and st["materiality"]["gross_t"] == 0.0


def test_cli_key_errors(tmp_path, capsys, monkeypatch, demo_project):
    path = demo_project.path
    demo_project.close()
    monkeypatch.setenv("CNW_KEY_DIR", str(tmp_path / "empty"))
    code, _, err = _run(capsys, "verify", path, "start", "--body", "X")
    assert code == 2 and "no verifier key found" in err
    bad = tmp_path / "bad.cnwkey"
    bad.write_text("{}")
    code, _, err = _run(capsys, "verify", path, "--as", bad, "start", "--body", "X")
    assert code == 2 and f"{bad}: not a verifier key file" in err
    code, _, err = _run(capsys, "verify", path, "--passphrase-env", "NOPE_NOT_SET", "--as", bad, "sign")
    assert code == 2 and "NOPE_NOT_SET is not set" in err


def test_cnw_help_does_not_import_crypto():
    import subprocess
    import sys

    code = (
        "import sys; from workbench.cli import build_parser; build_parser(); "
        "print(any(m.startswith('cryptography') for m in sys.modules))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"
