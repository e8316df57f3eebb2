"""Sparse matrices of a product system and a solver that reuses its factorisation.

:class:`MatrixSystem` holds the technosphere ``A`` (production positive, inputs negative), the
biosphere ``B`` and the characterisation vector ``cf``, plus the parameter arrays (one row per
exchange, stats_arrays fields) so Monte Carlo can rebuild the matrices on the same pattern without
re-indexing. :class:`Solver` factorises ``A`` once (SciPy's SuperLU, with a border for a large loop;
pypardiso when importable and every loop is small: :func:`choose_backend`) and then solves any
number of demands, and the transposed system for per-unit scores.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# Parameter array dtype: the stats_arrays fields plus matrix position and sign.
PARAM_DTYPE = [
    ("row", np.int64),
    ("col", np.int64),
    ("amount", np.float64),
    ("sign", np.float64),
    ("exc", np.int64),  # index into the resolved foreground exchanges (-1: not a foreground exchange)
    ("uncertainty_type", np.uint8),
    ("loc", np.float64),
    ("scale", np.float64),
    ("shape", np.float64),
    ("minimum", np.float64),
    ("maximum", np.float64),
    ("negative", bool),
]


class SingularTechnosphereError(ValueError):
    """The technosphere matrix cannot be inverted; the message names the suspicious activities."""


@dataclass
class ActivityInfo:
    key: tuple
    name: str = ""
    unit: str = ""
    location: str = ""
    stage: str | None = None  # life-cycle stage for foreground activities, None for background
    kind: str = "background"  # foreground | background | cached


@dataclass
class FlowInfo:
    key: tuple
    name: str = ""
    categories: str = ""
    unit: str = ""


class Pattern:
    """Maps parameter rows to the slots of a CSC matrix so values can be refilled quickly
    (duplicates are summed, as Brightway does)."""

    def __init__(self, rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]):
        self.shape = shape
        lin = cols.astype(np.int64) * shape[0] + rows.astype(np.int64)
        unique, self.slot = np.unique(lin, return_inverse=True)
        self.indices = (unique % shape[0]).astype(np.int32)
        counts = np.bincount((unique // shape[0]).astype(np.int64), minlength=shape[1])
        self.indptr = np.concatenate(([0], np.cumsum(counts))).astype(np.int32)
        self.nnz = len(unique)

    def build(self, values: np.ndarray):
        from scipy import sparse

        data = np.bincount(self.slot, weights=values, minlength=self.nnz)
        return sparse.csc_matrix((data, self.indices.copy(), self.indptr.copy()), shape=self.shape)


def params_array(n: int) -> np.ndarray:
    arr = np.zeros(n, dtype=PARAM_DTYPE)
    arr["uncertainty_type"] = 0
    arr["sign"] = 1.0
    arr["exc"] = -1
    for f in ("loc", "scale", "shape", "minimum", "maximum"):
        arr[f] = np.nan
    return arr


def uncertainty_fields(amount: float, dist: str, pct: float) -> dict:
    """stats_arrays fields for an amount with +/- ``pct`` % (95 % for normal/lognormal, bounds for
    uniform/triangular). 1.96 is the two-sided 95 % quantile of the standard normal."""
    p = abs(float(pct or 0)) / 100.0
    if dist in (None, "", "none") or p == 0 or amount == 0:
        return {"uncertainty_type": 0, "loc": amount}
    if dist == "lognormal":
        # +/- pct at 95 %: the upper bound amount * (1 + p) is exp(1.96 sigma) times the median.
        return {
            "uncertainty_type": 2,
            "loc": float(np.log(abs(amount))),
            "scale": float(np.log1p(p) / 1.96),
            "negative": amount < 0,
        }
    if dist == "normal":
        return {"uncertainty_type": 3, "loc": amount, "scale": abs(amount) * p / 1.96}
    lo, hi = sorted((amount * (1 - p), amount * (1 + p)))
    if dist == "uniform":
        return {"uncertainty_type": 4, "loc": amount, "minimum": lo, "maximum": hi}
    if dist == "triangular":
        return {"uncertainty_type": 5, "loc": amount, "minimum": lo, "maximum": hi}
    raise ValueError(f"unknown uncertainty distribution '{dist}'")


@dataclass
class MatrixSystem:
    activities: list[ActivityInfo]
    flows: list[FlowInfo]
    tech: np.ndarray  # PARAM_DTYPE, row = product index, col = activity index
    bio: np.ndarray  # PARAM_DTYPE, row = flow index, col = activity index
    cf: np.ndarray  # characterisation factor per flow (kg CO2e per flow unit)
    index: dict = field(default_factory=dict)  # activity key -> column
    characterised: np.ndarray | None = None  # flow has a factor in the method (a 0 factor included)
    describer: object = None  # key -> {"name", "unit", "location"}: describes background lazily

    def info(self, i: int) -> ActivityInfo:
        """Activity ``i``, described on first use (only what a result shows is ever looked up)."""
        a = self.activities[i]
        if self.describer is not None and not a.name and a.kind == "background":
            d = self.describer(a.key) or {}
            a.name = d.get("name") or str(a.key[-1])
            a.unit = d.get("unit") or a.unit
            a.location = d.get("location") or a.location
        return a

    def __post_init__(self):
        n, m = len(self.activities), len(self.flows)
        if not self.index:
            self.index = {a.key: i for i, a in enumerate(self.activities)}
        if self.characterised is None:
            self.characterised = self.cf != 0
        self.tech_pattern = Pattern(self.tech["row"], self.tech["col"], (n, n))
        self.bio_pattern = Pattern(self.bio["row"], self.bio["col"], (m, n))
        self.A = self.tech_pattern.build(self.tech["amount"] * self.tech["sign"])
        self.B = self.bio_pattern.build(self.bio["amount"] * self.bio["sign"])
        self.cfB = np.asarray(self.B.T @ self.cf).ravel()  # direct score per unit of activity

    @property
    def size(self) -> int:
        return len(self.activities)

    def demand_vector(self, demand: dict) -> np.ndarray:
        f = np.zeros(self.size)
        for key, amount in demand.items():
            f[self.index[key]] += amount
        return f


def pardiso_importable() -> bool:
    """pypardiso (an optional extra) can be imported here."""
    try:
        import pypardiso  # noqa: F401
    except ImportError:
        return False
    return True


def choose_backend(large_loop: bool, pardiso_available: bool, use_pardiso: bool | None = None) -> str:
    """The solver for a technosphere: "pypardiso" or "scipy-splu" (with a border when
    ``large_loop``). ``use_pardiso`` True/False forces the choice; None (automatic) takes pypardiso
    only when it is importable and the matrix has no strongly connected component above
    ``loop_openers``' threshold (64 activities). With one, as ecoinvent's markets make, the border
    solver wins by far: on the 20,000-activity benchmark (13,398 activities in one component) MKL
    PARDISO took 148 s to factorise on 2 cores, the border 0.22 s (``benchmarks/product_lca.py
    --pardiso-prefix DIR`` measures both in one run)."""
    if use_pardiso is True:
        return "pypardiso"
    if use_pardiso is None and pardiso_available and not large_loop:
        return "pypardiso"
    return "scipy-splu+border" if large_loop else "scipy-splu"


class Solver:
    """LU factorisation of ``A`` reused across demands (``solve``) and for the transposed system
    (``solve_transposed``). The backend follows :func:`choose_backend`: SciPy SuperLU with the
    most connected activities as a border when ``A`` has a large strongly connected component,
    else pypardiso when it can be imported, else SciPy SuperLU. ``backend`` tells which ran."""

    def __init__(self, A, activities: list[ActivityInfo] | None = None, use_pardiso: bool | None = None):
        from scipy.sparse.linalg import splu

        from .ordering import loop_openers, supply_chain_order

        self.A = A.tocsc()
        self.backend = "scipy-splu"
        self._pardiso = None
        self._lu = None
        self._luT = None
        self._border = None
        # The markets that tie most activities into one loop (ecoinvent's large strongly connected
        # component) form the border; the rest, in supply-chain order (suppliers before consumers),
        # is block triangular with small loops: its LU barely fills in.
        self._tail = loop_openers(self.A) if use_pardiso is not True else np.zeros(0, dtype=np.int64)
        available = use_pardiso is True or (use_pardiso is None and pardiso_importable())
        if choose_backend(bool(self._tail.size), available, use_pardiso) == "pypardiso":
            import pypardiso  # optional extra; ImportError when forced and missing

            self._csr = self.A.tocsr()
            self._pardiso = pypardiso.PyPardisoSolver()
            self._pardiso.factorize(self._csr)
            self.backend = "pypardiso"
            return
        if self._tail.size:
            rest = np.setdiff1d(np.arange(self.A.shape[0]), self._tail)
            self._p = rest[supply_chain_order(self.A[rest][:, rest])]
            self._lu = self._factorise(splu)
            if self._lu is not None:
                self._border = _Border(self.A, self._p, self._tail, self._lu)
                if self._border.ok:
                    self.backend = "scipy-splu+border"
                else:
                    self._border = None
        if self._border is None:  # no large loop, or its rest alone is singular: one LU
            self._p = supply_chain_order(self.A)
            self._lu = self._factorise(splu)
            if self._lu is None:
                raise SingularTechnosphereError(_singular_message(self.A, activities))

    def _factorise(self, splu):
        """LU of ``A`` permuted by ``_p`` (natural order), or None when it is singular."""
        try:
            lu = splu(self.A[self._p][:, self._p].tocsc(), permc_spec="NATURAL")
        except RuntimeError:  # "Factor is exactly singular"
            return None
        diag = np.abs(lu.U.diagonal())
        if diag.size and (not np.all(np.isfinite(diag)) or diag.min() <= 1e-14 * max(diag.max(), 1.0)):
            return None
        return lu

    def solve(self, b: np.ndarray) -> np.ndarray:
        if self._pardiso is not None:
            return self._pardiso.solve(self._csr, np.asarray(b, dtype=float))
        b = np.asarray(b, dtype=float)
        if self._border is not None:
            return self._border.solve(b)
        x = np.empty(self.A.shape[0])
        x[self._p] = self._lu.solve(b[self._p])
        return x

    def solve_transposed(self, b: np.ndarray) -> np.ndarray:
        """Solve ``A^T x = b`` (per-unit scores of every activity from one solve)."""
        if self._lu is not None:
            b = np.asarray(b, dtype=float)
            if self._border is not None:
                return self._border.solve(b, trans=True)
            x = np.empty(self.A.shape[0])
            x[self._p] = self._lu.solve(b[self._p], trans="T")
            return x
        if self._luT is None:
            from scipy.sparse.linalg import splu

            self._luT = splu(self.A.T.tocsc())
        return self._luT.solve(np.asarray(b, dtype=float))


class _Border:
    """``A x = b`` by block elimination: ``A = [[A11, A12], [A21, A22]]`` with ``A11`` the activities
    in ``order`` (factorised as ``lu``) and ``A22`` the border ``tail`` (k activities, k small).
    The Schur complement ``S = A22 - A21 A11^-1 A12`` (k x k, dense) is factorised once; a solve is
    then two sparse solves with ``A11`` and one dense k x k solve, where a single LU of the whole
    matrix would fill in every border column along all of its (upstream) suppliers."""

    def __init__(self, A, order: np.ndarray, tail: np.ndarray, lu):
        from scipy.linalg import lu_factor

        A = A.tocsr()
        self.order, self.tail, self.lu = order, tail, lu
        self.A12 = A[order][:, tail].tocsc()
        self.A21 = A[tail][:, order].tocsr()
        A22 = A[tail][:, tail].toarray()
        k = tail.size
        S = A22.copy()
        step = 64  # border columns solved per block: bounded memory (n x 64 doubles)
        for j in range(0, k, step):
            Z = lu.solve(np.asarray(self.A12[:, j : j + step].toarray()))
            S[:, j : j + step] -= np.asarray(self.A21 @ Z)
        self.ok = bool(np.all(np.isfinite(S)))
        self.S = lu_factor(S, check_finite=False) if self.ok else None
        if self.ok:
            d = np.abs(np.diag(self.S[0]))
            self.ok = bool(d.min() > 1e-14 * max(d.max(), 1.0))
        self.n = A.shape[0]

    def solve(self, b: np.ndarray, trans: bool = False) -> np.ndarray:
        from scipy.linalg import lu_solve

        b1, b2 = b[self.order], b[self.tail]
        t = "T" if trans else "N"
        y = self.lu.solve(b1, trans=t)
        if trans:  # A^T = [[A11^T, A21^T], [A12^T, A22^T]]
            x2 = lu_solve(self.S, b2 - self.A12.T @ y, trans=1, check_finite=False)
            x1 = self.lu.solve(b1 - self.A21.T @ x2, trans=t)
        else:
            x2 = lu_solve(self.S, b2 - self.A21 @ y, check_finite=False)
            x1 = self.lu.solve(b1 - self.A12 @ x2, trans=t)
        x = np.empty(self.n)
        x[self.order], x[self.tail] = x1, x2
        return x


def _singular_message(A, activities) -> str:
    """Name the activities most likely at fault: zero or non-positive net own production."""
    diag = A.diagonal()
    bad = [i for i, d in enumerate(diag) if d <= 0]
    names = []
    for i in bad[:5]:
        if activities and i < len(activities):
            a = activities[i]
            names.append(f"'{a.name or a.key[-1]}' ({a.key[0]})")
        else:
            names.append(f"column {i}")
    if names:
        return (
            "the technosphere matrix is singular: net production is zero or negative for "
            + ", ".join(names)
            + " (an activity consumes all of its own output)"
        )
    return (
        "the technosphere matrix is singular: the supply loops have no finite solution "
        "(check loops where activities supply each other more than they produce)"
    )
