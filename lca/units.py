"""One pint registry for the whole workbench, with the carbon-accounting domain's units.

Use :func:`conversion_factor` to turn a quantity in one unit into another; it raises
:class:`UnitError` with a readable reason when the unit is unknown or of another dimension.
The registry is built lazily on first use (no work at import time).
"""

from __future__ import annotations

from functools import lru_cache

# Unit definitions added to pint's defaults. Mass of CO2-equivalent is a mass; tCO2e is a tonne.
# Gas volumes: a plain cubic metre / cubic foot is taken at the US standard reference conditions of
# the EPA factors (60 degF = 288.7056 K, 1 atm; EPA Hub "scf"). Normal (0 degC, 273.15 K) and
# standard (15 degC, 288.15 K) cubic metres hold more gas per m3; by the ideal gas law
# 1 Nm3 = 288.7056 / 273.15 = 1.0569527 m3 and 1 Sm3 = 288.7056 / 288.15 = 1.0019279 m3 at 60 degF.
_DEFINITIONS = """
tCO2e = tonne = tCO2eq = t_CO2e
kgCO2e = kilogram = kgCO2eq = kg_CO2e
gCO2e = gram
MtCO2e = 1e6 * tonne
short_ton = 2000 * pound = sh_ton = shortton
long_ton = 2240 * pound
mmBtu = 1e6 * Btu = MMBtu = mmbtu
therm_us = 100000 * Btu
Nm3 = 1.0569527 * meter ** 3 = Nm³ = normal_cubic_meter
Sm3 = 1.0019279 * meter ** 3
scf = foot ** 3
tonne_km = tonne * kilometer = tkm = t_km = tonne-km
passenger_km = kilometer = pkm = p_km = passenger-km
vehicle_km = kilometer = vkm = vehicle-km
passenger_mile = mile = pmi
tonne_mile = tonne * mile
short_ton_mile = short_ton * mile = ton_mile
vehicle_mile = mile = vmi = vehicle-mile
currency = [currency]
KRW = currency
USD = nan * currency
EUR = nan * currency
GBP = nan * currency
unit_item = [item] = item = items = unit_count = pcs = piece
employee = [headcount] = FTE
night = [night_stay] = room_night
"""

# Currencies are distinct dimensions: converting USD to KRW needs an exchange rate, which is data,
# not a unit definition, so each currency gets its own base dimension.
_CURRENCIES = ("KRW", "USD", "EUR", "GBP", "JPY", "CNY")

# Common spellings in invoices and utility exports, mapped to registry names.
_ALIASES = {
    "l": "liter",
    "L": "liter",
    "litre": "liter",
    "litres": "liter",
    "liters": "liter",
    "m3": "meter**3",
    "m³": "meter**3",
    "t": "tonne",
    "ton": "tonne",
    "tons": "tonne",
    "tonnes": "tonne",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "Kwh": "kWh",
    "KWh": "kWh",
    "short ton": "short_ton",
    "tonne-km": "tonne_km",
    "passenger-km": "passenger_km",
    "vehicle-km": "vehicle_km",
    "t-km": "tonne_km",
    "p-km": "passenger_km",
    "passenger-mile": "passenger_mile",
    "vehicle-mile": "vehicle_mile",
    "ton-mile": "short_ton_mile",
    "gal": "gallon",
    "gallons": "gallon",
    "short tons": "short_ton",
    "kg CO2e": "kgCO2e",
    "t CO2e": "tCO2e",
}


class UnitError(ValueError):
    """A unit that is unknown, or that cannot convert to the unit asked for."""


@lru_cache(maxsize=1)
def registry():
    """The shared pint UnitRegistry (built on first call)."""
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True, on_redefinition="ignore")
    for cur in _CURRENCIES:
        ureg.define(f"{cur} = [currency_{cur}]")
    for line in _DEFINITIONS.strip().splitlines():
        name = line.split("=", 1)[0].strip()
        if name in _CURRENCIES or line.strip().startswith("currency"):
            continue
        ureg.define(line)
    return ureg


def normalise(text: str) -> str:
    """Map a user-typed unit label to the name the registry knows."""
    t = (text or "").strip()
    return _ALIASES.get(t, _ALIASES.get(t.lower(), t))


@lru_cache(maxsize=4096)
def parse_unit(text: str):
    """Return the pint Unit for ``text`` or raise UnitError('unknown unit ...')."""
    t = normalise(text)
    if not t:
        raise UnitError("unit is empty")
    ureg = registry()
    try:
        q = ureg.parse_expression(t)
    except Exception as exc:  # pint raises several types: UndefinedUnitError, DefinitionSyntaxError...
        raise UnitError(f"unknown unit '{text}'") from exc
    if not hasattr(q, "units"):
        raise UnitError(f"unknown unit '{text}'")
    return q.units if q.magnitude == 1 else q


@lru_cache(maxsize=4096)
def conversion_factor(from_unit: str, to_unit: str) -> float:
    """Multiply a quantity in ``from_unit`` by this to get it in ``to_unit``.

    Raises UnitError naming both units and their dimensions when they do not convert.
    """
    src = parse_unit(from_unit)
    dst = parse_unit(to_unit)
    ureg = registry()
    try:
        return (
            float((1 * src).to(dst).magnitude)
            if not isinstance(src, ureg.Quantity)
            else float(src.to(dst).magnitude)
        )
    except Exception as exc:
        sd = _dim(src)
        dd = _dim(dst)
        raise UnitError(f"unit '{from_unit}' ({sd}) cannot be converted to '{to_unit}' ({dd})") from exc


def _dim(u) -> str:
    try:
        d = str(u.dimensionality)
        return d.replace("[", "").replace("]", "") or "dimensionless"
    except Exception:
        return "?"


def is_convertible(from_unit: str, to_unit: str) -> bool:
    try:
        conversion_factor(from_unit, to_unit)
        return True
    except UnitError:
        return False
