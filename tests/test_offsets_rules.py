"""One case per rule: the rule fires on a violating lot/claim (citing its clause) and stays silent
on a compliant one."""

import datetime as dt
from dataclasses import replace

import pytest

from offsets.findings import ERROR, INFO, WARNING, Finding, sort_findings, worst
from offsets.lots import CreditLot
from offsets.rules import ClaimContext, check
from offsets.rules.context import ISO14068_RETIREMENT_MONTHS, ISO14068_WINDOW_SETTING
from offsets.rules.kets import surrender_findings

D = dt.date
CLAIMANT = "Hanbit Precision Co., Ltd."


def verra(**kw):
    base = CreditLot(
        "Verra",
        "VCS",
        "VCU",
        "0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1",
        100,
        id=1,
        host_country="US",
        vintage_start=D(2020, 1, 1),
        vintage_end=D(2020, 12, 31),
        issuance_date=D(2021, 5, 1),
        verifier="VVB",
        status="retired",
        retirement_date=D(2026, 2, 1),
        beneficiary=CLAIMANT,
        claim_period_id=1,
        price=10.0,
        project_id="3",
    )
    return replace(base, **kw)


def kcr(**kw):
    base = CreditLot(
        "KCCI",
        "KCS",
        "KCR",
        "KCCI/KCR-2023-P0042/1-100",
        100,
        id=2,
        host_country="KR",
        vintage_start=D(2023, 1, 1),
        vintage_end=D(2023, 12, 31),
        issuance_date=D(2024, 3, 1),
        verifier="KTL",
        project_start_date=D(2019, 1, 1),
        reduction_scope=3,
        kcci_principles=("practicality", "additionality", "sustainability", "verifiability"),
    )
    return replace(base, **kw)


def cra(**kw):
    base = CreditLot(
        "MyCarbon",
        "MYCARBON",
        "CRA",
        "MYCARBON/CRA-2024-00012/1-80",
        80,
        id=3,
        annual_volume_t=80,
        project_scale="small",
        committee_approved=None,
        activity_type="solar_rooftop",
        vintage_end=D(2024, 12, 31),
        issuance_date=D(2025, 2, 1),
        verifier="x",
    )
    return replace(base, **kw)


def kcu(**kw):
    base = CreditLot(
        "GIR",
        "KETS",
        "KCU",
        "GIR/KCU-2025-0031/1-600",
        600,
        id=4,
        origin="domestic",
        vintage_start=D(2025, 1, 1),
        vintage_end=D(2025, 12, 31),
        issuance_date=D(2026, 4, 30),
        koc_issuance_date=D(2024, 4, 30),
        conversion_date=D(2026, 7, 1),
        verifier="x",
    )
    return replace(base, **kw)


def ctx(**kw):
    base = ClaimContext(
        standard="ISO14068-1",
        claimant=CLAIMANT,
        period_start=D(2025, 1, 1),
        period_end=D(2025, 12, 31),
        declaration_date=D(2026, 3, 31),
        residual_t=100,
        claim_period_id=1,
        first_period=True,
        reductions_t=50.0,
        as_of=D(2026, 6, 1),
    )
    return replace(base, **kw)


def fired(findings, rule):
    return [f for f in findings if f.rule_id == rule]


