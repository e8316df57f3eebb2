"""Check a product system and resolve its amounts (formulas evaluated, units converted).

Everything that would make the calculation wrong or impossible is refused here, before any
Brightway database or project file is written: unknown stage or unit, an exchange pointing to a
missing activity, a unit that does not convert to the provider's unit, a process that consumes
its whole output (singular technosphere), duplicate codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from lca.units import UnitError, conversion_factor

from . import formulas
from .model import EXCHANGE_KINDS, STAGES, UNCERTAINTY_KINDS, ProductModelError, ProductSystem, Uncertainty

# Unit names used by Brightway / ecoinvent / SimaPro, mapped to names the unit registry knows.
BW_UNITS = {
    "kilogram": "kg",
    "gram": "g",
    "ton": "tonne",
    "metric ton": "tonne",
    "kilowatt hour": "kWh",
    "megawatt hour": "MWh",
    "megajoule": "MJ",
    "gigajoule": "GJ",
    "cubic meter": "m3",
    "litre": "liter",
    "liter": "liter",
    "square meter": "m**2",
    "meter": "m",
    "kilometer": "km",
    "ton kilometer": "tonne_km",
    "tkm": "tonne_km",
    "metric ton*km": "tonne_km",
    "person kilometer": "passenger_km",
    "unit": "unit_item",
    "p": "unit_item",
    "item": "unit_item",
    "items": "unit_item",
    "piece": "unit_item",
    "hour": "hour",
    "year": "year",
    "kg": "kg",
}


def unit_factor(from_unit: str, to_unit: str) -> float:
    """Factor to convert an amount in ``from_unit`` to ``to_unit`` (Brightway names accepted)."""
    a = BW_UNITS.get((from_unit or "").strip().lower(), from_unit)
    b = BW_UNITS.get((to_unit or "").strip().lower(), to_unit)
    if a == b:
        return 1.0
    return conversion_factor(a, b)


def check_unit(unit: str) -> None:
    """Raise UnitError when ``unit`` is not a unit the registry (or the Brightway names) knows."""
    name = BW_UNITS.get((unit or "").strip().lower(), unit)
    conversion_factor(name, name)


@dataclass
class ResolvedExchange:
    activity: str  # consuming/emitting foreground activity code
    kind: str
    target: str
    amount: float  # in the provider's unit (technosphere/background) or the flow's unit
    uncertainty: Uncertainty
    label: str  # for messages: "activity 'x', exchange 2 (background 'steel')"
    factor: float = 1.0  # unit conversion applied to the entered amount
    index: int = 0  # exchange position within its activity


@dataclass
class Resolved:
    system: ProductSystem
    values: dict[str, float]
    exchanges: list[ResolvedExchange]


def resolve(system: ProductSystem, overrides: dict[str, float] | None = None) -> Resolved:
    """Validate ``system`` and return its exchanges with numbers in provider units.

    Raises :class:`ProductModelError` naming the system, the activity and the exchange.
    """
    name = system.name

    def fail(msg, activity=None, field=None):
        raise ProductModelError(
            f"product system '{name}': {msg}", system=name, activity=activity, field=field
        )

    if not system.activities:
        fail("has no activities")
    codes: dict[str, object] = {}
    for act in system.activities:
        if not act.code:
            fail(f"activity '{act.name}' has no code", field="code")
        if act.code in codes:
            fail(f"two activities share the code '{act.code}'", activity=act.code, field="code")
        codes[act.code] = act
        if act.stage not in STAGES:
            fail(
                f"activity '{act.code}': unknown life-cycle stage '{act.stage}' (use one of "
                f"{', '.join(STAGES)})",
                activity=act.code,
                field="stage",
            )
        if not act.production:
            fail(f"activity '{act.code}': production amount is zero", activity=act.code, field="production")
        try:
            check_unit(act.unit)
        except UnitError as exc:
            fail(f"activity '{act.code}': {exc}", activity=act.code, field="unit")
    if system.reference not in codes:
        fail(f"reference activity '{system.reference}' is not one of its activities", field="reference")
    refs = {r.ref_id: r for r in system.background}
    values = formulas.parameter_values(system, overrides)

    out: list[ResolvedExchange] = []
    for act in system.activities:
        self_use = 0.0
        for i, exc in enumerate(act.exchanges):
            label = f"activity '{act.code}', exchange {i + 1} ({exc.kind} '{exc.target}')"
            if exc.kind not in EXCHANGE_KINDS:
                fail(f"{label}: unknown exchange kind (use {', '.join(EXCHANGE_KINDS)})", act.code, "kind")
            if exc.uncertainty.dist not in UNCERTAINTY_KINDS:
                fail(
                    f"{label}: unknown uncertainty distribution '{exc.uncertainty.dist}'",
                    act.code,
                    "uncertainty",
                )
            amount = formulas.exchange_amount(system, act.code, i, values)
            entered = amount
            if exc.kind == "technosphere":
                provider = codes.get(exc.target)
                if provider is None:
                    fail(f"{label}: points to a missing activity '{exc.target}'", act.code, "target")
                provider_unit = provider.unit
            elif exc.kind == "background":
                ref = refs.get(exc.target)
                if ref is None:
                    fail(
                        f"{label}: points to a missing background activity '{exc.target}'", act.code, "target"
                    )
                provider_unit = ref.unit or exc.unit
            else:
                provider_unit = None
            if provider_unit is not None:
                try:
                    amount *= unit_factor(exc.unit, provider_unit)
                except UnitError as err:
                    fail(
                        f"{label}: unit mismatch: {exc.unit!r} does not convert to the provider's unit "
                        f"{provider_unit!r} ({err})",
                        act.code,
                        "unit",
                    )
            if exc.kind == "technosphere" and exc.target == act.code:
                self_use += amount
            factor = (
                amount / entered
                if entered
                else (unit_factor(exc.unit, provider_unit) if provider_unit else 1.0)
            )
            out.append(
                ResolvedExchange(act.code, exc.kind, exc.target, amount, exc.uncertainty, label, factor, i)
            )
        if self_use and self_use >= act.production:
            fail(
                f"activity '{act.code}' consumes its whole output ({self_use:g} {act.unit} of itself per "
                f"{act.production:g} {act.unit} produced): the technosphere matrix is singular",
                act.code,
                "exchanges",
            )
    resolved = Resolved(system, values, out)
    check_solvable(resolved)
    return resolved


def check_solvable(res: Resolved) -> None:
    """Refuse a foreground whose technosphere matrix is singular (loops that consume everything
    they produce). The background cannot consume the foreground, so the foreground block decides."""
    from .matrices import ActivityInfo, Pattern, SingularTechnosphereError, Solver, params_array

    acts = res.system.activities
    col = {a.code: i for i, a in enumerate(acts)}
    tech = [(i, i, a.production, 1.0) for i, a in enumerate(acts)]
    tech += [
        (col[e.target], col[e.activity], e.amount, -1.0) for e in res.exchanges if e.kind == "technosphere"
    ]
    arr = params_array(len(tech))
    for k, (r, c, amount, sign) in enumerate(tech):
        arr[k]["row"], arr[k]["col"], arr[k]["amount"], arr[k]["sign"] = r, c, amount, sign
    A = Pattern(arr["row"], arr["col"], (len(acts), len(acts))).build(arr["amount"] * arr["sign"])
    infos = [ActivityInfo(("foreground", a.code), a.name) for a in acts]
    try:
        Solver(A, infos, use_pardiso=False)
    except SingularTechnosphereError as exc:
        raise ProductModelError(
            f"product system '{res.system.name}': {exc}", system=res.system.name, field="exchanges"
        ) from exc
