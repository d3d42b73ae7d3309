"""Which part of the territory the expediente's maps are framed on.

A municipality with a large rural area drawn whole leaves its city a speck: Bogotá's Sumapaz is three
quarters of the District, so urban Bogotá filled a quarter of every map and its 112 UPZ could not be
told apart. Colombian planning cartography (the POT's urban and rural sheets, the SDP's maps by UPZ)
frames thematic maps on the urban area and puts the whole territory beside it as a locator inset.
The maps of the expediente do the same, decided from the data, in this order:

1. the urban land the POT classifies (zonificacion `clasificacion_suelo`: urbano and expansion);
2. else where the people are: the units (or blocks) of the finest population source of the year that
   have population;
3. else nothing: the whole territory.

A map frames that focus only when it is a clear gain: when the focus's box covers at most FOCUS_SHARE
of the territory's box, so the map's scale at least doubles (Bogotá's urban box is 15 % of the District's).
A smaller gain would crop the rural units and cover some with the inset for little more detail (the
demo municipality's urban and expansion land, a third of its box, keeps the whole territory). A focused
map also frames every feature it shows (projects, occupation alerts), so nothing on it is cut away.
Pure geometry (shapely); the QGIS side is cartography/map_frame.py.
"""
from dataclasses import dataclass

import numpy as np
import shapely

FOCUS_SHARE = 0.25
URBAN_CATEGORIES = ("urbano", "expansion")
URBAN_LAND, POPULATED = "suelo_urbano", "poblacion"


@dataclass(frozen=True)
class Focus:
    """bounds: (xmin, ymin, xmax, ymax) of what maps frame; basis: URBAN_LAND, POPULATED or None (whole)."""
    bounds: tuple
    territory: tuple
    basis: str = None

    @property
    def partial(self):
        return self.basis is not None

    def including(self, bounds):
        """The focus grown to hold `bounds` too (features a map draws); whole territory when that is no gain."""
        if not self.partial or bounds is None or not np.isfinite(bounds).all():
            return self
        grown = (min(self.bounds[0], bounds[0]), min(self.bounds[1], bounds[1]),
                 max(self.bounds[2], bounds[2]), max(self.bounds[3], bounds[3]))
        return decide(grown, self.territory, self.basis)


def box_area(bounds):
    return max(0.0, bounds[2] - bounds[0]) * max(0.0, bounds[3] - bounds[1])


def decide(focus_bounds, territory_bounds, basis):
    """The Focus for a candidate box: partial only when it is a clear gain over the whole territory."""
    territory_bounds = tuple(float(v) for v in territory_bounds)
    if focus_bounds is None or basis is None or not np.isfinite(focus_bounds).all() or \
            box_area(focus_bounds) > FOCUS_SHARE * box_area(territory_bounds):
        return Focus(territory_bounds, territory_bounds)
    return Focus(tuple(float(v) for v in focus_bounds), territory_bounds, basis)


def urban_focus(engine, territory=None):
    """The Focus of an indicator engine's expediente (its zoning and population) within `territory`
    (bounds; the engine's municipality if None)."""
    territory = shapely.bounds(engine.inputs.municipality) if territory is None else territory
    urban = engine.zone("clasificacion_suelo", URBAN_CATEGORIES)
    if urban is not None and not shapely.is_empty(urban):
        return decide(shapely.bounds(urban), territory, URBAN_LAND)
    census = engine.census_year()
    source = engine.population_model.finest(census) if census is not None else None
    if source is not None:
        people = source.values("poblacion") > 0
        if people.any():
            return decide(shapely.total_bounds(source.geometries[people]), territory, POPULATED)
    return decide(None, territory, None)