# (rule id, compliant lots, violating lots, context for compliant, context for violating, clause words, severity)
CASES = [
    ("SERIAL.FORMAT", [verra()], [verra(serial="0001-000001-VCS-VCU")], None, None, "serial format", ERROR),
    ("SERIAL.QUANTITY", [verra()], [verra(quantity=99)], None, None, "counting convention", ERROR),
    ("SERIAL.FIELDS", [verra()], [verra(host_country="IN")], None, None, "serial format", WARNING),
    ("CLAIM.PROGRAMME", [verra()], [verra()], None, {"accepted_programmes": ("GS",)}, "ISO 14068-1", ERROR),
    ("CLAIM.BENEFICIARY", [verra()], [verra(beneficiary="Someone Else")], None, None, "ISO 14068-1", ERROR),
    (
        "CLAIM.COVERAGE",
        [verra()],
        [verra(status="planned", retirement_date=None)],
        None,
        None,
        "residual",
        ERROR,
    ),
    ("ISO.EX_POST", [verra()], [verra(issuance_date=D(2020, 6, 1))], None, None, "ex-post", ERROR),
    ("ISO.VERIFIED", [verra()], [verra(verifier=None)], None, None, "independently verified", ERROR),
    (
        "ISO.RETIRED_BEFORE_CLAIM",
        [verra()],
        # after the [unconfirmed] window: 12 months after the period end 2025-12-31
        [verra(retirement_date=D(2027, 1, 1))],
        None,
        None,
        "retired",
        ERROR,
    ),
    ("ISO.OFFSETS_ONLY", [verra()], [verra()], None, {"reductions_t": None}, "reduce first", ERROR),
    (
        "PAS.WITHDRAWN",
        [verra()],
        [verra()],
        {"standard": "PAS2060", "period_end": D(2024, 12, 31)},
        {"standard": "PAS2060"},
        "withdrawal",
        ERROR,
    ),
    (
        "PAS.EX_POST",
        [verra()],
        [verra(issuance_date=D(2020, 6, 1))],
        {"standard": "PAS2060", "period_end": D(2024, 12, 31)},
        {"standard": "PAS2060", "period_end": D(2024, 12, 31)},
        "PAS 2060",
        ERROR,
    ),
    (
        "PAS.RETIREMENT_WINDOW",
        [verra(retirement_date=D(2027, 3, 31))],
        [verra(retirement_date=D(2027, 4, 1))],
        {"standard": "PAS2060", "period_end": D(2024, 12, 31)},
        {"standard": "PAS2060", "period_end": D(2024, 12, 31)},
        "within 12 months",
        ERROR,
    ),
    (
        "PAS.OFFSETS_ONLY",
        [verra()],
        [verra()],
        {"standard": "PAS2060", "period_end": D(2024, 12, 31), "first_period": False},
        {"standard": "PAS2060", "period_end": D(2024, 12, 31), "first_period": False, "reductions_t": 0},
        "first period",
        ERROR,
    ),
    ("KCCI.START_DATE", [kcr()], [kcr(project_start_date=D(2010, 4, 13))], None, None, "2010-04-14", ERROR),
    (
        "KCCI.PRINCIPLES",
        [kcr()],
        [kcr(kcci_principles=("practicality", "verifiability"))],
        None,
        None,
        "four principles",
        ERROR,
    ),
    ("KCCI.THIRD_PARTY", [kcr()], [kcr(verifier="")], None, None, "third-party", ERROR),
    (
        "KCCI.KETS_SCOPE",
        [kcr()],
        [kcr(reduction_scope=1)],
        {"claimant_kets_entity": True},
        {"claimant_kets_entity": True},
        "scope 3",
        ERROR,
    ),
    ("MYC.SCALE", [cra()], [cra(annual_volume_t=150)], None, None, "Art. 10(2)", ERROR),
    (
        "MYC.BUNDLE",
        [cra(project_scale="bundle", annual_volume_t=100)],
        [cra(project_scale="bundle", annual_volume_t=101)],
        None,
        None,
        "Art. 10(3)",
        ERROR,
    ),
    (
        "MYC.COMMITTEE",
        [cra(serial="MYCARBON/CRA-2024-00012/1-100", quantity=100, committee_approved=True)],
        [cra(serial="MYCARBON/CRA-2024-00012/1-100", quantity=100)],
        None,
        None,
        "Art. 2(4)",
        ERROR,
    ),
    ("MYC.EXCLUDED_ACTIVITY", [cra()], [cra(activity_type="maintenance")], None, None, "Art. 9(1)", ERROR),
    ("MYC.CANCELLATION", [cra()], [cra(cancellation_ground="fraud")], None, None, "Art. 15(1)1", ERROR),
    (
        "KETS.VOLUNTARY",
        [kcu()],
        [kcu(kets_compliance_year=2025, status="planned", claim_period_id=1)],
        None,
        None,
        "Art. 38(3)",
        ERROR,
    ),
    (
        "KETS.CONVERSION_WINDOW",
        [kcu(conversion_date=D(2029, 4, 30))],
        [kcu(conversion_date=D(2029, 5, 1))],
        None,
        None,
        "five years",
        ERROR,
    ),
    (
        "KETS.EXPIRY",
        [kcu(status="held")],
        [kcu(status="held")],
        {"as_of": D(2026, 6, 30)},
        {"as_of": D(2026, 7, 1)},
        "Art. 38(5)1",
        WARNING,
    ),
    (
        "KETS.OVERSEAS",
        [kcu(origin="foreign", korean_share_pct=20, vintage_start=D(2016, 6, 1))],
        [kcu(origin="foreign", korean_share_pct=19.9, vintage_start=D(2016, 6, 1))],
        None,
        None,
        "20",
        ERROR,
    ),
    ("LABEL.CCP", [verra()], [verra(ccp_label=True)], None, None, "Core Carbon Principles", INFO),
    ("LABEL.CORSIA", [verra()], [verra(corsia_eligible=True)], None, None, "CORSIA", INFO),
    ("LABEL.ART6", [verra()], [verra(corresponding_adjustment=True)], None, None, "Article 6", INFO),
]


