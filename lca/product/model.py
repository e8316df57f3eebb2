"""Dataclasses for a product system: foreground activities, exchanges, parameters, background refs.

A product system is the foreground model of one product (cradle-to-grave). Foreground activities
are grouped by life-cycle stage (ISO 14067:2018 clause 6.3.4 / PAS 2050:2011 clause 6: raw material
acquisition, production, distribution, use, end of life). Each exchange is one of:

- ``technosphere``: input of another foreground activity (``target`` = its code);
- ``background``: input of a background activity (``target`` = a :class:`BackgroundRef` id
  in :attr:`ProductSystem.background`);
- ``biosphere``: an elementary flow (``target`` = ``"database|code"`` or a gas id such as ``CO2``).

Amounts may be given by a formula over the system's parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Life-cycle stages, in report order, with the label printed on results.
STAGES: dict[str, str] = {
    "materials": "Raw material acquisition",
    "manufacturing": "Production",
    "distribution": "Distribution and transport",
    "use": "Use",
    "end_of_life": "End of life",
}

EXCHANGE_KINDS = ("technosphere", "background", "biosphere")
UNCERTAINTY_KINDS = ("none", "normal", "lognormal", "uniform", "triangular")


class ProductModelError(ValueError):
    """A product system that cannot be calculated; the message names the system, activity, exchange."""

    def __init__(
        self,
        message: str,
        *,
        system: str | None = None,
        activity: str | None = None,
        field: str | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.system = system
        self.activity = activity
        self.field = field

    def __str__(self) -> str:
        return self.message


@dataclass
class Uncertainty:
    """Spread of an amount: ``pct`` is +/- % at 95 % confidence (normal, lognormal) or the
    +/- % bounds (uniform, triangular), the same convention as inventory activities."""

    dist: str = "none"
    pct: float = 0.0


@dataclass
class Parameter:
    name: str
    amount: float = 0.0
    formula: str | None = None
    uncertainty: Uncertainty = field(default_factory=Uncertainty)
    comment: str = ""


@dataclass
class Exchange:
    kind: str  # technosphere | background | biosphere
    target: str
    amount: float
    unit: str
    formula: str | None = None
    uncertainty: Uncertainty = field(default_factory=Uncertainty)
    comment: str = ""


@dataclass
class Activity:
    code: str
    name: str
    stage: str
    unit: str
    production: float = 1.0
    location: str = "GLO"
    exchanges: list[Exchange] = field(default_factory=list)
    comment: str = ""


@dataclass
class BackgroundRef:
    """A background activity by (database, version, activity code), with cached per-unit scores.

    ``cached`` maps a GWP set to the score of one ``unit`` of this activity in kg CO2e, as last
    computed with the background database present; an auditor without the (licensed) database
    recomputes the product from these values.
    """

    ref_id: str
    database: str
    code: str
    version: str = ""
    name: str = ""
    unit: str = ""
    location: str = ""
    reference_product: str = ""
    licensed: bool = False
    cached: dict[str, float] = field(default_factory=dict)


@dataclass
class ProductSystem:
    name: str
    reference: str  # code of the activity whose product is the functional unit
    functional_unit: str = ""
    amount: float = 1.0  # amount of the reference product per functional unit
    description: str = ""
    activities: list[Activity] = field(default_factory=list)
    parameters: list[Parameter] = field(default_factory=list)
    background: list[BackgroundRef] = field(default_factory=list)

    def activity(self, code: str) -> Activity:
        for act in self.activities:
            if act.code == code:
                return act
        raise ProductModelError(
            f"product system '{self.name}': no activity with code '{code}'", system=self.name, activity=code
        )

    def background_ref(self, ref_id: str) -> BackgroundRef | None:
        for ref in self.background:
            if ref.ref_id == ref_id:
                return ref
        return None
