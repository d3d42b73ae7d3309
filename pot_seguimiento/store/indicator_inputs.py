"""Read from a store what the indicator engine needs for one period and level."""
import numpy as np
import shapely

from ..core.errors import PotError
from ..core.i18n import tr
from ..core.indicators import Inputs, Layer


def _layer(store, table, columns, geometry=True, where=None, params=()):
    data, geometries = store.read(table, columns, geometry=geometry, where=where, params=params)
    data.pop("fid", None)
    return Layer(data, geometries)


def load_inputs(store, level, year):
    units = _layer(store, "unidad_territorial", ["codigo", "nombre", "nivel"], where="nivel = ?", params=(level,))
    if len(units) == 0:
        raise PotError(tr("The expediente has no territorial units of level '{level}'. Import them "
                          "(table unidad_territorial, field nivel) before computing indicators.").format(level=level))
    municipality_rows = _layer(store, "unidad_territorial", ["codigo"], where="nivel = 'municipio'")
    if len(municipality_rows):
        municipality = shapely.union_all(municipality_rows.geometries)
        municipality_code = str(municipality_rows["codigo"][0])
    else:
        municipality = shapely.union_all(units.geometries)
        municipality_code = store.info.get("codigo_dane") or "municipio"
    return Inputs(
        units=units,
        municipality=municipality,
        municipality_code=municipality_code,
        blocks=_layer(store, "manzana", ["codigo"]),
        population=_layer(store, "poblacion", None, geometry=False),
        population_units=_layer(store, "unidad_territorial", ["codigo"], where="nivel != 'municipio'"),
        lots=_layer(store, "predio", ["codigo", "area_terreno"]),
        land_values=_layer(store, "valor_suelo", ["codigo", "anio", "valor_m2"], geometry=False,
                           where="nivel = 'predio' AND anio IN (?, ?)", params=(int(year), int(year) - 1)),
        zoning=_layer(store, "zonificacion", ["tipo", "categoria"]),
        public_space=_layer(store, "espacio_publico", ["efectivo"]),
        facilities=_layer(store, "equipamiento", ["sector"]),
        hazards=_layer(store, "amenaza", ["nivel"]),
        transit=_layer(store, "transporte", ["capacidad"]),
        footprints=_layer(store, "huella", ["anio"]),
    )


def nan_to_none(values):
    return [None if v is None or (isinstance(v, float) and np.isnan(v)) else float(v) for v in values]
