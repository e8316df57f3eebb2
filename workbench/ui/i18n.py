"""English / Korean UI: Qt translations plus locale-aware numbers and dates.

Every user-visible string in workbench/ui goes through `tr("...")` (context "cnw"). The Korean
catalogue is `resources/translations/cnw_ko.ts` (Qt Linguist format), compiled to `cnw_ko.qm` by
`python -m workbench.ui.i18n_tools` (which runs the `pyside6-lrelease` shipped with PySide6).
Domain terms (verifier, base year, materiality, ...) take their Korean from the one Korean glossary,
`resources/translations/glossary_ko.tsv`, which the printed documents use too: after editing the
glossary run `tools/sync_glossary.py`, which rewrites those entries of the .ts and recompiles the .qm
(tests/test_glossary.py fails while the two disagree).
"""

from __future__ import annotations

from pathlib import Path

from resources import path as resource_path

CONTEXT = "cnw"
LANGUAGES = {"en": "English", "ko": "한국어"}
TRANSLATION_DIR = resource_path("translations")

_installed: list = []  # translators currently installed on the application
_current = {"lang": "en"}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` into the current UI language (returns `text` when untranslated)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def tr_noop(text: str) -> str:
    """Mark a string for the catalogue without translating it here (translate later with tr)."""
    return text


def current_language() -> str:
    return _current["lang"]


def qm_path(lang: str) -> Path:
    """The compiled catalogue of `lang` (for Korean, glossary terms included: tools/sync_glossary.py)."""
    return TRANSLATION_DIR / f"cnw_{lang}.qm"


def install_language(app, lang: str) -> None:
    """Switch the UI language: our catalogue, Qt's own dialogs, and the number/date locale.

    Installing a translator makes Qt send LanguageChange events; the main window rebuilds its
    texts on that event.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if not ours.load(str(qm_path(lang))):
            raise RuntimeError(f"{qm_path(lang)}: translation file missing or unreadable")
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        app.installTranslator(ours)
        _installed.append(ours)
    QLocale.setDefault(ui_locale(lang))
    _current["lang"] = lang


_locales: dict = {}


def ui_locale(lang: str | None = None):
    """The QLocale for numbers and dates in `lang` (default: the current UI language)."""
    from PySide6.QtCore import QLocale

    lang = lang or _current["lang"]
    if lang not in _locales:
        if lang == "ko":
            _locales[lang] = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
        else:
            _locales[lang] = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return _locales[lang]


def fmt_number(value, decimals: int | None = 2) -> str:
    """Format a number with the UI locale's separators; '' for None.

    decimals=None gives the shortest exact form (e.g. 1.8, 65,000,000) for data as entered.
    """
    from PySide6.QtCore import QLocale

    if value is None or value == "":
        return ""
    if decimals is None:
        decimals = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return ui_locale().toString(float(value), "f", decimals)


def fmt_datetime(value) -> str:
    """An ISO timestamp in the UI locale's short date and time (pass through when unparseable)."""
    from PySide6.QtCore import QDateTime

    if not value:
        return ""
    text = str(value).replace("Z", "+00:00")
    dt = QDateTime.fromString(text[:19], "yyyy-MM-ddTHH:mm:ss")
    if not dt.isValid():
        return str(value)
    if str(value).endswith("Z") or "+00:00" in text:
        from PySide6.QtCore import QTimeZone

        dt.setTimeZone(QTimeZone.utc())
        dt = dt.toLocalTime()
    return ui_locale().toString(dt, _date_format() + " HH:mm")


def _date_format() -> str:
    """ISO dates in English (what verifiers and auditors read unambiguously); in other languages the
    locale's short form with the year written out (Korean ``2025. 3. 1.``), never a 2-digit year."""
    from PySide6.QtCore import QLocale

    if current_language() == "en":
        return "yyyy-MM-dd"
    text = ui_locale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def fmt_int(value) -> str:
    if value is None or value == "":
        return ""
    return ui_locale().toString(int(value))


def fmt_date(value) -> str:
    """Format an ISO date (str or date) for the UI (see :func:`_date_format`); pass through garbage."""
    from PySide6.QtCore import QDate

    if not value:
        return ""
    text = str(value)[:10]
    d = QDate.fromString(text, "yyyy-MM-dd")
    if not d.isValid():
        return str(value)
    return ui_locale().toString(d, _date_format())


def parse_number(text: str) -> float:
    """Parse a number typed in the UI locale (e.g. '1,234.5' or '1.234,5'); ValueError if not."""
    value, ok = ui_locale().toDouble(text.strip())
    if not ok:
        try:
            return float(text.strip().replace(",", ""))
        except ValueError:
            raise ValueError(tr("'{0}' is not a number").format(text)) from None
    return value
