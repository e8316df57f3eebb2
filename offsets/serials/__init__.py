"""Registry serial numbers: parse a serial into its range and encoded fields, and write sub-ranges.

Counting convention: both ends inclusive, quantity = end - start + 1 (../shared/oracles.md), for
every registry below. It was checked against the quantity each registry states beside its own
serials (tests/test_offsets_serials_registries.py, data in tests/data/registry_serials/): ACR, CAR,
ART, CDM-in-Gold-Standard, Gold Standard, Verra and Cercarbono all state end - start + 1; none of
the published rows disagreed.

``key`` is the numbering namespace: two ranges can only share a credit when their keys are equal
(offsets.overlap). Where numbering restarts per block (batch, issuance) the key is the block.

Formats
-------
Verra VCU, current form [public, STANDARDS.md "Credits"]::

    batch-start-end-VCS-VCU-nnn-VER-CC-scope-projectID-DDMMYYYY-DDMMYYYY-flag
    10345-213076459-213076558-VCS-VCU-1491-VER-IN-1-1173-01012017-31122017-0

  The sectoral-scope field is absent in some published examples
  (``0001-000001-000100-VCS-VCU-003-VER-US-0003-01012020-31122020-1``, oracles.md); with one number
  between country and vintage it is read as the project id. Verra numbers are unique registry-wide,
  so every Verra range shares one numbering namespace ("VCS").

Verra VCU, older form (the registries Verra used before its own: APX, Markit)::

    batch-start-end-VCU-nnn-REG-CC-scope-projectID-DDMMYYYY-DDMMYYYY-flag
    5678-241569102-241569201-VCU-034-APX-IN-1-1748-01012018-31122018-0

Gold Standard VER [public]::

    GS1-1-CC-GSnnnn-sectoral-vintage-batch-start-end
    GS1-1-IN-GS1148-1-2012-2433-1-119

  Numbering restarts per batch, so the namespace is everything before ``start``.

American Carbon Registry (ACR), as its public retirement/cancellation exports write it::

    ACR-CC-project-vintage-batch-START to END
    ACR-FR-1129-2025-2917-30932 to 35143          (4,212 credits; project ACR1129, vintage 2025)

Climate Action Reserve (CAR; CRTs, and ROC for Registry Offset Credits of compliance projects)::

    CAR-type-CC-project-protocol-code-state-vintage-batch-START to END
    CAR-1-US-1335-31-983-KS-2025-9205-1 to 5000   (type 1 = CRT; protocol code tracks the project
                                                    type in the data, e.g. 42 = Forestry MX;
                                                    "code" is kept unnamed)

ART registry (ART TREES programmes and FCPF Carbon Fund programmes held there)::

    ART-CC-programme-vintage-batch-START to END   ART-GY-102-2021-11-2759599 to 2760598
    FCPF-CC-programme-vintage-batch-START to END  FCPF-CI-130-2023-20-1 to 46404

  In these three numbering restarts per batch (real ranges start at 1), so the namespace is the
  serial up to the batch (``ACR:ACR-FR-1129-2025-2917``). A year-only vintage is read as 1 January
  to 31 December of that year, with ``fields["vintage_precision"] == "year"``.

CDM CERs, as the Gold Standard registry writes them (each end a whole Kyoto unit serial)::

    party-5-SERIAL-origCP-applCP-LULUCF-project
    RW-5-1463953-2-2-0-7014 - RW-5-1467609-2-2-0-7014   (3,657 CERs, CDM project 7014)

  Unit type 5 is a CER; other Kyoto unit types are refused. The namespace is the CER's attributes
  without its number (``CER:RW-5-*-2-2-0-7014``), the same whichever registry holds the CERs.
  No published CDM-registry export with serials was found, so only this form is read.

Written ranges: ``FIRST to LAST``, ``FIRST - LAST`` or ``FIRST – LAST`` (spaces around the dash);
LAST may be the number alone (when the number is the serial's last field), the whole serial, or
its last fields (``...-2917-30932 to 2917-35143``). A LAST that names another block is refused.

Puro.earth CORC certificate ids, as Puro's registry documentation defines them::

    PURO_PR_<credit type>_<CC>_<facility>_<vintage>_<issuance id>_<START>-<END>
    PURO_PR_CORC100+_FI_577166_2020_055a3fbe-eabc-4535-b9cf-1028e7d18f89_1-100   (100 CORCs)

  Numbers restart at 1 in every issuance (unique per issuance only), so the namespace is the
  issuance id. Certificates issued before Puro's registry update used a GSRN plus a 12-digit
  sequence instead; those are read with the generic form.

Generic range (KCCI KCR, K-ETS KOC/KCU, MyCarbon CRA, older Puro.earth CORC, Isometric, Cercarbono and
any registry without a public serial format found here)::

    REGISTRY/PREFIX/START-END
    KCCI/KCR-2023-P0042/000001-000500
    GIR/KOC-2022-0017/1-2500
    MYCARBON/CRA-2024-00012/1-80
    CERCARBONO/CDC_1_1_1_321_14_1_2009/4426-4971   (cercarbono_serial(block, from, to))

  REGISTRY: letters, digits, ``_ . -``; PREFIX: any text without ``/`` naming the numbering block
  (project, issuance); START, END: the first and last credit numbers. The namespace is
  ``REGISTRY/PREFIX`` (case-insensitive). Leading zeros are kept when a sub-range is written.
  Programmes that had no format of their own before (ACR, CAR, ART, CDM) still accept it.
"""

