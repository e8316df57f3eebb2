"""The product page's background imports (issue 13): a file or a folder (an ecospold2 release),
with progress and cancel, linked to databases already in the Brightway project or to the file's own
activities; exchanges that cannot be linked go to :class:`UnlinkedDialog` (refuse, link or drop,
through the service's own options); and "Build full biosphere..." (the service behind
``cnw lca setup --full``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from workbench.services import product as product_service

from .. import brightway
from ..dialogs.unlinked import UnlinkedDialog
from ..i18n import tr

FORMATS = (("ecospold2", "ecospold2"), ("simapro_csv", "SimaPro CSV"), ("excel", "Excel"))


def guess_format(path: str) -> str:
    p = Path(path)
    suffix = p.suffix.lower()
    if p.is_dir() or suffix in (".spold", ".xml"):
        return "ecospold2"
    return "simapro_csv" if suffix == ".csv" else "excel"


class ImportBackgroundDialog(QDialog):
    """Path (file or folder), format, name, version, licence and the databases to link to."""

    def __init__(self, parent, databases: list[str]):
        super().__init__(parent)
        self.setWindowTitle(tr("Import background database"))
        v = QVBoxLayout(self)
        form = QFormLayout()
        self.path = QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        self.file_button = QPushButton(tr("File..."))
        self.folder_button = QPushButton(tr("Folder..."))
        self.file_button.clicked.connect(self._pick_file)
        self.folder_button.clicked.connect(self._pick_folder)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        form.addRow(tr("File or folder"), row)
        self.format = QComboBox()
        for key, label in FORMATS:
            self.format.addItem(label, key)
        form.addRow(tr("Format"), self.format)
        self.name = QLineEdit()
        form.addRow(tr("Database name"), self.name)
        self.version = QLineEdit()
        form.addRow(tr("Version"), self.version)
        self.licensed = QCheckBox(tr("Licensed data (e.g. ecoinvent)"))
        form.addRow("", self.licensed)
        v.addLayout(form)
        v.addWidget(QLabel(tr("Link the file's inputs to (none checked: the file's own activities only)")))
        self.link_to = QListWidget()
        for db in databases:
            item = QListWidgetItem(db)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.link_to.addItem(item)
        v.addWidget(self.link_to, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        self.path.textChanged.connect(self._path_changed)
        self.resize(560, 420)

    def _path_changed(self, text: str) -> None:
        if text:
            self.format.setCurrentIndex(self.format.findData(guess_format(text)))
            if not self.name.text():
                self.name.setText(Path(text).stem)

    def _pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import background database"), "", "LCI (*.spold *.xml *.csv *.xlsx)"
        )
        if path:
            self.path.setText(path)

    def _pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("ecospold2 release folder"))
        if path:
            self.path.setText(path)

    def check(self, db: str, on: bool = True) -> None:
        item = self.link_to.findItems(db, Qt.MatchFlag.MatchExactly)[0]
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def values(self) -> dict:
        checked = [
            self.link_to.item(i).text()
            for i in range(self.link_to.count())
            if self.link_to.item(i).checkState() == Qt.CheckState.Checked
        ]
        return {
            "path": self.path.text().strip(),
            "fmt": self.format.currentData(),
            "name": self.name.text().strip(),
            "version": self.version.text().strip(),
            "licensed": self.licensed.isChecked(),
            "link_to": checked,
        }


class ProductImportActions:
    """Mixed into ProductPage (needs ``self.project``, ``self.long``, ``self.refresh``)."""

    import_dialog = None
    unlinked_dialog = None

    def _brightway_databases(self) -> list[str]:
        """Databases in the Brightway project that inputs can come from (not the biosphere ones)."""
        if self.window_.bw_state != "ready":
            return []
        return product_service.linkable_databases()

    def background_dialog(self) -> None:
        """Open the import dialog (modeless: ``self.import_dialog``); OK starts the import."""
        dialog = ImportBackgroundDialog(self, self._brightway_databases())
        self.import_dialog = dialog

        def finished(code):
            v = dialog.values()
            if code and v["path"] and v["name"]:
                self.import_background(**v)

        dialog.finished.connect(finished)
        dialog.open()

    def import_background(
        self,
        path,
        fmt: str,
        name: str,
        version: str = "",
        licensed: bool = False,
        link_to=(),
        links=None,
        unlinked: str = "refuse",
        on_done=None,
    ):
        title = tr("Importing background database")

        def done(summary):
            self.refresh()
            if on_done:
                on_done(summary)

        def failed(exc):
            if isinstance(exc, product_service.ProductError) and getattr(exc, "unlinked", None):
                self._ask_unlinked(
                    exc,
                    dict(
                        path=path,
                        fmt=fmt,
                        name=name,
                        version=version,
                        licensed=licensed,
                        link_to=list(link_to),
                        on_done=on_done,
                    ),
                )
                return
            from ..errors import show_error

            show_error(self, exc, title)

        return self.long(
            title,
            brightway.run,
            product_service.import_background,
            self.project,
            str(path),
            fmt,
            name,
            version=version,
            licensed=licensed,
            link_to=list(link_to),
            links=links,
            unlinked=unlinked,
            on_done=done,
            on_error=failed,
        )

    def _candidates(self, databases: list[str]):
        def find(ex) -> list[tuple[str, str]]:
            dbs = ["biosphere3"] if ex.type == "biosphere" else databases
            out = []
            for db in dbs:
                try:
                    rows = product_service.search_background(
                        db, ex.name
                    ) or product_service.search_background(db, "", limit=50)
                except product_service.ProductError:
                    continue
                out += [
                    (f"{r['name']} [{r['location'] or ''}] {r['unit'] or ''} ({db})", f"{db}|{r['code']}")
                    for r in rows
                ]
            return out

        return find

    def _ask_unlinked(self, exc, request: dict) -> None:
        databases = request["link_to"] or [d for d in self._brightway_databases() if d != request["name"]]
        dialog = UnlinkedDialog(
            self,
            exc.unlinked,
            self._candidates(databases),
            needs_full_biosphere="full biosphere3" in str(exc),
            build_biosphere=self.build_full_biosphere,
        )
        self.unlinked_dialog = dialog

        def finished(code):
            if code and not dialog.refused:
                links, unlinked = dialog.choice()
                self.import_background(**request, links=links or None, unlinked=unlinked)

        dialog.finished.connect(finished)
        dialog.open()

    def build_full_biosphere(self, on_done=None):
        """The full biosphere3 (``cnw lca setup --full``), with progress and cancel."""

        def done(built):
            self.biosphere_note.setText(
                tr("Built the full biosphere3.") if built else tr("The full biosphere3 is already built.")
            )
            if on_done:
                on_done(built)

        return self.long(
            tr("Building the full biosphere3"),
            brightway.run,
            product_service.build_full_biosphere,
            on_done=done,
        )
