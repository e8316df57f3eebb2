"""cnw verify FILE [--as KEY] start|plan|sample|vouch|finding|findings|respond|close|keep|opinion|sign|status
and cnw verifier-key create|show.

Verifier actions open the file in verifier mode (the client's data read-only) with the verifier's
key (``--as KEYFILE``, default: the only key in the key folder). ``respond`` is the client's and
opens the file in edit mode. ``status`` (the default) only reads; it exits 1 when signed data
changed since verification, 0 otherwise.
"""

from __future__ import annotations

import json
import os
import sys

ACTIONS = "start|plan|sample|vouch|finding|findings|respond|close|keep|opinion|sign|status"


def register(sub) -> None:
    p = sub.add_parser(
        "verify",
        help="verifier audit: plan, sample, findings, opinion, sign-off, status",
        description="Verify a project file as an auditor (ISO 14064-3 practice). Without an action: status.",
    )
    p.add_argument("file", help="the client's project file (.cnw)")
    p.add_argument(
        "--as", dest="key", metavar="KEYFILE", help="verifier key file (default: the one in the key folder)"
    )
    p.add_argument(
        "--passphrase-env", metavar="VAR", help="environment variable holding the key's passphrase"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--break-lock", action="store_true", help="take over a stale lock")
    a = p.add_subparsers(dest="action", metavar=ACTIONS)

    q = a.add_parser("start", help="start (or resume) the verification; records your public key in the file")
    q.add_argument("--name", help="verifier name (default: the key's name)")
    q.add_argument("--body", required=True, help="verification body")
    q.add_argument("--accreditation")
    q.add_argument("--period", help="period label (default: the current period)")

    q = a.add_parser("plan", help="level of assurance, materiality, criteria, scope")
    q.add_argument("--level", required=True, choices=["limited", "reasonable"])
    q.add_argument(
        "--materiality", type=float, metavar="PCT", help="threshold in %% (default: the file's setting, 5)"
    )
    q.add_argument("--basis", choices=["gross", "net"], default="gross")
    q.add_argument(
        "--criteria", help="comma-separated, e.g. ISO14068-1,ISO14064-1 (default: the file's standard)"
    )
    q.add_argument("--objectives")
    q.add_argument("--scope")
    q.add_argument("--intended-users")
    q.add_argument("--responsible-party")
    q.add_argument(
        "--reported-total", type=float, metavar="TCO2E", help="inventory total the threshold applies to"
    )

    q = a.add_parser("sample", help="draw a risk-weighted or random sample (seed recorded)")
    q.add_argument("-n", type=int, default=10, help="ledger rows to draw (default 10)")
    q.add_argument(
        "--lots", type=int, metavar="N", help="draw N credit lots separately from the n ledger rows"
    )
    q.add_argument("--seed", help="seed (default: a fresh one, recorded)")
    q.add_argument("--method", choices=["risk", "random"], default="risk")
    q.add_argument(
        "--redraw", type=int, metavar="SAMPLE_ID", help="repeat a recorded sample from its seed (reads only)"
    )

    q = a.add_parser("vouch", help="record vouching of a sampled item against its evidence")
    q.add_argument("item", type=int, help="sample item id")
    q.add_argument("result", choices=["agreed", "exception", "no_evidence"])
    q.add_argument("--attachment", type=int)
    q.add_argument("--note")

    q = a.add_parser("finding", help="raise a CAR, CL or FAR")
    q.add_argument("kind", choices=["CAR", "CL", "FAR"], type=str.upper)
    q.add_argument("description")
    q.add_argument("--clause")
    q.add_argument("--evidence")
    q.add_argument("--impact", type=float, metavar="TCO2E", help="misstatement, + overstated / - understated")
    q.add_argument("--due", metavar="YYYY-MM-DD")
    q.add_argument("--row", metavar="TABLE:ID", help="the row concerned, e.g. activities:12")
    q.add_argument("--item", type=int, help="the sample item concerned")

    a.add_parser("findings", help="list the findings")

    q = a.add_parser("respond", help="(client, edit mode) answer a finding")
    q.add_argument("ref", help="finding reference, e.g. CAR-1")
    q.add_argument("response")

    q = a.add_parser("close", help="close a finding")
    q.add_argument("ref")
    q.add_argument(
        "--not-corrected", action="store_true", help="accepted but not corrected (stays in materiality)"
    )
    q.add_argument("--note")

    q = a.add_parser("keep", help="keep a finding open, saying why")
    q.add_argument("ref")
    q.add_argument("note")

    q = a.add_parser("opinion", help="record the opinion")
    q.add_argument("opinion", choices=["unmodified", "modified", "adverse", "disclaimer"])
    q.add_argument("--basis", help="basis for the opinion")

    q = a.add_parser("sign", help="sign the snapshot hash with the opinion")
    q.add_argument("--date", metavar="YYYY-MM-DD", help="signature date (default: today)")

    a.add_parser("status", help="signed? data changed since? open findings, materiality (default action)")
    p.set_defaults(handler=cmd_verify)

    k = sub.add_parser("verifier-key", help="create or show a verifier key (kept outside project files)")
    ks = k.add_subparsers(dest="key_action", metavar="create|show", required=True)
    q = ks.add_parser("create", help="create an Ed25519 key pair for a verifier")
    q.add_argument("name", help="verifier name")
    q.add_argument("--out", help="key file or folder (default: the key folder)")
    q.add_argument(
        "--passphrase-env", metavar="VAR", help="encrypt the key with the passphrase in this variable"
    )
    q.set_defaults(handler=cmd_key_create)
    q = ks.add_parser("show", help="show a key's name and fingerprint")
    q.add_argument("keyfile")
    q.set_defaults(handler=cmd_key_show)


def _passphrase(var):
    from workbench.project.errors import ProjectError

    if not var:
        return None
    if var not in os.environ:
        raise ProjectError(f"--passphrase-env: environment variable {var} is not set")
    return os.environ[var]


def _key(args, private: bool = True):
    from workbench.services.verification import keys as vk

    path = args.key or vk.find_default_key()
    return vk.load_key(path, _passphrase(args.passphrase_env)) if private else vk.load_public(path)


def cmd_key_create(args) -> int:
    from workbench.services.verification import keys as vk

    k = vk.create_key(args.out, args.name, _passphrase(args.passphrase_env))
    print(f"created verifier key {k.path}")
    print(f"  name: {k.name}\n  fingerprint: {k.fingerprint}  ({vk.short_fingerprint(k.fingerprint)})")
    print("  keep this file private; only its public key is written into project files")
    return 0


def cmd_key_show(args) -> int:
    from workbench.services.verification import keys as vk

    k = vk.load_public(args.keyfile)
    print(f"{k.path}\n  name: {k.name}\n  public key: {k.public_hex}\n  fingerprint: {k.fingerprint}")
    return 0


def _out(args, obj, text: str) -> None:
    if args.json:
        print(json.dumps(obj, indent=2, ensure_ascii=False, default=str))
    else:
        print(text)


def _status(args) -> int:
    from workbench import open_project
    from workbench.services import verification as v

    trusted = [_key(args, private=False)] if args.key else None
    with open_project(args.file, mode="read") as p:
        st = v.status(p, trusted=trusted, full=True)
    lines = [f"{args.file}: {st.headline}"]
    if st.started:
        lines.append(
            f"  verifier: {st.verifier_name}, {st.body}; key {v.short_fingerprint(st.key_fingerprint)}"
        )
        lines.append(
            f"  period {st.period}; assurance {st.level or '(no plan)'}; opinion {st.opinion or '(none)'}"
        )
        lines.append(
            f"  open findings: CAR {st.open_car}, CL {st.open_cl}, FAR {st.open_far} (of {st.findings_total})"
        )
        lines.append(f"  sample: {st.sampled_items} items, {st.vouched_items} vouched")
        if st.materiality:
            lines.append(f"  materiality: {st.materiality.summary()}")
        for n in st.notes:
            lines.append(f"  note: {n}")
        for t in st.tamper:
            lines.append(f"  TAMPER [{t.kind}] {t.message}")
        for h in st.history:
            lines.append(
                f"  earlier: verification #{h['engagement_id']} ({h['period']}) signed {h['signed_on']}, superseded"
            )
    _out(args, st.as_dict(), "\n".join(lines))
    return 1 if st.signed_data_changed else 0


def _row(text):
    from workbench.project.errors import ProjectError

    if not text:
        return None, None
    tbl, _, rid = text.partition(":")
    if not tbl or not rid.isdigit():
        raise ProjectError(f"--row {text!r}: use TABLE:ID, e.g. activities:12")
    return tbl, int(rid)


def cmd_verify(args) -> int:
    from workbench import open_project
    from workbench.services import verification as v

    action = args.action or "status"
    if action == "status":
        return _status(args)
    if action == "findings":
        with open_project(args.file, mode="read") as p:
            rows = v.findings(p)
        text = "\n".join(
            f"{f['ref']:<6} {f['status']:<6} {f['kind']:<3} {f['impact_t'] if f['impact_t'] is not None else '':>8} "
            f"{f['description']}"
            + (f"\n       response: {f['client_response']}" if f["client_response"] else "")
            for f in rows
        )
        _out(args, rows, text or "no findings")
        return 0
    if action == "respond":
        with open_project(args.file, mode="edit", break_lock=args.break_lock) as p:
            f = v.respond(p, args.ref, args.response)
        _out(args, f, f"{f['ref']}: response recorded")
        return 0
    if action == "sample" and args.redraw is not None:
        with open_project(args.file, mode="read") as p:
            r = v.redraw(p, args.redraw)
        _out(
            args,
            r,
            f"sample {args.redraw}: {'reproduced exactly' if r['same'] else 'DIFFERS from the record'}"
            f"{'' if r['population_same'] else ' (the population changed since the draw)'}",
        )
        return 0 if r["same"] else 1
    key = _key(args)
    with open_project(args.file, mode="verifier", user=key.name, break_lock=args.break_lock) as p:
        return _verifier_action(args, action, p, key, v)


def _verifier_action(args, action, p, key, v) -> int:
    if action == "start":
        pid = None
        if args.period:
            row = p.one("SELECT id FROM periods WHERE label = ?", (args.period,))
            if row is None:
                from workbench.project.errors import ProjectError

                raise ProjectError(f"{p.path}: --period {args.period!r}: no such period")
            pid = row["id"]
        eid = v.start(p, key, args.name, args.body, args.accreditation, period_id=pid)
        _out(
            args,
            {"engagement_id": eid},
            f"verification #{eid} started; key {v.short_fingerprint(key.fingerprint)}",
        )
    elif action == "plan":
        eng = v.set_plan(
            p,
            args.level,
            args.materiality,
            args.criteria,
            args.objectives,
            args.scope,
            args.intended_users,
            args.responsible_party,
            args.reported_total,
            materiality_basis=args.basis,
        )
        _out(
            args,
            eng,
            f"plan: {eng['level']} assurance, materiality {eng['materiality_pct']:g}%, "
            f"criteria {', '.join(v.criteria_of(eng))}",
        )
    elif action == "sample":
        seed = args.seed
        if seed is not None and seed.lstrip("-").isdigit():
            seed = int(seed)
        s = v.draw_sample(
            p,
            args.n,
            seed,
            args.method,
            n_lots=args.lots,
            progress=lambda f, m: print(f"  {m}", file=sys.stderr),
        )
        text = [f"sample #{s.id}: {len(s.items)} of {s.population_size} ({s.method}, seed {s.seed})"]
        text += [
            f"  item {i['id']:>5}: {i['tbl']} row {i['row_id']} weight {i['weight']:.4g} {i['reasons'] or ''}"
            for i in s.items
        ]
        _out(args, {"id": s.id, "seed": s.seed, "items": s.items}, "\n".join(text))
    elif action == "vouch":
        item = v.vouch(p, args.item, args.result, args.attachment, args.note)
        _out(args, item, f"item {item['id']}: {item['vouch_result']}")
    elif action == "finding":
        tbl, rid = _row(args.row)
        f = v.raise_finding(
            p,
            args.kind,
            args.description,
            args.clause,
            args.evidence,
            args.impact,
            args.due,
            tbl,
            rid,
            args.item,
        )
        _out(args, f, f"{f['ref']} raised")
    elif action == "close":
        f = v.close_finding(p, args.ref, corrected=not args.not_corrected, note=args.note)
        _out(args, f, f"{f['ref']} closed ({'corrected' if f['corrected'] else 'not corrected'})")
    elif action == "keep":
        f = v.keep_open(p, args.ref, args.note)
        _out(args, f, f"{f['ref']} kept open")
    elif action == "opinion":
        eng = v.set_opinion(p, args.opinion, args.basis)
        _out(args, eng, f"opinion: {eng['opinion']}")
    elif action == "sign":
        s = v.sign(p, key, on=args.date)
        _out(args, s.__dict__, f"signed {s.signed_on} ({s.opinion}); snapshot {s.snapshot_hash}")
    return 0
