"""What a background import reports: the formats and unlinked choices it accepts, an unlinked
exchange, the problem that refuses an import, a cancellation, and the summary of an import done."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

FORMATS = ("ecospold2", "simapro_csv", "excel")
UNLINKED_CHOICES = ("refuse", "drop")


@dataclass(frozen=True)
class UnlinkedExchange:
    """An exchange of the file that is not linked (or was removed, with ``reason``)."""

    activity: str
    activity_location: str
    type: str
    name: str
    unit: str
    amount: float
    category: str  # biosphere: compartment/subcompartment; technosphere: location or SimaPro section
    dataset: str = ""  # the file (ecospold2) the exchange is in
    reason: str = "could not be linked"
    flow_id: str = ""  # ecospold2: the elementary or intermediate flow's UUID (no category in the file)

    @property
    def key(self) -> str:
        """What identifies this exchange for a user's link choice: ``type|name|unit|category``."""
        return "|".join((self.type, self.name, self.unit, self.category))

    def line(self) -> str:
        where = f", {self.category}" if self.category else ""
        if self.flow_id and not self.category:
            where = f", flow {self.flow_id}"
        return (
            f"activity '{self.activity}' [{self.activity_location}]: {self.type} exchange '{self.name}' "
            f"({_num(self.amount)} {self.unit}{where}) {self.reason}"
        )

    def as_dict(self) -> dict:
        return asdict(self)


def _num(v) -> str:
    try:
        return f"{float(v):.6g}"
    except (TypeError, ValueError):
        return str(v)


class ImportProblem(ValueError):
    """The data cannot be imported as it is. ``unlinked`` lists the exchanges that could not be
    linked as text lines, ``exchanges`` as :class:`UnlinkedExchange`; ``warnings`` the strategy
    failures skipped so far."""

    def __init__(
        self,
        message: str,
        unlinked: list[str] | None = None,
        exchanges: list[UnlinkedExchange] | None = None,
        warnings: list[str] | None = None,
    ):
        super().__init__(message)
        self.unlinked = unlinked or []
        self.exchanges = exchanges or []
        self.warnings = warnings or []


class ImportCancelled(Exception):
    pass


@dataclass
class ImportSummary:
    database: str
    format: str
    activities: int
    exchanges: int
    source: str
    dropped: list[str] = field(default_factory=list)  # exchanges removed (by bw2io or by choice), with why
    dropped_exchanges: list[UnlinkedExchange] = field(default_factory=list)
    linked_by_choice: list[str] = field(default_factory=list)  # "key -> db|code" the caller chose
    linked_to_background: int = 0  # exchanges linked to the ``link_to`` databases
    warnings: list[str] = field(default_factory=list)  # strategies skipped on a dataset, and why
