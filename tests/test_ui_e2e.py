"""The demo journey driven through every page to a certificate, only through the window.

Buttons are clicked; the modal dialogs they open (file pickers, forms, confirmations) are answered
by replacing their exec()/static calls with the answers a user would type. Long work (Brightway,
imports, portfolio, signing, PDFs) runs in worker threads and the test waits on the window.
"""

from __future__ import annotations

import csv
import datetime as dt

import pytest

pytest.importorskip("PySide6.QtWidgets")

from workbench.ui.qtfix import guard  # noqa: E402

guard()  # PySide6 6.12.0 reference-count bug: see workbench/ui/qtfix.py

from helpers.ui import ErrorCapture, isolate_settings, open_window  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

LONG = 120_000  # ms


def wait(qtbot, condition, timeout=LONG):
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_form(monkeypatch, values: dict):
    """The next simple form (ask) returns `values`."""
    from workbench.ui.dialogs import simple_form

    monkeypatch.setattr(simple_form, "ask", lambda *a, **k: dict(values))


def write_lots_csv(path, residual):
    """The demo's credit lots as a registry export in the generic template (what a user imports)."""
    from workbench.demo.offsets import _lots

    cols = [
        "registry",
        "programme",
        "unit_type",
        "serial",
        "quantity",
        "project_id",
        "project_name",
        "methodology",
        "host_country",
        "vintage_start",
        "vintage_end",
        "issuance_date",
        "kind",
        "ccp_label",
        "corsia_eligible",
        "price",
        "currency",
        "verifier",
        "project_start_date",
        "kcci_principles",
        "reduction_scope",
    ]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for lot in _lots(residual)[:4]:  # the K-ETS compliance lot is not for sale
            row = []
            for c in cols:
                v = getattr(lot, c)
                if isinstance(v, dt.date):
                    v = v.isoformat()
                elif isinstance(v, bool):
                    v = "yes" if v else "no"
                elif isinstance(v, tuple):
                    v = ";".join(v)
                row.append("" if v is None else v)
            w.writerow(row)


