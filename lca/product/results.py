"""Result dataclasses of a product footprint (all scores in kg CO2e per functional unit)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Contribution:
    label: str
    score: float  # kg CO2e per functional unit
    share: float  # fraction of the total (may be negative for credits)
    key: tuple | str = ""
    stage: str | None = None
    kind: str = ""  # foreground | background | cached | flow | stage
    amount: float | None = None  # supply (process) or inventory (flow) per functional unit
    unit: str = ""


@dataclass
class TreeNode:
    label: str
    key: tuple
    amount: float  # amount of this activity's product needed per functional unit (along this path)
    unit: str
    score: float  # cumulative score of that amount (kg CO2e)
    direct: float  # direct emissions of that amount (kg CO2e)
    children: list[TreeNode] = field(default_factory=list)
    cut: float = 0.0  # score of the inputs below the cut-off, not shown as children


@dataclass
class MonteCarloResult:
    iterations: int
    seed: int
    scores: list[float]
    mean: float
    median: float
    std: float
    p2_5: float
    p97_5: float
    cancelled: bool = False


@dataclass
class ProductResult:
    system: str
    functional_unit: str
    gwp_set: str
    score: float  # kg CO2e per functional unit
    by_stage: list[Contribution]
    by_process: list[Contribution]
    by_flow: list[Contribution]
    tree: TreeNode | None = None
    background_sources: dict[str, str] = field(default_factory=dict)  # ref id -> brightway | cached
    background_scores: dict[str, float] = field(default_factory=dict)  # ref id -> kg CO2e per unit
    parameters: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    solver: str = ""
    input_hash: str = ""
    # greenhouse-gas-looking flows of the inventory the GWP set has no factor for (amount, unit)
    uncharacterised: list[Contribution] = field(default_factory=list)

    @property
    def unit(self) -> str:
        return "kg CO2e"

    def rows(self) -> list[dict]:
        """Flat rows (section, label, stage, score, share) for CSV export and printing."""
        out = [
            {
                "section": "total",
                "label": self.functional_unit or self.system,
                "stage": "",
                "score_kgco2e": self.score,
                "share": 1.0,
            }
        ]
        for section, items in (
            ("stage", self.by_stage),
            ("process", self.by_process),
            ("flow", self.by_flow),
        ):
            for c in items:
                out.append(
                    {
                        "section": section,
                        "label": c.label,
                        "stage": c.stage or "",
                        "score_kgco2e": c.score,
                        "share": c.share,
                    }
                )
        return out


@dataclass
class Comparison:
    a: ProductResult
    b: ProductResult
    rows: list[dict]  # stage, a, b, difference, relative

    @property
    def difference(self) -> float:
        return self.b.score - self.a.score
