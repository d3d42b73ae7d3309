"""The indicator engine: built-in occupation-model and land-value indicators."""
import numpy as np

from ..errors import PotError
from ..i18n import tr
from . import catalog, field_control, heritage, instruments, land_value, occupation, participation, services
from .engine import Engine, Inputs, Layer, Lots, Result  # noqa: F401 (the engine's public names)

CALCULATORS = {**occupation.CALCULATORS, **land_value.CALCULATORS, **field_control.CALCULATORS,
               **instruments.CALCULATORS, **heritage.CALCULATORS, **participation.CALCULATORS}


def calculator(code):
    if code.startswith("cobertura_"):
        return occupation.cobertura(code[len("cobertura_"):])
    return CALCULATORS.get(code) or services.calculator(code)


def computable_codes(facility_sectors, observatory=None, heritage_counts=(0, 0), participation_records=0,
                     services_observatory=True):
    """Every built-in this engine computes, with a coverage indicator per sector present and, unless
    `services_observatory` is False, the observatory of social services' five indicators per sector present
    (oferta_demanda_, accesibilidad_, deficit_, poblacion_sin_servicio_, uso_capacidad_; scripts/bench.py times them
    apart from the battery); the observatory of
    instruments' only where the expediente has obligations or investment rows (`observatory`, as
    Inputs.observatory holds it); the heritage observatory's where it has assets or traditional activities
    (`heritage_counts`: how many of each, Inputs.heritage_counts); participation's where it has activities or plan
    rows (`participation_records`, Inputs.participation_records)."""
    general = [code for code in CALCULATORS if code not in instruments.CALCULATORS and code not in heritage.CALCULATORS
               and code not in participation.CALCULATORS]
    return (general + [f"cobertura_{s}" for s in sorted(set(facility_sectors))]
            + (services.codes_for(facility_sectors) if services_observatory else [])
            + instruments.computable(observatory) + heritage.computable(*heritage_counts)
            + (list(participation.CALCULATORS) if participation_records else []))


def check_codes(codes, user_defined=()):
    unknown = [code for code in codes if calculator(code) is None and code not in user_defined]
    if unknown:
        raise PotError(tr("Unknown or not yet computable indicator codes: {codes}. Known: {known}.").format(
            codes=", ".join(unknown),
            known=", ".join(list(CALCULATORS) + ["cobertura_<sector>"] +
                            [f"{prefix}_<sector>" for prefix in services.PREFIXES])))


def compute(engine, codes, parameters, progress=None, cancelled=lambda: False):
    """{code: Result} for each code; `parameters` maps code -> dict (defaults from the catalogue)."""
    results = {}
    with np.errstate(invalid="ignore", divide="ignore"):  # empty intersections, zero denominators
        for position, code in enumerate(codes):
            if cancelled():
                return None
            defaults = (catalog.definition(code) or (None,) * 6)[5]
            params = {**defaults, **(parameters.get(code) or {})}
            results[code] = calculator(code)(engine, params)
            results[code].parametros = {**params, **results[code].parametros}
            if progress:
                progress((position + 1) / len(codes), code)
    return results
