"""The verification statement and the dossier print the stored Monte Carlo (95 % range, method,
model, iterations, seed, main contributors) in English and Korean, every figure read back from the
PDF and checked against the stored result; and they say plainly when no Monte Carlo was run."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest

import workbench.demo as demo_steps
from forms import pdfmeta
from forms.i18n import fmt_int, fmt_t

ITERATIONS, SEED = 1500, 20261201


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def journey_file(tmp_path_factory, bw):
    """The demo through verification sign-off, with a Monte Carlo of chosen iterations and seed run
    on the footprint the claim prints (sources without a shipped factor excluded, as in
    test_documents_service)."""
    from workbench import demo
    from workbench.services import boundary, footprint

    out = tmp_path_factory.mktemp("unc-journey")
    quiet = lambda *_: None  # noqa: E731
    p = demo.build(out / "claim.cnw", out / "inputs", log=quiet)
    demo_steps.footprint.run(p, out, quiet)
    for src in p.rows("SELECT id FROM sources WHERE included = 1 AND factor_id IS NULL"):
        boundary.set_inclusion(p, src["id"], False, "test: no emission factor in the shipped library")
    for period in p.periods():
        footprint.calculate(p, period_id=period["id"])
    footprint.monte_carlo(p, ITERATIONS, seed=SEED)
    for step in (demo_steps.plan, demo_steps.offsets, demo_steps.verification):
        step.run(p, out, quiet)
    p.close()
    return out / "claim.cnw"


@pytest.fixture
def project(journey_file, tmp_path):
    from workbench import open_project

    path = tmp_path / "claim.cnw"
    shutil.copy(journey_file, path)
    p = open_project(path)
    yield p
    p.close()


def _expected(p, lang):
    """The printed strings, computed from the stored result (not from the document model)."""
    from workbench.services import footprint

    mc = footprint.latest_monte_carlo(p)
    assert mc is not None and mc["stale"] is False
    assert (mc["iterations"], mc["seed"]) == (ITERATIONS, SEED)
    t = mc["total"]
    rng = f"{fmt_t(t['p2_5'], lang)} – {fmt_t(t['p97_5'], lang)} tCO2e"
    runs = f"{fmt_int(ITERATIONS, lang)} / {SEED}"
    return mc, rng, runs


WORDS = {
    "en": {
        "heading": "Uncertainty",
        "range": "95 % range of the total (2.5-97.5 %)",
        "method": "Monte Carlo simulation of activity data and emission factor uncertainty",
        "model": "activity data drawn once per emission source",
        "contrib": "Main contributors to the variance",
        "runs": "Iterations / seed",
        "none": "No uncertainty analysis (Monte Carlo) has been run for this period's footprint.",
    },
    "ko": {
        "heading": "불확도",
        "range": "총량의 95 % 범위 (2.5-97.5 %)",
        "method": "활동자료와 배출계수 불확도의 몬테카를로 모의실험",
        "model": "활동자료는 배출원마다 한 번",
        "contrib": "분산 기여도 상위 항목",
        "runs": "반복 횟수 / 난수 시드",
        "none": "이 기간의 배출량에 대해 불확도 분석(몬테카를로)을 실행하지 않았습니다.",
    },
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_statement_prints_the_stored_range_and_model(project, tmp_path, lang):
    from workbench.services import documents

    mc, rng, runs = _expected(project, lang)
    w = WORDS[lang]
    text = flat(
        pdfmeta.extract_text(documents.build_verification_statement(project, tmp_path / "vs.pdf", lang))
    )
    for words in (w["heading"], w["range"], rng, w["method"], w["model"], w["contrib"], w["runs"], runs):
        assert flat(words) in text, words
    # the mean and every scope's range, from the same stored result
    assert flat(fmt_t(mc["total"]["mean"], lang)) in text
    for s, v in mc["by_scope"].items():
        assert flat(f"{fmt_t(v['p2_5'], lang)} – {fmt_t(v['p97_5'], lang)}") in text, s
    # the largest contributor to the variance, by name
    top = max(mc["contributions"]["factors"] + mc["contributions"]["sources"], key=lambda c: c["share"])
    assert flat(top["name"]) in text
    assert flat(w["none"]) not in text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_dossier_summary_prints_the_same_range(project, tmp_path, lang):
    from workbench.services import documents

    _mc, rng, runs = _expected(project, lang)
    w = WORDS[lang]
    text = flat(pdfmeta.extract_text(documents.build_dossier(project, tmp_path / "dossier.pdf", lang)))
    summary = flat(f"{w['range']} {rng} ({w['runs']}: {runs})")
    assert summary in text
    # the range appears in the summary, the QES and the statement: three prints of one stored figure
    assert text.count(flat(rng)) == 3


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_without_a_monte_carlo_both_say_so(journey_file, tmp_path, lang):
    from workbench import open_project
    from workbench.services import documents

    path = tmp_path / "none.cnw"
    shutil.copy(journey_file, path)
    with sqlite3.connect(path) as db:  # a file where no Monte Carlo was ever run (the cache only)
        db.execute("DELETE FROM cache_footprint WHERE kind = 'monte_carlo'")
    db.close()
    p = open_project(path)
    try:
        w = WORDS[lang]
        vs = flat(pdfmeta.extract_text(documents.build_verification_statement(p, tmp_path / "vs.pdf", lang)))
        assert flat(w["heading"]) in vs and flat(w["none"]) in vs and flat(w["range"]) not in vs
        dos = flat(pdfmeta.extract_text(documents.build_dossier(p, tmp_path / "dos.pdf", lang)))
        assert flat(f"{w['range']} {w['none']}") in dos
    finally:
        p.close()
