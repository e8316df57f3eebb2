"""Who published an emission factor, which edition, under which licence: the QES's provenance table.

The factor library records a long source note per factor (including how the values reached the
workbench: the package or file they were transcribed from). A reader of a QES needs the publisher,
the edition and the licence; this catalogue, keyed by the factor id's prefix, gives them in
English and Korean. A factor whose prefix is not listed prints its recorded source and year.
"""

from __future__ import annotations

from dataclasses import dataclass

from forms.model import FactorRef


@dataclass(frozen=True)
class Publisher:
    name: tuple[str, str]  # (English, Korean)
    edition: tuple[str, str]
    licence: tuple[str, str]


_US_PD = ("US government work (public domain)", "미국 정부 저작물(저작권 없음)")
_OGL = ("Open Government Licence v3.0 (Crown copyright)", "영국 공공정보 이용허락 OGL v3.0")
_FACTS = ("published figure (facts), cited", "공표된 수치(사실 정보), 인용")

# prefix of the factor id -> publisher; the longest matching prefix wins
CATALOGUE: dict[str, Publisher] = {
    "epa.": Publisher(
        ("US EPA, GHG Emission Factors Hub", "미국 환경보호청(EPA) 온실가스 배출계수 허브"),
        ("2025 edition", "2025년판"),
        _US_PD,
    ),
    "us.epa.sef": Publisher(
        (
            "US EPA, Supply Chain GHG Emission Factors for US Industries and Commodities",
            "미국 환경보호청(EPA) 산업·상품별 공급망 배출계수",
        ),
        ("v1.3.0, 2022 USD, with margins", "v1.3.0, 2022년 미국 달러 기준, 유통 마진 포함"),
        _US_PD,
    ),
    "uk.desnz": Publisher(
        (
            "UK Government (DESNZ), GHG Conversion Factors for Company Reporting",
            "영국 에너지안보·넷제로부(DESNZ) 기업 보고용 온실가스 환산계수",
        ),
        ("2025, flat file version 1", "2025년판, 1차 배포본"),
        _OGL,
    ),
    "kr.elec": Publisher(
        (
            "Ministry of Environment / GIR, national electricity emission factor",
            "환경부 온실가스종합정보센터(GIR) 국가 전력 배출계수",
        ),
        ("2023 value, set 2025-12", "2023년 값(2025년 12월 확정)"),
        _FACTS,
    ),
    "refrig.": Publisher(
        ("ASHRAE Standard 34 (refrigerant composition)", "ASHRAE 34 표준(냉매 조성)"),
        ("current designation tables", "현행 냉매 분류표"),
        ("composition facts, cited", "조성 사실 정보, 인용"),
    ),
}

# units of activity as read in each language (the unit codes of the factor library)
UNITS: dict[str, tuple[str, str]] = {
    "short_ton_mile": ("short ton-mile", "숏톤·마일"),
    "passenger_mile": ("passenger-mile", "인·마일"),
    "short_ton": ("short ton", "숏톤"),
    "tonne_km": ("tonne-km", "톤·km"),
    "passenger_km": ("passenger-km", "인·km"),
    "vehicle_km": ("vehicle-km", "대·km"),
    "vehicle_mile": ("vehicle-mile", "대·마일"),
    "gallon": ("US gallon", "미국 갤런"),
    "scf": ("scf (standard cubic foot)", "표준 입방피트(scf)"),
    "tonne": ("t", "t"),
    "kg": ("kg", "kg"),
    "L": ("L", "L"),
    "litre": ("L", "L"),
    "MWh": ("MWh", "MWh"),
    "kWh": ("kWh", "kWh"),
    "USD": ("USD", "USD"),
    "km": ("km", "km"),
    "Nm3": ("Nm3", "Nm3"),
}

# gases as printed: the library's "CH4_fossil" is methane of fossil origin; "CO2e" as a gas is a
# factor published only as CO2e (not split by gas)
GASES: dict[str, tuple[str, str]] = {
    "CH4_fossil": ("CH4 (fossil)", "CH4 (화석 기원)"),
    "CH4_non_fossil": ("CH4 (non-fossil)", "CH4 (비화석 기원)"),
    "CH4_biogenic": ("CH4 (biogenic)", "CH4 (생물 기원)"),
    "CO2e": ("CO2e (factor not split by gas)", "CO2e (가스별로 나뉘지 않은 계수)"),
}


def _i(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "ko" else pair[0]


def publisher(factor_id: str) -> Publisher | None:
    best = None
    for prefix, pub in CATALOGUE.items():
        if factor_id.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, pub)
    return None if best is None else best[1]


def unit_label(unit: str, lang: str) -> str:
    return _i(UNITS[unit], lang) if unit in UNITS else unit


def gas_label(gas: str, lang: str) -> str:
    return _i(GASES[gas], lang) if gas in GASES else gas


def rows(f: FactorRef, lang: str) -> tuple[str, str, str]:
    """(publisher, edition, licence) of a factor."""
    pub = publisher(f.factor_id)
    if pub is not None:
        return _i(pub.name, lang), _i(pub.edition, lang), _i(pub.licence, lang)
    return f.source.split(" (")[0], f.year or "-", f.licence or "-"
