"""The verification step of the demo journey: one full cycle on the demo project.

The demo plays both parties on the one open project. A real verifier opens the client's file with
``open_project(path, mode="verifier")``; here the journey already holds the file, so the demo
switches the open project's role for each party's turn (``_acting_as``) and switches it back.
Every action is still checked against the role's permissions and written to the audit log under
that party's name.
"""

from __future__ import annotations

import json
from pathlib import Path

DEMO_KEY_FILE = "demo-verifier.cnwkey"
DEMO_VERIFIER = "Lee Seo-yeon (이서연)"
DEMO_BODY = "Demo Verification Services Co. (fictional)"
DEMO_ACCREDITATION = "Demo accreditation no. DEMO-GHG-000 (fictional)"
DEMO_SEED = 20250131


def _acting_as(project, mode: str, user: str):
    return project.as_role(mode, user)


def _key(out_dir: Path):
    from workbench.services.verification.keys import create_key, load_key

    path = out_dir / DEMO_KEY_FILE
    return load_key(path) if path.exists() else create_key(path, DEMO_VERIFIER)


def run(project, out_dir, log=print) -> dict:
    from workbench.services import verification as v

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    key = _key(out)
    client_user = project.user
    org = project.one("SELECT name, senior_signatory, signatory_title FROM organisation LIMIT 1") or {}
    with _acting_as(project, "verifier", DEMO_VERIFIER):
        eid = v.start(project, key, DEMO_VERIFIER, DEMO_BODY, DEMO_ACCREDITATION)
        log(f"  verification #{eid} started by {DEMO_VERIFIER}; key {v.short_fingerprint(key.fingerprint)}")
        v.set_plan(
            project,
            level="reasonable",
            criteria=[project.setting("standard", "ISO14068-1"), "ISO14064-1"],
            objectives="Independent verification of the GHG statement supporting the carbon-neutrality claim",
            scope="Scope 1, 2 and 3 emissions of all Korean operations; credit lots retired for the claim",
            intended_users="The organisation's management, customers and the public reading the claim",
            responsible_party=", ".join(x for x in (org.get("name"), org.get("senior_signatory")) if x),
        )
        mat = v.materiality(project)
        log(f"  plan: reasonable assurance, materiality {mat.threshold_pct:g}% ({mat.total_source})")
        from workbench.services.verification.fieldwork import lot_table

        eng = v.current_engagement(project)
        lt = lot_table(project)
        has_lots = lt is not None and project.one(
            f"SELECT 1 AS x FROM \"{lt}\" WHERE claim_period_id = ? AND status != 'cancelled'",
            (eng["period_id"],),
        )
        sample = v.draw_sample(project, n=8, seed=DEMO_SEED, method="risk", n_lots=2 if has_lots else 0)
        agreed = 0
        for item in sample.items:
            ev = v.evidence(project, item["tbl"], item["row_id"])
            if ev:
                v.vouch(
                    project, item["id"], "agreed", ev[0]["id"], "quantity agrees with the attached document"
                )
                agreed += 1
            else:
                v.vouch(project, item["id"], "no_evidence")
        log(
            f"  risk-weighted sample of {len(sample.items)} (seed {sample.seed}); {agreed} vouched to evidence"
        )
        missing = next((i for i in sample.items if i["vouch_result"] == "no_evidence"), None)
        target = missing or next(i for i in sample.items if i["tbl"] == "activities")
        car = v.raise_finding(
            project,
            "CAR",
            f"No source document supports {target['tbl']} row {target['row_id']}; attach the invoice or meter "
            "reading, or correct the quantity.",
            clause="ISO 14064-3:2019 6.1.4 (evidence-gathering)",
            impact_t=0.0,
            due_date="2026-02-28",
            sample_item_id=target["id"],
        )
        cl = v.raise_finding(
            project,
            "CL",
            "Explain how the uncertainty percentages stated for the activity data were estimated.",
            clause="ISO 14064-1:2018 8.3 (assessment of uncertainty)",
            due_date="2026-02-28",
        )
        log(f"  findings raised: {car['ref']}, {cl['ref']}")
    with _acting_as(project, "edit", client_user):
        row = project.one(f'SELECT * FROM "{target["tbl"]}" WHERE rowid = ?', (target["row_id"],))
        doc = f"Source document for {target['tbl']} row {target['row_id']}\nQuantity: {row.get('quantity')} {row.get('unit')}\n"
        project.attach(
            doc.encode("utf-8"),
            filename=f"evidence-{target['tbl']}-{target['row_id']}.txt",
            media_type="text/plain",
            link=(target["tbl"], target["row_id"]),
        )
        v.respond(
            project,
            car["ref"],
            "The supplier document is now attached to the row; the quantity is unchanged.",
        )
        v.respond(
            project,
            cl["ref"],
            "From the meters' accuracy classes and the suppliers' statements (monitoring plan).",
        )
        log("  client answered both findings (edit mode) and attached the missing document")
    with _acting_as(project, "verifier", DEMO_VERIFIER):
        v.vouch(project, target["id"], "agreed", note="document attached after CAR-1")
        v.close_finding(project, car["ref"], corrected=True, note="document attached and agrees")
        v.close_finding(project, cl["ref"], corrected=True, note="explanation accepted")
        v.set_opinion(project, "unmodified", basis="No material misstatement; all CAR/CL closed.")
        signed = v.sign(project, key)
        log(f"  opinion unmodified; signed {signed.signed_on}, snapshot {signed.snapshot_hash[:16]}...")
    st = v.status(project, trusted=[key])
    data = st.as_dict()
    (out / "verification-status.json").write_text(
        json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    (out / "verification-statement-data.json").write_text(
        json.dumps(v.statement_data(project, trusted=[key]), indent=2, ensure_ascii=False), encoding="utf-8"
    )
    log(f"  status: {st.headline}")
    return data
