"""Product carbon footprints (ISO 14067 / PAS 2050 style) over Brightway.

Plain dataclasses describe a product system (:mod:`lca.product.model`); :mod:`.formulas`
evaluates its parameters; :mod:`.validate` rejects bad models before anything is written;
:mod:`.bw_bridge` writes the foreground into Brightway and reads the matrices back;
:mod:`.matrices` and :mod:`.analysis` do the sparse algebra (factorisation reuse, contributions,
supply-chain tree), :mod:`.montecarlo` the Monte Carlo; :mod:`.importers` wraps the bw2io importers
and relinking.

Nothing here imports ``workbench`` or ``offsets``; heavy libraries are imported inside functions.
"""