def test_demo_journey_to_certificate_through_widgets(qtbot, tmp_path, bw, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from workbench.ui.dialogs import demo as demo_dialog
    from workbench.ui.dialogs.exchange import ExchangeDialog
    from workbench.ui.dialogs.measure import MeasureDialog
    from workbench.ui.dialogs.portfolio import PortfolioDialog

    isolate_settings(tmp_path / "settings")
    monkeypatch.setenv("CNW_KEY_DIR", str(tmp_path / "keys"))
    monkeypatch.setattr(demo_dialog, "demo_dir", lambda: tmp_path / "demo")
    with ErrorCapture() as errors:
        w = open_window(qtbot)
        w.bw_state = "ready"  # the `bw` fixture has set Brightway up

        # -- start: open the demo from the welcome page (built in a worker) --------------------
        click(qtbot, w.welcome.demo_button)
        wait(qtbot, lambda: w.project is not None or errors.items)
        assert not errors.items, errors.messages
        path = w.project.path
        assert w.wait_for_statuses()
        assert w.navigator.status("boundary") == "done" and w.navigator.status("inventory") == "done"

        # -- 1 boundary and 2 inventory: the demo data is there ----------------------------------
        w.show_step("boundary")
        assert len(w.pages["boundary"].source_items) >= 15
        w.show_step("inventory")
        assert w.pages["inventory"].model.total > 100

        # -- 3 footprint: assign factors, report the base year, recalculate in a worker ------------
        from workbench.demo.footprint import DEMO_FACTORS
        from workbench.ui.dialogs.factor_picker import FactorPicker

        fp = w.pages["footprint"]
        w.show_step("footprint")
        for code, factor_id in DEMO_FACTORS.items():

            def pick(dialog, factor_id=factor_id):
                dialog.select(factor_id)
                return 1

            monkeypatch.setattr(FactorPicker, "exec", pick)
            fp.factors.selectRow(next(r for r, s in enumerate(fp.source_rows) if s["code"] == code))
            click(qtbot, fp.assign_button)
        assert not errors.items, errors.messages
        assert {
            s["code"]: s["factor_id"] for s in fp.source_rows if s["code"] in DEMO_FACTORS
        } == DEMO_FACTORS
        click(qtbot, fp.report_base_button)
        wait(
            qtbot, lambda: errors.items or w.project.one("SELECT count(*) n FROM footprint_reports")["n"] == 1
        )
        assert not errors.items, errors.messages
        click(qtbot, fp.recalc_button)
        wait(qtbot, lambda: (fp.result is not None and not fp.result.stale) or errors.items)
        assert not errors.items, errors.messages
        total = fp.result.total
        assert total > 1000 and fp.values["total"].text() == f"{total:,.1f}"
        assert fp.values["scope2_location"].text() != fp.values["scope2_market"].text() or True
        assert fp.chart.png  # the breakdown chart was drawn
        fp.mc_iterations.setValue(200)
        click(qtbot, fp.mc_button)
        wait(qtbot, lambda: (fp.mc is not None and not fp.loading) or errors.items)  # shown once loaded
        low, high = fp.mc["total"]["p2_5"], fp.mc["total"]["p97_5"]
        assert low < total < high
        assert fp.values["uncertainty"].text() == f"{low:,.1f} to {high:,.1f} (200 runs)"
        assert w.wait_for_statuses()
        assert w.navigator.status("footprint") == "done"

        # -- product LCA: a small system on the shipped factor library -------------------------------
        pr = w.pages["product"]
        w.show_step("product")
        click(qtbot, pr.shipped_button)
        wait(
            qtbot,
            lambda: pr.backgrounds.count() and "installed" in pr.backgrounds.item(0).text() or errors.items,
        )
        answer_form(monkeypatch, {"name": "Gear blank", "fu": "1 gear blank"})
        click(qtbot, pr.new_button)
        assert pr.selected_name() == "Gear blank"

        def fill_exchange(dialog):
            dialog.kind.setCurrentIndex(dialog.kind.findData("background"))
            dialog.search.setText("Korea national grid electricity 2023")
            dialog.run_search()
            dialog.amount.setValue(6.5)
            dialog.unit.setText("kWh")
            return 1

        monkeypatch.setattr(ExchangeDialog, "exec", fill_exchange)
        pr.editor.setCurrentItem(pr.editor.topLevelItem(0))
        click(qtbot, pr.add_exchange_button)
        assert not errors.items, errors.messages
        assert pr.editor.topLevelItem(0).childCount() == 1
        click(qtbot, pr.calc_button)
        wait(qtbot, lambda: pr.result is not None or errors.items)
        assert not errors.items, errors.messages
        # 6.5 kWh x 0.4173 kg CO2e/kWh (Korean grid 2023, STANDARDS.md) = 2.712 kg CO2e
        assert pr.result.score == pytest.approx(6.5 * 0.4173, rel=1e-3)
        assert pr.tree.topLevelItemCount() == 1
        # a variant with less electricity, compared stage by stage
        answer_form(monkeypatch, {"name": "Gear blank (low-energy)", "fu": "1 gear blank"})
        click(qtbot, pr.new_button)

        def fill_less(dialog):
            fill_exchange(dialog)
            dialog.amount.setValue(5.0)
            return 1

        monkeypatch.setattr(ExchangeDialog, "exec", fill_less)
        pr.editor.setCurrentItem(pr.editor.topLevelItem(0))
        click(qtbot, pr.add_exchange_button)
        pr.select("Gear blank")
        pr.compare_with.setCurrentIndex(pr.compare_with.findText("Gear blank (low-energy)"))
        click(qtbot, pr.compare_button)
        wait(qtbot, lambda: pr.comparison.rowCount() > 0 or errors.items)
        assert not errors.items, errors.messages
        assert pr.tabs.currentIndex() == 3
        # (5.0 - 6.5) kWh x 0.4173 kg CO2e/kWh = -0.626 kg CO2e per gear blank
        diffs = [pr.comparison.item(r, 3).text() for r in range(pr.comparison.rowCount())]
        assert "-0.626" in diffs, diffs
        pr.select("Gear blank")
        monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *a, **k: (48000.0, True)))
        click(qtbot, pr.sales_button)
        assert pr.svc.units_sold(w.project, "Gear blank") == 48000.0
        w.undo_stack.undo()  # the product page's edits round-trip too
        assert pr.svc.units_sold(w.project, "Gear blank") == 0.0
        w.undo_stack.redo()
        assert pr.svc.units_sold(w.project, "Gear blank") == 48000.0

        # -- 4 reduction plan: measures, target, management plan ---------------------------------------
        from workbench.demo.plan import MEASURES, PLAN_TEXT

        pl = w.pages["plan"]
        w.show_step("plan")
        for spec in MEASURES:

            def fill_measure(dialog, spec=spec):
                dialog.name.setText(spec["name"])
                dialog.sources.setText(", ".join(spec["sources"]))
                dialog.kind.setCurrentIndex(dialog.kind.findData(spec.get("kind", "pct")))
                dialog.abatement.setValue(spec["abatement"])
                dialog.capex.setValue(spec.get("capex", 0))
                dialog.opex.setValue(spec.get("opex_change", 0))
                dialog.lifetime.setValue(spec.get("lifetime", 10))
                dialog.start.setValue(spec["start_year"])
                dialog.status.setCurrentIndex(dialog.status.findData(spec.get("status", "planned")))
                return 1

            monkeypatch.setattr(MeasureDialog, "exec", fill_measure)
            click(qtbot, pl.add_button)
        assert pl.table.rowCount() == len(MEASURES), errors.messages
        pl.base_year.setValue(2024)
        pl.target_year.setValue(2030)
        pl.pathway.setCurrentIndex(pl.pathway.findData("sbti_1.5c"))
        pl.scopes.setText("1, 2")
        click(qtbot, pl.set_target_button)
        for section, texts in PLAN_TEXT.items():
            pl.section.setCurrentIndex(pl.section.findData(section))
            pl.text_en.setPlainText(texts.get("en", ""))
            pl.text_ko.setPlainText(texts.get("ko", ""))
            click(qtbot, pl.save_text)
        assert pl.wait_loaded()  # the management plan is built in a worker
        assert pl.macc_chart.png and pl.trajectory_chart.png
        assert not errors.items, errors.messages

        # -- 5 offsets: claim, import, portfolio, retire ------------------------------------------------
        of = w.pages["offsets"]
        w.show_step("offsets")
        base = next(per for per in w.project.periods() if per["is_base_year"])
        reductions = fp.svc.latest(w.project, period_id=base["id"]).total - total  # base year minus 2025
        assert reductions > 0
        answer_form(
            monkeypatch,
            {"declaration_date": "2026-03-31", "reductions_t": f"{reductions:.1f}", "first_period": "yes"},
        )
        click(qtbot, of.claim_button)
        residual = of.svc.coverage(w.project).residual_t
        assert residual == pytest.approx(total)
        lots_csv = tmp_path / "registry_export.csv"
        write_lots_csv(lots_csv, residual)
        monkeypatch.setattr(
            QFileDialog,
            "getOpenFileName",
            staticmethod(lambda *a, **k: (str(lots_csv), "Generic template (*.csv *.xlsx)")),
        )
        click(qtbot, of.import_button)
        wait(qtbot, lambda: of.lots.rowCount() == 4 or errors.items)
        assert not errors.items, errors.messages

        def choose_portfolio(dialog):
            dialog.removal.setValue(10)
            dialog.vintage_from.setValue(2021)
            dialog.max_project.setValue(60)
            dialog.select_button.click()
            wait(qtbot, lambda: dialog.apply_button.isEnabled() or errors.items)
            dialog.apply_button.click()
            return 1

        monkeypatch.setattr(PortfolioDialog, "exec", choose_portfolio)
        click(qtbot, of.portfolio_button)
        planned = [lot for lot in of.svc.list_lots(w.project) if lot.status == "planned"]
        assert planned and sum(lot.quantity for lot in planned) >= residual, errors.messages
        org = w.project.one("SELECT name FROM organisation")["name"]
        for n, lot in enumerate(planned, start=1):
            receipt = tmp_path / f"receipt-{lot.id}.txt"
            receipt.write_text(
                f"Registry retirement receipt\nSerial: {lot.serial}\nBeneficiary: {org}\n", encoding="utf-8"
            )
            row = next(r for r in range(of.lots.rowCount()) if of.lots.item(r, 0).text() == str(lot.id))
            of.lots.setCurrentCell(row, 0)
            answer_form(
                monkeypatch,
                {
                    "date": f"2026-03-{15 + n:02d}",
                    "beneficiary": org,
                    "reference": f"RET-2026-{lot.id:05d}",
                    "receipt": str(receipt),
                },
            )
            click(qtbot, of.retire_button)
        assert of.svc.coverage(w.project).covered, errors.messages
        assert w.wait_for_statuses()
        assert w.navigator.status("offsets") == "done", w.navigator.states["offsets"]

        # -- 6 verification: reopen as the verifier -----------------------------------------------------
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
        w.act_open_verifier.trigger()
        assert w.mode == "verifier"
        assert w.status.mode_label.text() == "Mode: verifier"
        vp = w.pages["verification"]
        w.show_step("verification")
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Lee Seo-yeon", True)))
        click(qtbot, vp.create_key_button)
        assert vp.key_ is not None
        vp.verifier_name.setText("Lee Seo-yeon (이서연)")
        vp.body.setText("Demo Verification Services Co. (fictional)")
        vp.accreditation.setText("DEMO-GHG-000")
        click(qtbot, vp.start_button)
        vp.level.setCurrentIndex(vp.level.findData("reasonable"))
        vp.materiality_pct.setValue(5.0)
        vp.criteria.setText("ISO14068-1, ISO14064-1")
        click(qtbot, vp.set_plan_button)
        vp.sample_n.setValue(8)
        vp.sample_seed.setText("20250131")
        click(qtbot, vp.draw_button)
        wait(qtbot, lambda: vp.items.rowCount() == 8 or errors.items)
        assert not errors.items, errors.messages
        for r in range(vp.items.rowCount()):
            vp.items.setCurrentCell(r, 0)
            item = vp.item_rows[r]
            has_evidence = bool(vp.svc.evidence(w.project, item["tbl"], item["row_id"]))
            click(qtbot, vp.vouch_buttons["agreed" if has_evidence else "no_evidence"])
        assert not errors.items, errors.messages
        answer_form(
            monkeypatch,
            {
                "kind": "FAR",
                "description": "Meter calibration certificates for 2026",
                "clause": "ISO 14064-3:2019 6.3",
                "impact": "",
            },
        )
        click(qtbot, vp.raise_button)
        assert vp.findings.rowCount() == 1 and vp.findings.item(0, 1).text() == "FAR"
        vp.opinion.setCurrentIndex(vp.opinion.findData("unmodified"))
        click(qtbot, vp.opinion_button)
        monkeypatch.setattr(
            QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
        )
        click(qtbot, vp.sign_button)
        wait(qtbot, lambda: (not vp.loading and vp.st is not None and vp.st.signed) or errors.items)
        assert not errors.items, errors.messages
        assert w.wait_for_statuses()
        assert w.status.signed_label.text() == "Signed; data unchanged"

        # -- 7 certificate: back in edit mode, export and check ----------------------------------------
        w.act_open.trigger()
        assert w.mode == "edit"
        cp = w.pages["certificate"]
        w.show_step("certificate")
        assert cp.wait_loaded()  # the claim gate is read in a worker
        assert cp.refusals.rowCount() == 0, [
            cp.refusals.item(r, 2).text() for r in range(cp.refusals.rowCount())
        ]
        assert cp.gate.text() == "The claim passes every rule: the certificate can be issued."
        cp.kind.setCurrentIndex(cp.kind.findData("certificate"))
        cp.lang.setCurrentIndex(cp.lang.findData("ko"))
        issued_before = cp.issued.rowCount()
        click(qtbot, cp.preview_button)
        wait(qtbot, lambda: cp.page_count >= 1 or errors.items)
        assert cp.wait_loaded() and cp.issued.rowCount() == issued_before  # a preview is not issued
        out = tmp_path / "certificate-ko.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
        click(qtbot, cp.export_button)
        wait(qtbot, lambda: out.exists() and cp.issued.rowCount() == issued_before + 1 or errors.items)
        assert not errors.items, errors.messages
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(out), "")))
        click(qtbot, cp.check_button)
        assert cp.check_result.toPlainText().startswith("Matches the project.")
        assert w.wait_for_statuses()
        assert w.navigator.status("certificate") == "done"
        from pypdf import PdfReader

        text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
        assert w.project.snapshot_hash()[:16] in text.replace("\n", "")

        # -- after sign-off: an edit shows as "signed data changed"; undo brings it back -------------
        inv = w.pages["inventory"]
        w.show_step("inventory")
        model = inv.model
        from workbench.ui.models.ledger_model import COLUMNS

        model.setData(model.index(0, COLUMNS.index("quantity")), "1")
        assert w.wait_for_statuses()
        assert w.status.signed_label.text() == "Signed data changed since sign-off"
        w.show_step("footprint")
        assert fp.wait_loaded()
        assert fp.stale.text().startswith("Out of date"), fp.stale.text()
        assert fp.values["total"].styleSheet().endswith("color: #9aa0a6;")  # greyed, never shown as current
        w.show_step("inventory")
        assert w.wait_for_statuses()
        assert w.navigator.status("verification") == "issues"
        w.undo_stack.undo()
        assert w.wait_for_statuses()
        assert w.status.signed_label.text() == "Signed; data unchanged"
        assert not errors.items, errors.messages
        w.close_project()
