"""What a map of the expediente frames, and the locator inset that shows the rest.

core/map_focus.py decides the focus (urban land, else where the people are, else everything). Here it
becomes what a page needs: the extent of the main map, the whole territory as an inset with the main
map's frame drawn on it (a cartographer's "localización general"), a note that says what the frame is,
and for an atlas page the unit with its neighbours as context.

Page.map (pages.py) takes a MapFrame wherever it took an extent.
"""
import shapely
from qgis.core import QgsFillSymbol, QgsRectangle, QgsSingleSymbolRenderer

from ..core import map_focus
from ..core.indicators.engine import Engine
from ..i18n import tr
from ..store.indicator_inputs import load_inputs
from .map_labels import label_context
from .pages import UNITS_PROPERTY, inset_copy, outline, units_layer

ATLAS_MARGIN = 0.12  # of the unit's larger side, on every side: the unit is never cut, its edge never at the frame
MAP_MARGIN = 0.04
INSET_SIMPLIFY = 1 / 400  # of the territory's width: the inset is a few centimetres wide


def rectangle(bounds):
    return QgsRectangle(*[float(v) for v in bounds])


def grown(bounds, fraction):
    """bounds grown by `fraction` of their larger side on every side (a point gets a 100 m square)."""
    xmin, ymin, xmax, ymax = bounds
    margin = max(xmax - xmin, ymax - ymin, 100.0) * fraction
    return xmin - margin, ymin - margin, xmax + margin, ymax + margin


class Territory:
    """The expediente's whole territory and its focus, built once per report."""

    def __init__(self, focus, silhouette, crs, units=None):
        self.focus = focus  # core.map_focus.Focus
        self.silhouette = silhouette  # shapely: the whole territory, simplified for the inset
        self.crs = crs
        self.units = units  # (codes, names, geometries) of the report's level, for atlas context

    def frame(self, labels=True):
        """The frame of a thematic map: the focus (with the territory as inset when the focus is part of it)."""
        return MapFrame(self, self.focus, labels=labels)

    def whole(self, labels=False):
        """The whole territory, no inset, its silhouette under the units (the cover: a level of urban units
        alone would float in the middle of an empty page)."""
        frame = MapFrame(self, map_focus.decide(None, self.focus.territory, None), labels=labels)
        frame.background = True
        return frame

    def including(self, layer, labels=False):
        """The focus grown to hold every feature of `layer`: a map of projects or alerts cuts none away."""
        extent = layer.extent()
        bounds = None if not layer.featureCount() else \
            (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        return MapFrame(self, self.focus.including(bounds), labels=labels)

    def unit(self, code):
        """An atlas map of the unit `code`: its box with a margin on every side, its neighbours as grey
        context, and the territory as inset with the unit marked."""
        codes, names, geometries = self.units
        index = codes.index(code)
        geometry = geometries[index]
        bounds = grown(shapely.bounds(geometry), ATLAS_MARGIN)
        focus = map_focus.Focus(tuple(bounds), self.focus.territory, "unidad")
        return MapFrame(self, focus, labels=False, unit=index)


class MapFrame:
    """The frame of one map: its extent, and whether (and what) a locator inset shows."""

    def __init__(self, territory, focus, labels=True, unit=None):
        self.territory = territory
        self.focus = focus
        self.labels = labels
        self.unit = unit
        self.layers = []  # memory layers this frame made: alive as long as its page
        self.background = False  # the territory's silhouette under the map's layers

    @property
    def extent(self):
        bounds = self.focus.bounds if self.unit is not None else grown(self.focus.bounds, MAP_MARGIN)
        return rectangle(bounds)

    @property
    def inset(self):
        return self.focus.partial

    @property
    def note(self):
        if self.unit is not None:
            return tr("The inset locates the unit in the whole territory.")
        if self.focus.basis == map_focus.URBAN_LAND:
            return tr("Framed on the urban and expansion land; the inset shows the whole territory.")
        if self.focus.basis == map_focus.POPULATED:
            return tr("Framed on the units where the population lives; the inset shows the whole territory.")
        return ""

    def inset_layers(self, units=()):
        """The inset's layers, top first: the atlas unit in red, or the main map's `units` layers in their
        colours; the territory in grey."""
        territory = self.territory
        layers = [inset_copy(layer) for layer in units] + [self._silhouette()]
        if self.unit is not None:
            codes, names, geometries = territory.units
            unit = outline(units_layer(names[self.unit], territory.crs, [codes[self.unit]], [names[self.unit]],
                                       [geometries[self.unit]]), "#c62828", 0.3, "198,40,40,255")
            layers.insert(0, unit)
        self.layers += layers
        return layers

    def _silhouette(self):
        layer = outline(units_layer(tr("Territory"), self.territory.crs, ["territorio"], [""],
                                    [self.territory.silhouette]), "#616161", 0.25, "224,224,224,255")
        layer.setCustomProperty(UNITS_PROPERTY, False)  # no label, not a unit of the map
        self.layers.append(layer)
        return layer

    def context_layer(self):
        """An atlas unit's neighbours, grey and named, with the unit cut out of them: the public polygons
        overlap and leave gaps, and their edges drawn through or beside the unit's red outline read as a
        doubled border."""
        if self.unit is None:
            return self._silhouette() if self.background else None
        codes, names, geometries = self.territory.units
        unit = geometries[self.unit]
        box = shapely.box(*self.focus.bounds)
        keep = [i for i, g in enumerate(geometries) if i != self.unit and shapely.intersects(g, box)]
        others = [shapely.difference(geometries[i], unit) for i in keep]
        layer = units_layer(tr("Neighbouring units"), self.territory.crs, [codes[i] for i in keep],
                            [names[i] for i in keep], others)
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "242,242,242,255", "outline_color": "#9e9e9e", "outline_width": "0.2"})))
        label_context(layer)
        self.layers.append(layer)
        return layer


def expediente_territory(store, level, year, crs):
    """The Territory of an expediente for maps of `level` in `year`."""
    engine = Engine(load_inputs(store, level, year), year)
    units = engine.inputs.units
    codes, names, geometries = units["codigo"].tolist(), units["nombre"].tolist(), list(units.geometries)
    every_level = engine.inputs.population_units.geometries
    whole = engine.inputs.municipality
    if every_level is not None and len(every_level):
        whole = shapely.union_all(list(every_level) + [whole])
    xmin, _, xmax, _ = shapely.bounds(whole)
    silhouette = shapely.simplify(whole, (xmax - xmin) * INSET_SIMPLIFY)
    focus = map_focus.urban_focus(engine, shapely.bounds(whole))
    return Territory(focus, silhouette, crs, ([str(c) for c in codes], names, geometries))
