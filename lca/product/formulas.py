"""Safe evaluation of parameter and exchange formulas (arithmetic over named parameters).

Only numbers, parameter names, ``+ - * / // % **``, unary minus, comparisons, ``a if c else b``
and a few functions (abs, min, max, round, sqrt, exp, log, log10) are allowed; anything else
(attributes, subscripts, imports, other calls) is refused with the formula and the reason.
"""

from __future__ import annotations

import ast
import math
import operator

from .model import ProductModelError, ProductSystem

_BIN = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_CMP = {
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
_FUNCS = {
    "abs": abs,
    "min": min,
    "max": max,
    "round": round,
    "sqrt": math.sqrt,
    "exp": math.exp,
    "log": math.log,
    "log10": math.log10,
}


class FormulaError(ValueError):
    pass


def names_in(formula: str) -> set[str]:
    """Parameter names a formula refers to (function names excluded)."""
    tree = _parse(formula)
    called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - called


def evaluate(formula: str, values: dict[str, float]) -> float:
    """Value of ``formula`` with ``values`` for its names; FormulaError says what is wrong."""
    tree = _parse(formula)
    try:
        result = _eval(tree.body, values)
    except FormulaError as exc:
        raise FormulaError(f"formula '{formula}': {exc}") from exc
    except ZeroDivisionError as exc:
        raise FormulaError(f"formula '{formula}' divides by zero") from exc
    except (OverflowError, ValueError) as exc:
        raise FormulaError(f"formula '{formula}' cannot be evaluated: {exc}") from exc
    if isinstance(result, bool) or not isinstance(result, (int, float)) or not math.isfinite(result):
        raise FormulaError(f"formula '{formula}' does not give a finite number")
    return float(result)


def _parse(formula: str) -> ast.Expression:
    try:
        return ast.parse(formula.strip(), mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"formula '{formula}' is not valid arithmetic ({exc.msg})") from exc


def _eval(node, values):
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, (int, float))
        and not isinstance(node.value, bool)
    ):
        return node.value
    if isinstance(node, ast.Name):
        if node.id not in values:
            raise FormulaError(f"unknown parameter '{node.id}'")
        return values[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
        return _BIN[type(node.op)](_eval(node.left, values), _eval(node.right, values))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](_eval(node.operand, values))
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMP:
        return _CMP[type(node.ops[0])](_eval(node.left, values), _eval(node.comparators[0], values))
    if isinstance(node, ast.IfExp):
        return _eval(node.body, values) if _eval(node.test, values) else _eval(node.orelse, values)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCS
        and not node.keywords
    ):
        return _FUNCS[node.func.id](*[_eval(a, values) for a in node.args])
    raise FormulaError(f"'{ast.unparse(node)}' is not allowed in a formula")


def parameter_values(system: ProductSystem, overrides: dict[str, float] | None = None) -> dict[str, float]:
    """Values of all parameters, formulas evaluated in dependency order; ``overrides`` replace
    amounts (and formulas) of the named parameters. Cycles and unknown names are reported."""
    overrides = dict(overrides or {})
    known = {p.name for p in system.parameters}
    for name in overrides:
        if name not in known:
            raise ProductModelError(
                f"product system '{system.name}': no parameter named '{name}' to override",
                system=system.name,
                field=name,
            )
    pending = {}
    values: dict[str, float] = {}
    for p in system.parameters:
        if p.name in overrides:
            values[p.name] = float(overrides[p.name])
        elif p.formula:
            pending[p.name] = p.formula
        else:
            values[p.name] = float(p.amount)
    while pending:
        progressed = False
        for name, formula in list(pending.items()):
            try:
                deps = names_in(formula)
            except FormulaError as exc:
                raise _param_error(system, name, exc) from exc
            missing = deps - known
            if missing:
                raise _param_error(system, name, FormulaError(f"unknown parameter '{sorted(missing)[0]}'"))
            if deps <= values.keys():
                try:
                    values[name] = evaluate(formula, values)
                except FormulaError as exc:
                    raise _param_error(system, name, exc) from exc
                del pending[name]
                progressed = True
        if not progressed:
            raise ProductModelError(
                f"product system '{system.name}': parameters {sorted(pending)} refer to each other in a cycle",
                system=system.name,
                field=sorted(pending)[0],
            )
    return values


def _param_error(system, name, exc):
    return ProductModelError(
        f"product system '{system.name}', parameter '{name}': {exc}", system=system.name, field=name
    )


def exchange_amount(system: ProductSystem, activity_code: str, index: int, values: dict[str, float]) -> float:
    """Amount of exchange ``index`` of activity ``activity_code`` (formula evaluated if any)."""
    exc = system.activity(activity_code).exchanges[index]
    if not exc.formula:
        return float(exc.amount)
    try:
        return evaluate(exc.formula, values)
    except FormulaError as err:
        raise ProductModelError(
            f"product system '{system.name}', activity '{activity_code}', exchange {index + 1} "
            f"({exc.kind} '{exc.target}'): {err}",
            system=system.name,
            activity=activity_code,
            field="formula",
        ) from err
