"""Every Korean screen is Korean (issue 16): the demo journey opened in the Korean UI, every page
and every tab visited (edit and verifier mode) and the main dialogs opened; every text a user can
see (labels, buttons, tab titles, group boxes, combo items, tooltips, menus, table headers and
cells) is read and no Latin word may remain but names, units and identifiers.

What may stay Latin, and why:
- the words of ``tests/data/latin_allowlist_ko.txt`` (the documents' list: standards, units,
  gases, programmes) and ``tests/data/latin_allowlist_ko_ui.txt`` (a few more the screens show);
- identifiers (a word with a digit, "_", "." or "@": codes, serials, factor ids, hashes, files);
- data: text the user entered or imported that the file holds in one language only (names,
  descriptions, references, exclusion reasons, finding texts, the English management-plan
  text), the names of published emission factors and background processes, and the citations of
  the shipped factor-uncertainty table (resources/factors/uncertainty.csv). A data value is taken
  out of a screen text whole (the exact string the file holds, never from inside a word), so an
  English sentence the app writes around a name still fails.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.journey import demo_journey  # noqa: E402
from helpers.ui import ErrorCapture, isolate_settings  # noqa: E402
from helpers.ui_texts import Seen, visible_texts, visit_tabs  # noqa: E402
from test_latin_words import allowlist, latin_words  # noqa: E402

ALLOW_UI = Path(__file__).parent / "data" / "latin_allowlist_ko_ui.txt"
UNCERTAINTY_TABLE = Path(__file__).parent.parent / "resources" / "factors" / "uncertainty.csv"
#: a keyboard mnemonic as Korean menus show it: "파일(F)", "다음 (N) >"
MNEMONIC = re.compile(r"\(\s*[A-Z]\s*\)")

#: the columns of the project file that hold what the user typed or imported (or a published
#: factor's / process's own name): shown as data, in the one language the file has them in
DATA_COLUMNS = {
    "organisation": ("name", "address", "senior_signatory", "signatory_title"),
    "subject": ("name", "description"),
    "sites": ("code", "name", "address", "region"),
    "sources": ("code", "name", "exclusion_reason"),
    "activities": ("description", "reference"),
    "attachments": ("filename", "note"),
    "import_batches": ("filename",),
    "contract_instruments": ("supplier", "certificate_ref"),
    "factor_copies": ("factor_id", "name", "source", "licence", "notes"),
    "footprint_reports": ("note",),
    "plan_measures": ("name", "evidence", "notes"),
    "product_systems": ("name", "functional_unit", "description"),
    "product_activities": ("code", "name"),
    "product_parameters": ("name", "comment"),
    "product_background": ("ref_id", "database", "name", "reference_product"),
    "product_bg_databases": ("name", "source_file"),
    "offset_lots": (
        "registry",
        "programme",
        "project_name",
        "methodology",
        "beneficiary",
        "retirement_reference",
        "verifier",
        "notes",
    ),
    "verif_engagements": (
        "verifier_name",
        "body",
        "accreditation",
        "objectives",
        "scope",
        "intended_users",
        "responsible_party",
        "opinion_basis",
    ),
    "verif_findings": ("ref", "clause", "description", "client_response", "verifier_note"),
    "verif_sample_items": ("vouch_note",),
    "audit_documents": ("issued_by",),  # the user's login name
}


def ui_allowlist() -> set[str]:
    lines = ALLOW_UI.read_text(encoding="utf-8").splitlines()
    return allowlist() | {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def data_values(path: Path) -> list[str]:
    """The user's and the factor library's texts the file holds, longest first."""
    con = sqlite3.connect(path)
    values: set[str] = set()
    try:
        for table, cols in DATA_COLUMNS.items():
            for row in con.execute(f"SELECT {', '.join(cols)} FROM {table}"):  # a renamed column fails
                values |= {str(v).strip() for v in row if isinstance(v, str) and v.strip()}
        # the English management-plan texts (the Korean page shows both editors)
        values |= {
            t.strip() for (t,) in con.execute("SELECT text FROM plan_management WHERE lang = 'en'") if t
        }
    finally:
        con.close()
    # the factor library's records: names, publishers, licences and notes as published
    from workbench.services import footprint as footprint_service

    for f in footprint_service.load_library().values():
        values |= {
            str(v).strip() for v in (f.name, f.source, f.region, f.licence, f.notes) if v and str(v).strip()
        }
    # the shipped factor-uncertainty table's citations (published sources, quoted as they are)
    with UNCERTAINTY_TABLE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            values |= {row[k].strip() for k in ("source", "note") if row[k].strip()}
    return sorted(values, key=len, reverse=True)


def stray_words(seen: list[Seen], allowed: set[str], data: list[str]) -> dict[str, list[str]]:
    """{screen text (and where it was first seen): its Latin words that are neither allowed nor
    data}; each distinct text once."""
    out: dict[str, list[str]] = {}
    done: set[str] = set()
    for s in seen:
        if s.text in done:
            continue
        done.add(s.text)
        text = MNEMONIC.sub(" ", s.text)
        for value in data:  # data values taken out whole, never from inside a word
            if value in text:
                text = re.sub(rf"(?<![A-Za-z0-9_.@/-]){re.escape(value)}(?![A-Za-z0-9_@/-]|\.\w)", " ", text)
        # "CSV/Excel", "tCO2e/yr": each side of a slash is a word of its own
        words = latin_words(text.replace("/", " "), allowed)
        if words:
            out[f"{s.text[:160]!r} ({s.where})"] = words
    return out


@pytest.fixture(scope="module")
def journey(tmp_path_factory, bw):
    """The demo project after the journey (footprint, product, plan, offsets, verification); the
    PDFs are tests/test_latin_words.py's."""
    return demo_journey(tmp_path_factory.mktemp("ui-ko"))


