"""Issue 17 item 8: internal names are never shown. Every page (and tab) of the demo journey, in
English and in Korean, is read (labels, buttons, table and tree cells, combo items, tooltips) and no
lower snake_case word may appear (``passenger_km``, ``no_evidence``, ``s3_threshold``, ``unc_pct``,
rule ids) unless it is data the file holds as the user typed it (codes, references, factor ids).
"""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.journey import demo_journey  # noqa: E402
from helpers.ui import ErrorCapture, isolate_settings  # noqa: E402
from helpers.ui_texts import Seen  # noqa: E402
from test_latin_words_ui import _collect_page, _window, data_values  # noqa: E402

#: a lower snake_case word standing alone (not part of a file name, path, e-mail or longer code)
SNAKE = re.compile(r"(?<![A-Za-z0-9_./@-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![A-Za-z0-9_/@-]|\.\w)")


def identifiers(seen: list[Seen], data: list[str]) -> dict[str, list[str]]:
    """{screen text (where): the snake_case words in it that are not data}; each text once."""
    out: dict[str, list[str]] = {}
    done: set[str] = set()
    for s in seen:
        if s.text in done:
            continue
        done.add(s.text)
        text = s.text
        for value in data:  # a data value (a code, a reference, a factor id) taken out whole
            if value in text:
                text = re.sub(rf"(?<![A-Za-z0-9_.@/-]){re.escape(value)}(?![A-Za-z0-9_@/-]|\.\w)", " ", text)
        words = sorted(set(SNAKE.findall(text)))
        if words:
            out[f"{s.text[:160]!r} ({s.where})"] = words
    return out


def test_identifier_rule():
    seen = [
        Seen("QLabel", "Unit: passenger_km"),
        Seen("cell", "no_evidence", cell=True),
        Seen("cell", "KR_ELEC_2023 from unit_typo.csv", cell=True),
        Seen("QLabel", "see s3_threshold."),
        Seen("QLabel", "Passenger-kilometre"),
    ]
    assert identifiers(seen, ["KR_ELEC_2023"]) == {
        "'Unit: passenger_km' (QLabel)": ["passenger_km"],
        "'no_evidence' (cell)": ["no_evidence"],
        "'see s3_threshold.' (QLabel)": ["s3_threshold"],
    }


@pytest.fixture(scope="module")
def journey(tmp_path_factory, bw):
    return demo_journey(tmp_path_factory.mktemp("ui-ids"))


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_internal_identifier_on_any_page_of_the_demo(qtbot, qapp, journey, tmp_path, lang):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.app import create_app
    from workbench.ui.i18n import install_language

    create_app()
    isolate_settings(tmp_path / "settings")
    install_language(QApplication.instance(), lang)
    seen: list[Seen] = []
    try:
        with ErrorCapture() as errors:
            window = _window(qtbot, journey, "edit")
            for key in window.pages:
                if key != "verification":
                    seen += _collect_page(qtbot, window, key, errors)
            window.close_project()
            window.close()
            verifier = _window(qtbot, journey, "verifier")
            seen += _collect_page(qtbot, verifier, "verification", errors)
            verifier.close_project()
            verifier.close()
        assert errors.messages == []
    finally:
        install_language(QApplication.instance(), "en")
    pages = {s.where.split(" ", 1)[0] for s in seen}
    assert len(pages) >= 9 and sum(s.cell for s in seen) > 200  # every page, with its tables read
    found = identifiers(seen, [str(journey), *data_values(journey)])
    rest = found
    assert rest == {}, "\n".join(f"{k}  ->  {', '.join(v)}" for k, v in sorted(rest.items()))


@pytest.mark.slow
def test_product_page_shows_no_internal_unit_name(qtbot, qapp, journey, tmp_path):
    from workbench.ui.app import create_app

    create_app()
    isolate_settings(tmp_path / "settings")
    with ErrorCapture() as errors:
        window = _window(qtbot, journey, "edit")
        seen = _collect_page(qtbot, window, "product", errors)
        window.close_project()
        window.close()
    found = identifiers(seen, [str(journey), *data_values(journey)])
    assert found == {}, found
