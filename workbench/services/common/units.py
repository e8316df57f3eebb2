"""Units as people type them: is a label a unit the one registry (``lca.units``) knows, and which
known units is a typo close to ("kwhh" -> kWh). Used by dialogs that check a unit as it is typed and
by importers that suggest a fix; the registry itself stays the only judge of what a unit is."""

from __future__ import annotations

from difflib import get_close_matches
from functools import lru_cache

# The units activity data is usually in, offered first (in this spelling) when a label is close.
COMMON_UNITS = (
    "kWh",
    "MWh",
    "GWh",
    "GJ",
    "MJ",
    "TJ",
    "mmBtu",
    "therm_us",
    "Nm3",
    "Sm3",
    "m3",
    "scf",
    "L",
    "gallon",
    "kg",
    "t",
    "short_ton",
    "km",
    "mile",
    "tonne_km",
    "passenger_km",
    "vehicle_km",
    "tonne_mile",
    "passenger_mile",
    "vehicle_mile",
    "KRW",
    "USD",
    "EUR",
    "item",
    "FTE",
    "room_night",
    "tCO2e",
    "kgCO2e",
)


def unit_known(text: str) -> bool:
    """True when the registry reads ``text`` as a unit."""
    from lca.units import UnitError, parse_unit

    try:
        parse_unit((text or "").strip())
    except UnitError:
        return False
    return True


@lru_cache(maxsize=1)
def _registry_names() -> tuple[str, ...]:
    from lca.units import registry

    return tuple(n for n in dir(registry()) if n[:1].isalpha())


def suggest_units(text: str, n: int = 3) -> list[str]:
    """Known units close to ``text`` (a typo), the common ones first; [] when nothing is close."""
    t = (text or "").strip()
    if not t:
        return []
    out: list[str] = []
    lowered = {u.lower(): u for u in COMMON_UNITS}
    for m in get_close_matches(t.lower(), list(lowered), n, 0.6):
        out.append(lowered[m])
    if len(out) < n:
        for m in get_close_matches(t, _registry_names(), n, 0.75):
            if m not in out and m.lower() not in lowered:
                out.append(m)
    return [u for u in out if unit_known(u)][:n]


def unit_label(unit, lang: str = "en") -> str:
    """A unit as people read it, for screens: the documents' label where there is one
    (``forms.provenance.unit_label``: "short ton-mile", Korean "숏톤·마일"), otherwise the registry's
    name with hyphens for underscores ("tonne_km" -> "tonne-km", which the registry reads back), so
    an internal name such as ``passenger_km`` is never shown. '' for None."""
    if unit is None:
        return ""
    from forms.provenance import unit_label as printed

    text = printed(str(unit), lang)
    return text.replace("_", "-") if "_" in text else text