@pytest.fixture
def korean(qapp, tmp_path):
    from PySide6.QtWidgets import QApplication

    from workbench.ui.app import create_app
    from workbench.ui.i18n import install_language

    create_app()
    isolate_settings(tmp_path / "settings")
    install_language(QApplication.instance(), "ko")
    yield
    install_language(QApplication.instance(), "en")


def _window(qtbot, path, mode):
    from workbench.ui.main_window import MainWindow

    window = MainWindow(str(path), mode=mode, load_brightway=False)
    window.bw_state = "ready"
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.wait_for_pages(120)
    return window


def _run(qtbot, start, errors) -> None:
    done: list = []
    start(done.append)
    qtbot.waitUntil(lambda: bool(done or errors.items), timeout=300_000)
    assert errors.messages == []


def _collect_page(qtbot, window, key, errors) -> list[Seen]:
    window.show_step(key)
    page = window.pages[key]
    assert page.wait_loaded(120)
    if key == "footprint":
        _run(qtbot, lambda cb: page.monte_carlo(200, seed=42, on_done=cb), errors)
    elif key == "product":
        page.refresh_backgrounds()
        _run(qtbot, lambda cb: page.calculate(on_done=cb), errors)
    elif key == "certificate":
        page.lang.setCurrentIndex(page.lang.findData("ko"))
        _run(qtbot, lambda cb: page.preview(on_done=cb), errors)
    elif key == "inventory":
        page.table.selectRow(0)  # its evidence shows on the right
    qtbot.wait(50)
    seen: list[Seen] = []
    visit_tabs(page, lambda: seen.extend(visible_texts(page)))
    return [Seen(f"{key} {s.where}", s.text, s.cell) for s in seen]


def test_word_rules_for_screens():
    allowed = ui_allowlist()
    data = ["Hanbit Precision Co., Ltd.", "Diesel: delivery trucks"]
    seen = [
        Seen("QLabel", "조직: Hanbit Precision Co., Ltd."),
        Seen("cell", "Diesel: delivery trucks 2025-01", cell=True),
        Seen("QLabel", "base-year footprint (2024)"),
        Seen("cell", "scope 3 source 'Diesel: delivery trucks' is excluded", cell=True),
    ]
    assert stray_words(seen, allowed, data) == {
        "'base-year footprint (2024)' (QLabel)": ["base-year", "footprint"],
        "\"scope 3 source 'Diesel: delivery trucks' is excluded\" (cell)": [
            "excluded",
            "is",
            "scope",
            "source",
        ],
    }
    assert 10 <= len(allowed - allowlist()) <= 40  # the screens' own additions stay few


@pytest.mark.slow
def test_every_korean_screen_of_the_demo_has_no_stray_latin_word(qtbot, journey, korean):
    allowed = ui_allowlist()
    seen: list[Seen] = []
    with ErrorCapture() as errors:
        window = _window(qtbot, journey, "edit")
        seen += [Seen(f"main window {s.where}", s.text) for s in visible_texts(window.menuBar(), True)]
        for key in window.pages:
            if key != "verification":
                seen += _collect_page(qtbot, window, key, errors)
        seen += _dialog_texts(qtbot, window)
        window.close_project()
        qtbot.wait(50)
        seen += [Seen(f"welcome {s.where}", s.text) for s in visible_texts(window)]
        window.close()
        verifier = _window(qtbot, journey, "verifier")
        seen += _collect_page(qtbot, verifier, "verification", errors)
        seen += [Seen(f"status line {s.where}", s.text) for s in visible_texts(verifier.statusBar())]
        verifier.close_project()
        verifier.close()
    assert errors.messages == []
    data = [str(journey), *data_values(journey)]  # read after the visit: the documents previewed are in it
    texts = " ".join(s.text for s in seen)
    assert len(seen) > 500 and len(re.findall(r"[\uac00-\ud7a3]", texts)) > 2000
    stray = stray_words(seen, allowed, data)
    assert stray == {}, "\n".join(f"{k}  ->  {', '.join(v)}" for k, v in sorted(stray.items()))


def _dialog_texts(qtbot, window) -> list[Seen]:
    """The main dialogs, opened without their modal loop and read."""
    from workbench.services import boundary as boundary_service
    from workbench.ui.dialogs.factor_picker import FactorPicker
    from workbench.ui.dialogs.import_wizard import ImportWizard
    from workbench.ui.dialogs.kets_calculator import KetsCalculatorDialog
    from workbench.ui.dialogs.measure import MeasureDialog
    from workbench.ui.dialogs.new_project import NewProjectDialog
    from workbench.ui.dialogs.portfolio import PortfolioDialog
    from workbench.ui.dialogs.preferences import PreferencesDialog
    from workbench.ui.dialogs.source import SourceDialog

    sites = [s["code"] for s in boundary_service.list_sites(window.project)]
    source = window.pages["footprint"].source_rows[0]
    dialogs = {
        "new project": NewProjectDialog(window),
        "preferences": PreferencesDialog(window),
        "K-ETS calculator": KetsCalculatorDialog(window),
        "measure": MeasureDialog(window),
        "source": SourceDialog(window, boundary_service, sites),
        "import": ImportWizard(window.pages["inventory"]),
        "portfolio": PortfolioDialog(window.pages["offsets"]),
        "factor picker": FactorPicker(window.pages["footprint"], source),
    }
    out: list[Seen] = []
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        visit_tabs(
            dialog,
            lambda d=dialog, n=name: out.extend(Seen(f"{n} {s.where}", s.text) for s in visible_texts(d)),
        )
        dialog.reject()
        dialog.deleteLater()
    return out