@pytest.mark.parametrize(
    "rule, good, bad, good_ctx, bad_ctx, clause, severity", CASES, ids=[c[0] for c in CASES]
)
def test_rule_fires_on_violation_only(rule, good, bad, good_ctx, bad_ctx, clause, severity):
    ok = check(good, ctx(**(good_ctx or {})))
    assert not fired(ok, rule), [str(f) for f in fired(ok, rule)]
    hits = fired(check(bad, ctx(**(bad_ctx or {}))), rule)
    assert hits, f"{rule} did not fire"
    assert hits[0].severity == severity
    assert clause.lower() in (hits[0].clause + " " + hits[0].message).lower()


def test_kets_voluntary_is_a_warning_while_the_lot_is_only_held():
    (f,) = fired(check([kcu(kets_compliance_year=2025, status="held")], ctx()), "KETS.VOLUNTARY")
    assert f.severity == WARNING and "kept out of portfolio selection" in f.message


def test_kets_overseas_vintage_before_june_2016():
    bad = kcu(origin="foreign", korean_share_pct=50, vintage_start=D(2016, 5, 31))
    hits = fired(check([bad], ctx()), "KETS.OVERSEAS")
    assert hits and "Art. 40(4)" in hits[0].clause


def test_kets_surrender_limits_phase3_and_foreign_share():
    # ICAP phase 3: 5% of 2,000,000 t = 100,000 permits, regardless of type.
    ok = [kcu(serial="GIR/KCU-2025-0031/1-100000", quantity=100_000)]
    assert surrender_findings(ok, 2_000_000, phase=3) == []
    over = [kcu(serial="GIR/KCU-2025-0031/1-100001", quantity=100_001)]
    assert fired(surrender_findings(over, 2_000_000, phase=3), "KETS.OFFSET_LIMIT")
    # decree Art. 38(4): 10% limit, foreign at most 50% of it: obligation 1,000 -> 100 total, 50 foreign.
    foreign = [kcu(serial="GIR/KCU-2025-0031/1-51", quantity=51, origin="foreign", korean_share_pct=30)]
    hits = surrender_findings(foreign, 1_000)
    assert fired(hits, "KETS.FOREIGN_LIMIT") and not fired(hits, "KETS.OFFSET_LIMIT")
    assert (
        surrender_findings([replace(foreign[0], serial="GIR/KCU-2025-0031/1-50", quantity=50)], 1_000) == []
    )


