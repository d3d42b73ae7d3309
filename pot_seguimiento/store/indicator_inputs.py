"""The indicator engine's inputs, read from a store on first use.

Each attribute is a table the engine may need; reading it only when a
calculator asks means the land-value battery never reads blocks or footprints,
and the occupation battery never reads a million lots.
"""
import functools
import json

import numpy as np
import shapely

from ..core import age_bands
from ..core.errors import PotError
from ..core.i18n import tr
from ..core.indicators import Layer, Lots
from ..core.indicators.engine import Inputs
from ..core.indicators.population import key_columns, lookup_rows


RESIDENTIAL_ZONES_KEY = "zonas_residenciales"  # in the expediente's info table: the categories last given


def remembered_residential_zones(store):
    """The zoning categories marked residential the last time indicators were computed (JSON list)."""
    try:
        zones = json.loads(store.info.get(RESIDENTIAL_ZONES_KEY) or "[]")
    except ValueError:
        return []
    return [str(z) for z in zones] if isinstance(zones, list) else []


class StoreInputs(Inputs):
    def __init__(self, store, level, year):  # (no dataclass __init__: the attributes are read lazily)
        self.store = store
        self.level = level
        self.year = int(year)
        # Where people live inside units (dasymetry.py): every engine on this expediente uses the same zones.
        self.residential_zones = remembered_residential_zones(store)
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
    # Every level: population rows name units of any level, and codigo_padre links them (UPZ -> localidad).
    population_units = functools.cached_property(
        lambda self: self._layer("unidad_territorial", ["codigo", "nivel", "codigo_padre"]))
    zoning = functools.cached_property(lambda self: self._layer("zonificacion", ["tipo", "categoria"]))
    public_space = functools.cached_property(lambda self: self._layer("espacio_publico", ["efectivo"]))
    facilities = functools.cached_property(lambda self: self._layer(
        "equipamiento", ["codigo", "sector", "capacidad", "estado", "naturaleza"]))
    facility_reports = functools.cached_property(lambda self: self._reports())
    population_ages = functools.cached_property(lambda self: Layer(self.store.age_bands()))
    hazards = functools.cached_property(lambda self: self._layer("amenaza", ["nivel"]))
    streets = functools.cached_property(lambda self: self._layer("via", ["tipo"]))
    transit = functools.cached_property(lambda self: self._layer("transporte", ["capacidad"]))
    footprints = functools.cached_property(lambda self: self._layer("huella", ["anio"]))
    alerts = functools.cached_property(
        lambda self: self._layer("alerta_ocupacion", ["codigo", "prioridad", "detectada_en"]))
    visits = functools.cached_property(lambda self: self._layer(
        "visita", ["uuid", "version", "alerta", "fecha_hora", "hallazgo"], geometry=False))
    actions = functools.cached_property(
        lambda self: self._layer("accion_control", ["alerta", "fecha", "estado"], geometry=False))

    def age_bands_meeting(self, year, desde, hasta=None):
        """As Inputs.age_bands_meeting, filtered by the database: of DANE's 17 five-year bands a school age range
        meets 3, so a million-lot city reads a tenth of its age rows."""
        return Layer(self.store.age_bands(year, meeting=(desde, hasta)))

    def _reports(self):
        data, _ = self.store.read("reporte_equipamiento", ["equipamiento", "periodo", "capacidad", "usuarios",
                                                           "reemplaza"], geometry=False)
        return Layer(data)  # with its fid: corrections name the report they replace by it

    assets = functools.cached_property(lambda self: self._layer("bien_patrimonial", ["codigo"]))
    inspections = functools.cached_property(lambda self: self._layer(
        "inspeccion_patrimonio", ["uuid", "version", "bien", "fecha_hora", "estado"], geometry=False))
    interventions = functools.cached_property(lambda self: self._layer(
        "intervencion_patrimonio", ["bien", "con_licencia", "fecha_inicio"], geometry=False))
    activities = functools.cached_property(
        lambda self: self._layer("actividad_tradicional", ["anio_registro", "anio_cierre"]))
    heritage_counts = functools.cached_property(
        lambda self: (self.store.count("bien_patrimonial"), self.store.count("actividad_tradicional")))

    @functools.cached_property
    def observatory(self):
        return self.store.instrument_observatory()

    @functools.cached_property
    def participation_records(self):
        return self.store.count("actividad_participacion") + self.store.count("plan_participacion")

    @functools.cached_property
    def participation(self):
        from .participation import indicator_inputs

        return indicator_inputs(self.store)

    @functools.cached_property
    def _lot_table(self):
        """fid, area_terreno, bounding box and the period's value of every lot, in one query."""
        columns = self.store.lot_columns(self.year)
        order = np.argsort(columns["fid"], kind="stable")
        return {name: values[order] for name, values in columns.items()}

    @functools.cached_property
    def lots(self):
        """Lots by their R-tree boxes: no geometry is decoded unless a lot crosses a unit edge."""
        table = self._lot_table
        fids = table["fid"].astype(np.int64)
        area = table["area"].astype(float)
        missing = np.isnan(area)
        if missing.any():  # no area_terreno: the geometry's area
            area[missing] = shapely.area(self._lot_geometries(fids[missing]))
        boxes = np.column_stack([table["minx"], table["miny"], table["maxx"], table["maxy"]]).astype(float)
        return Lots(fids, area, boxes, lambda indices: self._lot_geometries(fids[indices]))

    def _lot_geometries(self, fids):
        found = {}
        fids = [int(f) for f in fids]
        for start in range(0, len(fids), 900):
            chunk = fids[start:start + 900]
            data, geometries = self.store.read("predio", columns=[], where=f"fid IN ({', '.join('?' * len(chunk))})",
                                               params=chunk)
            found.update(zip(data["fid"].tolist(), geometries))
        return np.array([found[f] for f in fids], dtype=object)

    def add_age_groups(self, bands, year=None):
        """Columns named as the bands (Band.column(): 'edad_0_14', 'edad_60_mas') on the population rows: the
        persons of each age range, added up from each row's declared bands by core.age_bands (both sexes; None where
        a row's bands do not cover the range), so the engine spreads them over units as any other column. `year`:
        only the rows of that census year get them (the others None), and only its bands are read."""
        population = self.population
        data = self.store.age_bands(year)
        # Each band row's population row by (nivel, ambito, anio), over whole columns (population.lookup_rows), then
        # the rule over whole columns (age_bands.persons_at): not a Python step per row and band.
        position = lookup_rows(key_columns(data), key_columns(population))
        for band in bands:
            values = age_bands.persons_at(data, position, len(population), band.desde, band.hasta, same_bands=True)
            population.columns[band.column()] = np.where(np.isnan(values), None, values).astype(object)

    def lot_values(self, year):
        """valor_m2 per lot for a year (NaN where none), aligned with `lots`."""
        if int(year) == int(self.year):
            return self._lot_table["valor"].astype(float)
        columns = self.store.lot_columns(year, boxes=False)
        fids = self.lots.codes
        values = np.full(len(fids), np.nan)
        position = np.searchsorted(fids, columns["fid"].astype(np.int64))
        values[position] = columns["valor"]
        return values


def load_inputs(store, level, year):
    return StoreInputs(store, level, year)


def nan_to_none(values):
    return [None if v is None or (isinstance(v, float) and np.isnan(v)) else float(v) for v in values]
