"""The printed documents say whether pedigree scores went into the stored Monte Carlo (issue 14): the
QES uncertainty block, the verification statement and the dossier, in English and Korean, read back
from the PDF; and the by-scope row of the uncertainty block names the scopes with the glossary's
Korean term in Korean."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest

import workbench.demo as demo_steps
from forms import pdfmeta
from forms.i18n import fmt_int, fmt_t, tr

ITERATIONS, SEED = 800, 14
PEDIGREE = (2, 3, 1, 1, 4)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def journey_file(tmp_path_factory, bw):
    """The demo through verification sign-off; one emission source's rows carry pedigree scores
    (with a lognormal basic uncertainty) before the footprint and the Monte Carlo are run."""
    from workbench import demo
    from workbench.services import boundary, footprint, inventory

    out = tmp_path_factory.mktemp("ped-journey")
    quiet = lambda *_: None  # noqa: E731
    p = demo.build(out / "claim.cnw", out / "inputs", log=quiet)
    demo_steps.footprint.run(p, out, quiet)
    for src in p.rows("SELECT id FROM sources WHERE included = 1 AND factor_id IS NULL"):
        boundary.set_inclusion(p, src["id"], False, "test: no emission factor in the shipped library")
    period = p.current_period()["id"]
    code = p.one(
        "SELECT s.code FROM sources s JOIN activities a ON a.source_id = s.id WHERE s.included = 1"
        " AND s.factor_id IS NOT NULL AND a.period_id = ? GROUP BY s.id ORDER BY count(*) DESC, s.code"
        " LIMIT 1",
        (period,),
    )["code"]
    changed = inventory.set_source_uncertainty(p, code, dist="lognormal", pct=10, pedigree=PEDIGREE)
    assert changed >= 2
    for per in p.periods():
        footprint.calculate(p, period_id=per["id"])
    mc = footprint.monte_carlo(p, ITERATIONS, seed=SEED)
    assert mc["pedigree"]["rows"] == changed and [e["source"] for e in mc["pedigree"]["by_source"]] == [code]
    for step in (demo_steps.plan, demo_steps.offsets, demo_steps.verification):
        step.run(p, out, quiet)
    p.close()
    return out / "claim.cnw", changed, code


@pytest.fixture
def project(journey_file, tmp_path):
    from workbench import open_project

    path = tmp_path / "claim.cnw"
    shutil.copy(journey_file[0], path)
    p = open_project(path)
    yield p
    p.close()


def _texts(p, tmp_path, lang: str) -> dict[str, str]:
    from workbench.services import documents

    return {
        "qes": flat(pdfmeta.extract_text(documents.build_qes(p, tmp_path / f"qes_{lang}.pdf", lang))),
        "statement": flat(
            pdfmeta.extract_text(documents.build_verification_statement(p, tmp_path / f"vs_{lang}.pdf", lang))
        ),
        "dossier": flat(pdfmeta.extract_text(documents.build_dossier(p, tmp_path / f"dos_{lang}.pdf", lang))),
    }


USED = {
    "en": "the pedigree scores of {rows} activity data rows (emission sources: 1) went into this run",
    "ko": "활동자료 {rows}개 행(배출원 1개)의 페디그리 점수를 이 실행에 반영",
}
NONE = {
    "en": "no pedigree scores went into this run",
    "ko": "이 실행에는 페디그리 점수가 반영되지 않았습니다",
}
LABEL = {"en": "Data quality (pedigree matrix)", "ko": "데이터 품질(페디그리 행렬)"}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_documents_say_the_pedigree_went_into_the_run(project, journey_file, tmp_path, lang):
    from workbench.services import footprint

    _path, rows, _code = journey_file
    mc = footprint.latest_monte_carlo(project)
    assert mc is not None and mc["stale"] is False and mc["pedigree"]["rows"] == rows
    used = flat(USED[lang].format(rows=fmt_int(rows, lang)))
    texts = _texts(project, tmp_path, lang)
    for name, text in texts.items():
        assert flat(LABEL[lang]) in text, name
        assert used in text, name
        assert flat(NONE[lang]) not in text, name
    # the dossier prints it three times: its summary, the QES and the statement it contains
    assert texts["dossier"].count(used) == 3
    assert texts["qes"].count(used) == 1 and texts["statement"].count(used) == 1


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_documents_say_when_no_pedigree_went_into_the_run(journey_file, tmp_path, lang):
    """The same file with the stored run's pedigree summary taken out, as a run on rows without
    scores stores it (older runs have no such key either)."""
    import json

    from workbench import open_project

    path = tmp_path / "none.cnw"
    shutil.copy(journey_file[0], path)
    with sqlite3.connect(path) as db:
        rid, result = db.execute(
            "SELECT id, result FROM cache_footprint WHERE kind = 'monte_carlo' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        d = json.loads(result)
        del d["pedigree"]
        db.execute("UPDATE cache_footprint SET result = ? WHERE id = ?", (json.dumps(d), rid))
    db.close()
    p = open_project(path)
    try:
        texts = _texts(p, tmp_path, lang)
    finally:
        p.close()
    for name, text in texts.items():
        assert flat(LABEL[lang]) in text, name
        assert flat(NONE[lang]) in text, name
        assert flat("페디그리 점수를 이 실행에 반영") not in text and "wentintothisrun:each" not in text, name
    assert texts["dossier"].count(flat(NONE[lang])) == 3


def test_the_by_scope_row_names_scopes_with_the_glossary_term(project, tmp_path):
    """English: "Scope 1: lo – hi"; Korean: the glossary's term for scope ("범위") with the GHG
    Protocol name after it, "범위 1(Scope 1): lo – hi"; never the English "Scope 1:" pattern."""
    from workbench.services import documents, footprint

    mc = footprint.latest_monte_carlo(project)
    scope_ko = tr("vs.scope", "ko")
    assert scope_ko == "범위"  # from the glossary (TERM)
    for lang in ("en", "ko"):
        text = flat(
            pdfmeta.extract_text(
                documents.build_verification_statement(project, tmp_path / f"vs_scope_{lang}.pdf", lang)
            )
        )
        for s, v in mc["by_scope"].items():
            rng = f"{fmt_t(v['p2_5'], lang)} – {fmt_t(v['p97_5'], lang)}"
            label = f"Scope {s}" if lang == "en" else f"{scope_ko} {s}(Scope {s})"
            assert flat(f"{label}: {rng}") in text, (lang, s)
            if lang == "ko":
                assert flat(f"Scope {s}: {rng}") not in text.replace(flat(f"(Scope {s}): {rng}"), ""), s