def test_removal_share_disclosed():
    lots = [
        verra(),
        verra(
            id=9,
            kind="removal",
            serial="0001-000101-000150-VCS-VCU-003-VER-US-0003-01012020-31122020-1",
            quantity=50,
        ),
    ]
    f = fired(check(lots, ctx(residual_t=150)), "CLAIM.REMOVAL_SHARE")[0]
    assert "50 of 150 t (33.3 %)" in f.message and f.severity == INFO


def test_findings_helpers():
    fs = [
        Finding("B", INFO, "m", "c"),
        Finding("A", ERROR, "m", "c", "lot:1"),
        Finding("C", WARNING, "m", "c"),
    ]
    assert [f.rule_id for f in sort_findings(fs)] == ["A", "C", "B"]
    assert worst(fs) == ERROR and worst([]) is None
    assert str(fs[1]) == "ERROR A [lot:1]: m (c)"
    with pytest.raises(ValueError, match="severity"):
        Finding("X", "fatal", "m", "c")


def test_unknown_rule_set_is_refused():
    with pytest.raises(ValueError, match="unknown rule set"):
        check([verra()], ctx(), only="NOPE")


# ISO 14068-1 retirement window [unconfirmed] (STANDARDS.md "More defaults"): retired no later than
# 12 months after the end of the claim period; a setting (ClaimContext.iso_retirement_window_months).
def test_iso_retirement_after_declaration_inside_window_is_accepted_with_info_naming_the_window():
    # declared 2026-03-31, retired 2026-04-02: inside 2025-12-31 + 12 months = 2026-12-31
    hits = check([verra(retirement_date=D(2026, 4, 2))], ctx())
    assert not fired(hits, "ISO.RETIRED_BEFORE_CLAIM")
    info = fired(hits, "ISO.RETIRED_AFTER_CLAIM")
    assert [f.severity for f in info] == [INFO]
    assert "12 months after the end of the claim period (2025-12-31), until 2026-12-31" in info[0].message
    assert "[unconfirmed] default" in info[0].message


def test_iso_retirement_after_the_window_is_an_error_naming_window_and_setting():
    hits = fired(check([verra(retirement_date=D(2027, 1, 1))], ctx()), "ISO.RETIRED_BEFORE_CLAIM")
    assert [f.severity for f in hits] == [ERROR]
    assert "until 2026-12-31" in hits[0].message
    assert ISO14068_WINDOW_SETTING in hits[0].message
    # the last day of the window is still inside it
    assert not fired(check([verra(retirement_date=D(2026, 12, 31))], ctx()), "ISO.RETIRED_BEFORE_CLAIM")


def test_iso_retirement_window_is_a_setting_with_either_anchor():
    six = ctx(iso_retirement_window_months=6)  # period end + 6 months = 2026-06-30
    hits = fired(check([verra(retirement_date=D(2026, 7, 1))], six), "ISO.RETIRED_BEFORE_CLAIM")
    assert len(hits) == 1 and "6 months after the end of the claim period" in hits[0].message
    assert "(as set;" in hits[0].message
    by_decl = ctx(
        iso_retirement_window_from="declaration", iso_retirement_window_months=3
    )  # until 2026-06-30
    assert fired(check([verra(retirement_date=D(2026, 6, 30))], by_decl), "ISO.RETIRED_AFTER_CLAIM")
    late = fired(check([verra(retirement_date=D(2026, 7, 1))], by_decl), "ISO.RETIRED_BEFORE_CLAIM")
    assert len(late) == 1 and "3 months after the declaration (2026-03-31)" in late[0].message
    assert ClaimContext().iso_retirement_window_months == ISO14068_RETIREMENT_MONTHS == 12
    with pytest.raises(ValueError, match="anchor"):
        check([verra()], ctx(iso_retirement_window_from="issuance"))
