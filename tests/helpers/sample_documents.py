"""An illustrative claim for tests, previews and the benchmark (not a real organisation).

Activity quantities are made up; the factors are the published ones quoted in STANDARDS.md and
oracles.md (Korean national electricity factor 2023: 0.4173 tCO2e/MWh, so 400 MWh -> 166.92 t).
The Verra serial is the published example from oracles.md.
"""

from __future__ import annotations

from datetime import date

from forms.model import (
    ClaimDocument,
    Credit,
    Exclusion,
    FactorRef,
    Footprint,
    Kets,
    KetsItem,
    KetsSurrender,
    Line,
    ManagementPlan,
    Organisation,
    Period,
    Reduction,
    Subject,
    Target,
    TrajectoryPoint,
    VerifFinding,
    Verification,
)
from offsets.findings import INFO, WARNING, Finding

VERRA_SERIAL = "0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1"


def sample_claim(standard: str = "ISO14068-1", kind: str = "organisation") -> ClaimDocument:
    fp = Footprint(
        total_t=1234.56,
        gwp_set="AR6",
        by_scope=[Line("Scope 1", 512.34), Line("Scope 2 (market-based)", 166.92), Line("Scope 3", 555.30)],
        by_category=[
            Line("ISO 1 Direct", 512.34),
            Line("ISO 2 Imported energy", 166.92),
            Line("ISO 3 Transportation", 301.10),
            Line("ISO 4 Products used", 254.20),
        ],
        by_site=[Line("Changwon plant", 980.16), Line("Seoul office", 254.40)],
        by_gas=[Line("CO2", 1101.20), Line("CH4", 12.36), Line("N2O", 4.80), Line("HFCs", 116.20)],
        scope2_location_t=166.92,
        scope2_market_t=166.92,
        biogenic_t=3.2,
        uncertainty=(1150.10, 1322.75),
        base_year_label="2024",
        base_year_total_t=1402.10,
        method="Activity data x emission factor, GWP-100 weighting per gas (Brightway LCA over the factor library).",
        boundary="Operational control; scopes 1 and 2 in full, scope 3 categories 1, 4, 6 and 7.",
        assumptions="Refrigerant leakage from service records; commuting from a staff survey.",
        factors=[
            FactorRef(
                "Korean grid electricity 2023",
                "0.4173 tCO2e/MWh",
                "Korean national electricity factor (set 2025-12)",
            )
        ],
        exclusions=[
            Exclusion("Scope 3 cat. 12 end-of-life of sold products", "Below 1 % of the total; no data", 4.1)
        ],
    )
    return ClaimDocument(
        organisation=Organisation(
            "Hanbit Precision Co., Ltd.",
            "한빛정밀 주식회사",
            "123 Changwon-daero, Seongsan-gu, Changwon, Republic of Korea",
            "경상남도 창원시 성산구 창원대로 123",
            "KR",
            "123-45-67890",
            "Kim Minjun",
            "Chief Executive Officer",
        ),
        subject=Subject(
            kind,
            "Hanbit Precision Co., Ltd. (Korean operations)",
            "한빛정밀 주식회사 (국내 사업장)",
            markets=["KR", "EU"] if kind == "product" else ["KR"],
        ),
        period=Period("2025", date(2025, 1, 1), date(2025, 12, 31))
        if standard != "PAS2060"
        else Period("FY2024", date(2024, 1, 1), date(2024, 12, 31)),
        standard=standard,
        validation_type="third-party",
        snapshot_hash="9f2c4e1a7b3d5f60" * 4,
        file_id="4b1e0c2a-7d3f-4e5a-9c8b-1a2b3c4d5e6f",
        issued_on=date(2026, 3, 20),
        footprint=fp,
        reductions=[
            Reduction("LED retrofit", 42.5, "done", 2025),
            Reduction("Boiler heat pump", 125.04, "done", 2025),
        ],
        credits=[
            Credit(
                "Verra VCS",
                "Verra",
                "VCU",
                "VCS-0003",
                "Example wind project",
                VERRA_SERIAL,
                100,
                "2020-01-01 – 2020-12-31",
                False,
                "retired",
                date(2026, 2, 10),
                "Hanbit Precision Co., Ltd.",
                "VERRA-RET-2026-0001",
                "verra_retirement.pdf (sha256 3a7bd3e2)",
            ),
            Credit(
                "KCCI Carbon Standard",
                "KCCI",
                "KCR",
                "KCS-2021-017",
                "창원 태양광 발전 사업",
                "KCR-2023-000001-001135",
                1135,
                "2023",
                False,
                "retired",
                date(2026, 2, 12),
                "Hanbit Precision Co., Ltd.",
                "KCCI-R-2026-044",
                "kcci_receipt.pdf (sha256 91c04d77)",
            ),
        ],
        findings=[
            Finding(
                "ISO14068-1.CREDIT.REMOVAL_SHARE",
                INFO,
                "Removal share disclosed: 0.0 % of retired credits.",
                "ISO 14068-1:2023 (disclose the share of removals)",
                "claim:2025",
            ),
            Finding(
                "KETS.OFFSET.VOLUNTARY",
                WARNING,
                "Lot 4 (KCU) is flagged as used for K-ETS compliance; it is not used for this claim.",
                "K-ETS Enforcement Decree Art. 38",
                "lot:4",
            ),
        ],
        verification=Verification(
            "Lee Seoyeon",
            "Korea Verification Services",
            "KAB-GHG-0042",
            "reasonable",
            5.0,
            "unmodified",
            "ISO 14068-1:2023; ISO 14064-1:2018",
            "Hanbit Precision management, customers and the public",
            "Hanbit Precision Co., Ltd.",
            "Verify the 2025 GHG statement and the carbon-neutrality claim",
            "Scopes 1-3 as in the boundary; credits retired for the claim",
            1234.56,
            True,
            date(2026, 3, 15),
            "9f2c4e1a7b3d5f60" * 4,
            "SHA256:ab12cd34ef56",
            False,
            [
                VerifFinding(
                    "CAR-01",
                    "CAR",
                    "ISO 14064-3 6.3",
                    "Diesel invoices for March missing",
                    1.2,
                    "closed",
                    "Invoices attached",
                ),
                VerifFinding(
                    "FAR-01", "FAR", "ISO 14064-3 6.4", "Meter calibration records for 2026", None, "open"
                ),
            ],
        ),
        plan=ManagementPlan(
            "Hanbit Precision commits to carbon neutrality each year and to net zero by 2050.",
            "2025-2030, reviewed every year",
            [Target("SBTi 1.5 C absolute", "absolute", 2024, 2030, 25.2, "1, 2")],
            [
                Reduction("Rooftop solar PPA", 80.0, "planned", 2026),
                Reduction("Fleet electrification", 35.0, "planned", 2027),
            ],
            "Retire high-quality credits (ex-post, verified) for residual emissions; increase removals.",
            "Annual review after verification",
            [
                TrajectoryPoint(y, 1402.1, 1402.1 - 60 * (y - 2024), 1402.1 * (1 - 0.042 * (y - 2024)))
                for y in range(2024, 2031)
            ],
        ),
        kets=Kets(
            "KETS-0420",
            2025,
            [
                KetsItem(2, [("Changwon plant", "980.16 tCO2e; boilers x2, 85 % working rate")]),
                KetsItem(11, [("Sales", "KRW 84,200,000,000")]),
            ],
            KetsSurrender(2000000, 3, 100000, 98000, 0),
        ),
    )
