"""The expediente PDF's heritage pages (section "patrimonio" of the report model): a map of the declared assets
(BIC) by state of conservation with the counts by state and by unit, and a page per asset found in bad state
(malo or perdido) with its latest photo."""
import os

import shapely
from qgis.core import QgsCategorizedSymbolRenderer, QgsMarkerSymbol, QgsRendererCategory

from ..core import heritage, schema
from ..core.report.format import long_date, no_data, number
from ..i18n import tr
from .pages import coded_layer, outline, units_layer

# Conservation states, good to lost; not inspected in grey.
STATE_COLOURS = {"bueno": "#2e7d32", "regular": "#f9a825", "malo": "#c62828", "perdido": "#3e2723",
                 heritage.NO_STATE: "#9e9e9e"}
SHEET_ROWS = 22


def state_label(state):
    return schema.DOMAINS["estado_conservacion"].get(state) or tr("Not inspected")


def assets_layer(crs, assets):
    """Assets as points coloured by their state at the cut-off."""
    located = [a for a in assets if a["geometria"] is not None]
    layer = coded_layer("Point", tr("BIC by state"), crs,
                        [(a["codigo"], a["estado"] or heritage.NO_STATE) for a in located],
                        [a["geometria"] for a in located])
    categories = []
    for state, colour in STATE_COLOURS.items():
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": "#ffffff",
                                               "outline_width": "0.3", "size": "3.2"})
        categories.append(QgsRendererCategory(state, symbol, state_label(state)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("estado", categories))
    return layer


def zones_layer(crs, zones):
    """PEMP influence zones, a light ochre."""
    layer = units_layer(tr("PEMP influence zones"), crs, [z["codigo"] for z in zones], [z["nombre"] for z in zones],
                        [z["geometria"] for z in zones])
    return outline(layer, "#b26a00", 0.4, "230,180,90,70")


def framed(geometries, margin, smallest):
    """A square-ish extent around `geometries`, at least `smallest` metres wide."""
    from qgis.core import QgsRectangle

    xmin, ymin, xmax, ymax = shapely.total_bounds(geometries)
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    half = max(xmax - xmin, ymax - ymin, smallest) / 2 + margin
    return QgsRectangle(cx - half, cy - half, cx + half, cy + half)


class HeritagePages:
    """Lays the section out with the expediente report's page machinery (`report`: an ExpedienteReport)."""

    def __init__(self, report, data):
        self.report, self.data = report, data

    def pages(self):
        if not self.data or not self.data["bienes"]:
            return []
        return [self.map_page()] + [self.asset_page(asset) for asset in self.data["en_mal_estado"]]

    def map_page(self):
        report = self.report
        layer = assets_layer(report.crs, self.data["bienes"])
        zones = zones_layer(report.crs, self.data["zonas"])
        report.layers.extend([layer, zones])
        page = report._page("hoja", tr("Heritage observatory"),
                            tr("Declared heritage assets (BIC) by state of conservation at {date}").format(
                                date=long_date(report.cutoff)))
        points = [a["geometria"] for a in self.data["bienes"] if a["geometria"] is not None]
        page.map([layer, zones, report.outline], framed(points, 300, 1500))
        states = [a["estado"] or heritage.NO_STATE for a in self.data["bienes"]]
        page.table("tabla", [tr("State"), tr("Assets")],
                   [[state_label(s), states.count(s)] for s in STATE_COLOURS], 8)
        page.table("grafico", [tr("Unit"), tr("Assets"), tr("Inspected"), "Regular", "Malo", "Perdido"],
                   [[u["nombre"], number(u["bienes"], 0), number(u["inspeccionados"], 0), number(u["regular"], 0),
                     number(u["malo"], 0), number(u["perdido"], 0)] for u in self.data["por_unidad"]][:SHEET_ROWS], 6)
        page.text("fuente", tr("Source: register of heritage assets and field inspections (QField) of the expediente"))
        return page

    def asset_page(self, case):
        report = self.report
        asset = next(a for a in self.data["bienes"] if a["codigo"] == case["codigo"])
        page = report._page("hoja", tr("{name} ({code})").format(name=asset["nombre"], code=asset["codigo"]),
                            tr("State {state} · inspected on {date} · {unit}").format(
                                state=state_label(case["estado"]).lower(), date=long_date(case["fecha"]),
                                unit=asset["unidad_nombre"] or no_data()))
        code = asset["codigo"]
        site = outline(units_layer(code, report.crs, [code], [code], [shapely.buffer(asset["geometria"], 12)]),
                       STATE_COLOURS[case["estado"]], 0.8, "198,40,40,90")
        zones = zones_layer(report.crs, [z for z in self.data["zonas"] if z["bien"] == code])
        others = assets_layer(report.crs, self.data["bienes"])
        report.layers.extend([site, zones, others])
        page.map([others, site, zones, report.outline], framed([asset["geometria"]], 250, 0), legend=False)
        threats = ", ".join(schema.table("inspeccion_patrimonio").field(t).label.split(": ")[-1]
                            for t in case["amenazas"]) or tr("none recorded")
        page.table("tabla", [tr("Field"), tr("Value")], [
            [tr("Declared by"), schema.DOMAINS["ambito_patrimonio"].get(asset["ambito"], asset["ambito"])],
            [tr("Category"), schema.DOMAINS["categoria_patrimonio"].get(asset["categoria"], asset["categoria"])],
            [tr("Declaring act"), asset["acto_declaratorio"] or no_data()],
            [tr("Conservation level"), schema.DOMAINS["nivel_conservacion"].get(asset["nivel_conservacion"])
             or no_data()],
            [tr("Threats"), threats],
            [tr("Inspections"), str(case["inspecciones"])],
            [tr("Notes"), case["observaciones"] or ""]], 8)
        path = os.path.join(report.root, case["foto"]) if case["foto"] and report.root else None
        if path and os.path.exists(path):
            page.picture("grafico", path)
        else:
            page.table("grafico", [tr("Photo")], [[no_data()]], 8)
        page.text("fuente", tr("Source: field inspections (QField) of the expediente"))
        return page
