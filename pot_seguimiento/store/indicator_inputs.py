"""The indicator engine's inputs, read from a store on first use.

Each attribute is a table the engine may need; reading it only when a
calculator asks means the land-value battery never reads blocks or footprints,
and the occupation battery never reads a million lots.
"""
import functools

import numpy as np
import shapely

from ..core.errors import PotError
from ..core.i18n import tr
from ..core.indicators import Layer, Lots
from ..core.indicators.engine import Inputs
from . import geometry_blob


class StoreInputs(Inputs):
    __hash__ = object.__hash__  # identity: lot_values is cached per instance
    def __init__(self, store, level):  # noqa: D107 (no dataclass __init__: attributes are lazy)
        self.store = store
        self.level = level
        self.units = self._layer("unidad_territorial", ["codigo", "nombre", "nivel"], where="nivel = ?",
                                 params=(level,))
        if len(self.units) == 0:
            raise PotError(tr("The expediente has no territorial units of level '{level}'. Import them "
                              "(table unidad_territorial, field nivel) before computing indicators.").format(
                level=level))
        top = self._layer("unidad_territorial", ["codigo"], where="nivel = 'municipio'")
        if len(top):
            self.municipality = shapely.union_all(top.geometries)
            self.municipality_code = str(top["codigo"][0])
        else:
            self.municipality = shapely.union_all(self.units.geometries)
            self.municipality_code = store.info.get("codigo_dane") or "municipio"

    def _layer(self, table, columns, geometry=True, where=None, params=()):
        data, geometries = self.store.read(table, columns, geometry=geometry, where=where, params=params)
        data.pop("fid", None)
        return Layer(data, geometries)

    blocks = functools.cached_property(lambda self: self._layer("manzana", ["codigo"]))
    population = functools.cached_property(lambda self: self._layer("poblacion", None, geometry=False))
    population_units = functools.cached_property(
        lambda self: self._layer("unidad_territorial", ["codigo"], where="nivel != 'municipio'"))
    zoning = functools.cached_property(lambda self: self._layer("zonificacion", ["tipo", "categoria"]))
    public_space = functools.cached_property(lambda self: self._layer("espacio_publico", ["efectivo"]))
    facilities = functools.cached_property(lambda self: self._layer("equipamiento", ["sector"]))
    hazards = functools.cached_property(lambda self: self._layer("amenaza", ["nivel"]))
    transit = functools.cached_property(lambda self: self._layer("transporte", ["capacidad"]))
    footprints = functools.cached_property(lambda self: self._layer("huella", ["anio"]))

    @functools.cached_property
    def lots(self):
        """Lots by their R-tree boxes: no geometry is decoded unless a lot crosses a unit edge."""
        rows = self.store.connection.execute(
            "SELECT p.fid, p.area_terreno, r.minx, r.miny, r.maxx, r.maxy FROM predio p "
            "JOIN rtree_predio_geom r ON r.id = p.fid ORDER BY p.fid").fetchall()
        table = np.array(rows, dtype=float).reshape(-1, 6)
        fids = table[:, 0].astype(np.int64)
        boxes = table[:, 2:]
        area = table[:, 1]
        missing = np.isnan(area)
        if missing.any():  # no area_terreno: the geometry's area
            area[missing] = shapely.area(self._lot_geometries(fids[missing]))
        return Lots(fids, area, boxes, lambda indices: self._lot_geometries(fids[indices]))

    def _lot_geometries(self, fids):
        found = {}
        fids = [int(f) for f in fids]
        for start in range(0, len(fids), 900):
            chunk = fids[start:start + 900]
            found.update(self.store.connection.execute(
                f"SELECT fid, geom FROM predio WHERE fid IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
        return geometry_blob.decode([found[f] for f in fids])

    @functools.lru_cache(maxsize=4)
    def lot_values(self, year):
        """valor_m2 per lot for a year, joined inside SQLite on the (nivel, codigo, anio) unique index."""
        fids = self.lots.codes
        rows = self.store.connection.execute(
            "SELECT p.fid, v.valor_m2 FROM predio p JOIN valor_suelo v "
            "ON v.nivel = 'predio' AND v.codigo = p.codigo AND v.anio = ?", (int(year),)).fetchall()
        values = np.full(len(fids), np.nan)
        if rows:
            pairs = np.array(rows, dtype=float)
            position = np.searchsorted(fids, pairs[:, 0].astype(np.int64))
            ok = (position < len(fids)) & (fids[np.minimum(position, len(fids) - 1)] == pairs[:, 0])
            values[position[ok]] = pairs[ok, 1]
        return values


def load_inputs(store, level, year=None):
    return StoreInputs(store, level)


def nan_to_none(values):
    return [None if v is None or (isinstance(v, float) and np.isnan(v)) else float(v) for v in values]