from __future__ import annotations

from ._base import Serial, SerialError
from .apx import ACR, ACR_HELP, ART, ART_HELP, CAR, CAR_HELP, parse_acr, parse_art, parse_car
from .cdm import CDM, CDM_HELP, looks_like_cer, parse_cdm
from .generic import GENERIC, GENERIC_HELP, cercarbono_serial, generic_serial, is_generic, parse_generic
from .gold_standard import GOLD_STANDARD, GS_HELP, parse_gold_standard
from .puro import PURO, PURO_HELP, looks_like_puro, parse_puro
from .verra import VERRA_CURRENT, VERRA_HELP, VERRA_OLDER, parse_verra

__all__ = [
    "ACR",
    "ART",
    "CAR",
    "CDM",
    "GENERIC",
    "GOLD_STANDARD",
    "PURO",
    "VERRA_CURRENT",
    "VERRA_OLDER",
    "ACR_HELP",
    "ART_HELP",
    "CAR_HELP",
    "CDM_HELP",
    "GENERIC_HELP",
    "GS_HELP",
    "PURO_HELP",
    "VERRA_HELP",
    "Serial",
    "SerialError",
    "cercarbono_serial",
    "generic_serial",
    "parse",
    "parse_acr",
    "parse_art",
    "parse_car",
    "parse_cdm",
    "parse_generic",
    "parse_gold_standard",
    "parse_puro",
    "parse_verra",
]

# unit type or programme -> parser. Programmes not listed (KCS, KETS, MYCARBON, ...) use the generic
# form; ISOMETRIC/CERCARBONO are listed to say so explicitly: no published serial syntax was found
# for them (see tests/data/registry_serials/README.md). PURO/CORC: Puro's documented certificate
# id, or the generic form (older certificates).
_BY_PROGRAMME = {
    "VCS": parse_verra,
    "VCU": parse_verra,
    "VERRA": parse_verra,
    "GS": parse_gold_standard,
    "VER": parse_gold_standard,
    "ACR": parse_acr,
    "CAR": parse_car,
    "CRT": parse_car,
    "ROC": parse_car,
    "ART": parse_art,
    "TREES": parse_art,
    "FCPF": parse_art,
    "CDM": parse_cdm,
    "CER": parse_cdm,
    "PURO": parse_puro,
    "CORC": parse_puro,
    "ISOMETRIC": parse_generic,
    "CERCARBONO": parse_generic,
}
# programmes that were read with the generic form before they had their own: both are accepted
_ALSO_GENERIC = {"ACR", "CAR", "CRT", "ROC", "ART", "TREES", "FCPF", "CDM", "CER", "PURO", "CORC"}

_ALL_HELP = " | ".join((VERRA_HELP, GS_HELP, ACR_HELP, CAR_HELP, ART_HELP, CDM_HELP, PURO_HELP, GENERIC_HELP))


def parse(text: str, programme: str | None = None) -> Serial:
    """Parse a serial. With ``programme`` ("VCS", "GS", "ACR", "CAR", "ART", "CDM" or a unit type)
    use that registry's format; programmes without a public format (KCS, KETS, MYCARBON, PURO, ...)
    use the generic range format. Without it, detect the format from the text; a text that matches
    no format is refused with :class:`SerialError`, never guessed."""
    if text is None or not str(text).strip():
        raise SerialError("the serial is empty")
    text = str(text).strip()
    if programme:
        prog = programme.strip().upper()
        if prog in _ALSO_GENERIC and is_generic(text):
            return parse_generic(text)
        return _BY_PROGRAMME.get(prog, parse_generic)(text)
    if "/" in text:
        return parse_generic(text)
    upper = text.upper()
    if upper.startswith("ACR-"):
        return parse_acr(text)
    if upper.startswith("CAR-"):
        return parse_car(text)
    if upper.startswith(("ART-", "FCPF-")):
        return parse_art(text)
    if looks_like_cer(text):
        return parse_cdm(text)
    if looks_like_puro(text):
        return parse_puro(text)
    if "VCU" in text.split("-"):
        return parse_verra(text)
    if upper.startswith("GS"):
        return parse_gold_standard(text)
    raise SerialError(f"'{text}' matches no known serial format ({_ALL_HELP})")
