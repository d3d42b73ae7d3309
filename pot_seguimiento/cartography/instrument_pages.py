"""The expediente PDF's pages of the observatory of instruments (section "instrumentos" of the report model): the
map of instruments and obligations by state with received against due by type, where the money went, the
investment of the year per inhabitant with the private and collaborative actions, the needs per government term
and the reconciliation with progress reports; and, for the accountability report, a map of investment per
inhabitant for each source."""
import shapely
from qgis.core import (QgsCategorizedSymbolRenderer, QgsClassificationQuantile, QgsFillSymbol, QgsMarkerSymbol,
                       QgsRendererCategory, QgsSingleSymbolRenderer)

from ..core import schema
from ..core.instruments import OBLIGATION_STATES, STATE_LABELS
from ..core.report.format import class_label, long_date, no_data, number, or_no_data
from ..i18n import tr
from .pages import coded_layer, graduate, indicator_classes, outline, units_layer

BLUES = ("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c")  # money: more is neither good nor bad
STATE_COLOURS = {"pendiente": "#9e9e9e", "parcial": "#f9a825", "cumplida": "#2e7d32", "vencida": "#c62828"}


def _unit_label(unit):
    return {"m2": "m²", "cop": "COP", "unidades": tr("units"), "mixta": tr("mixed units")}.get(unit, unit)


def millions(value):
    """COP as documents write large sums: '16.047' (millions)."""
    return no_data() if value is None else number(value / 1e6, 0)


def money_classes(values):
    """Quantile classes on a light-to-dark blue ramp: investment is skewed (a corridor puts billions in one unit),
    so equal-interval or pretty breaks would paint all but one unit alike."""
    present = sorted(float(v) for v in values if v is not None and v == v)
    if len(set(present)) < 3:
        return indicator_classes(values, "positiva")
    ranges = QgsClassificationQuantile().classes(present, min(5, len(set(present))))
    colours = BLUES[-len(ranges):] if len(ranges) < len(BLUES) else BLUES
    return [{"desde": r.lowerBound(), "hasta": r.upperBound(), "color": c,
             "etiqueta": class_label(r.lowerBound(), r.upperBound())} for r, c in zip(ranges, colours)]


def _on_top(page, layer):
    """`layer` drawn above what Page.map put in the map (whose legend shows its first layer only)."""
    item = page.items.get("mapa")
    if item is not None:
        item.setLayers([layer] + item.layers())


def obligations_layer(data, crs):
    """Obligations by state: land where it lies, money and kind on their instrument's polygon; a few metres of
    buffer so a cesión of a few hundred m² shows at city scale."""
    located = [o for o in data["obligaciones"] if o["geometria"] is not None]
    layer = coded_layer("MultiPolygon", tr("Obligations"), crs,
                        [(o["codigo"], o["estado"]) for o in located],
                        [shapely.buffer(o["geometria"], 25) for o in located])
    categories = []
    for state in OBLIGATION_STATES:
        symbol = QgsFillSymbol.createSimple({"color": STATE_COLOURS[state], "outline_color": "#333333",
                                             "outline_width": "0.2"})
        symbol.setOpacity(0.75)
        categories.append(QgsRendererCategory(state, symbol, STATE_LABELS[state]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("estado", categories))
    return layer


def instruments_layer(data, crs):
    layer = coded_layer("MultiPolygon", tr("Planning and management instruments"), crs,
                        [(i["codigo"], i["estado"]) for i in data["instrumentos"] if i["geometria"] is not None],
                        [i["geometria"] for i in data["instrumentos"] if i["geometria"] is not None])
    return outline(layer, "#1f5f8b", 0.5, "31,95,139,40")


def actions_layer(data, crs):
    actions = [a for a in data["actuaciones"] if a["geometria"] is not None]
    layer = coded_layer("Point", tr("Private and collaborative actions"), crs,
                        [(a["codigo"], a["tipo"]) for a in actions], [a["geometria"] for a in actions])
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "triangle", "color": "#6a1b9a", "outline_color": "#ffffff", "size": "2.6"})))
    return layer


def _type_rows(data):
    """Per type: received against due, in the type's unit (money in millions of COP)."""
    rows = []
    for t in data["por_tipo"]:
        unit = "COP (millones)" if t["unidad"] == "cop" else _unit_label(t["unidad"])
        shown = millions if t["unidad"] == "cop" else (lambda v: or_no_data(v, 0))
        rows.append([f"{schema.DOMAINS['tipo_obligacion'][t['tipo']]} ({unit})", number(t["obligaciones"], 0),
                     shown(t["debido"]), shown(t["recibido"]), or_no_data(t["cumplimiento"], 1),
                     number(t["vencidas"], 0)])
    return rows


def instrument_pages(report):
    """The section's pages, or none when the expediente has no instrument, obligation or investment."""
    data = report.report.sections.get("instrumentos")
    if not data or not (data["instrumentos"] or data["obligaciones"] or data["inversion"]["unidades"][-1]["total"]):
        return []
    crs = report.crs
    obligations, instruments, actions = obligations_layer(data, crs), instruments_layer(data, crs), \
        actions_layer(data, crs)
    report.layers += [obligations, instruments, actions]
    page = report._page("hoja", tr("Observatory of instruments"), tr(
        "Instruments and urban obligations by state at {date}").format(date=long_date(report.cutoff)))
    page.map([obligations, instruments, report.outline], report.territory.including(instruments))
    page.table("tabla", [tr("Type (unit)"), tr("No."), tr("Due"), tr("Received"), tr("% received"),
                         tr("Overdue")], _type_rows(data), 6)
    page.table("grafico", [tr("State"), tr("Obligations")],
               [[STATE_LABELS[s], number(data["por_estado"][s], 0)] for s in OBLIGATION_STATES], 8)
    page.text("fuente", tr("Source: instruments (outlined in blue), urban obligations and receipts of the "
                           "expediente. Land is shown where it was ceded; money and kind on their instrument."))
    return [page, money_page(report, data, instruments), investment_page(report, data, actions)] + \
        reconciliation_pages(report, data)


def money_page(report, data, instruments):
    """Where the money received went: the POT projects it was assigned to, on the map and in a table, beside
    the needs per government term."""
    receiving = {d["proyecto"] for d in data["destino_recaudo"] if d["proyecto"]}
    projects = [p for p in report.projects if p["codigo"] in receiving and p["geometria"] is not None]
    layer = coded_layer("MultiPolygon", tr("Projects funded by obligations"), report.crs,
                        [(p["codigo"], "") for p in projects], [shapely.buffer(p["geometria"], 20) for p in projects])
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "46,125,50,170", "outline_color": "#1b5e20", "outline_width": "0.3"})))
    report.layers.append(layer)
    page = report._page("hoja", tr("Where the money received from obligations went"), tr(
        "Payments in money received by {date}, by the POT project they were assigned to").format(
        date=long_date(report.cutoff)))
    page.map([layer, instruments, report.outline], report.territory.including(instruments))
    page.table("tabla", [tr("Project"), tr("Name"), tr("Millions of COP"), tr("Share %")],
               [[d["proyecto"] or "—", d["nombre"], millions(d["valor"]),
                 or_no_data(d["porcentaje"], 1)] for d in data["destino_recaudo"]]
               or [[no_data(), "", "", ""]], 7)
    investment = data["inversion"]
    page.table("grafico", [tr("Government term"), tr("Programmed"), tr("Executed"), tr("Need")],
               [[n["periodo_gobierno"], millions(n["programado"]), millions(n["ejecutado"]), millions(n["necesidad"])]
                for n in investment["necesidades"]] or [[no_data(), "", "", ""]], 7)
    page.text("fuente", tr("Needs per government term, in millions of COP: what POT projects had programmed "
                           "(annual budget) and did not execute (investment by source), up to {year}").format(
        year=investment["anio"]))
    return page


def reconciliation_pages(report, data):
    """Projects whose progress reports and investment by source disagree (none: no page)."""
    rows = [[d["proyecto"], str(d["anio"]), "$ " + number(d["inversion_avance"], 0),
             "$ " + number(d["inversion_fuentes"], 0), "$ " + number(d["diferencia"], 0)]
            for d in data["inversion"]["conciliacion"]]
    headers = [tr("Project"), tr("Up to"), tr("Progress reports (COP)"), tr("Investment by source (COP)"),
               tr("Difference (COP)")]
    subtitle = tr("The cumulative investment of each project's latest progress report against the sum of its "
                  "investment rows by source")
    return [report._table_page(tr("Reconciliation of the investment reported"), headers, chunk, subtitle)
            for chunk in _chunks(rows)] if rows else []


def investment_page(report, data, actions):
    investment = data["inversion"]
    units = investment["unidades"][:-1]
    values = [u["per_capita"] for u in units]
    layer = units_layer(tr("Investment per inhabitant (COP)"), report.crs, report.unit_codes, report.unit_names,
                        report.unit_geometries, values)
    graduate(layer, money_classes(values))
    report.layers.append(layer)
    page = report._page("hoja", tr("Territorialised investment {year}").format(year=investment["anio"]), tr(
        "Projects' investment by the area of their footprint in each unit, actions (triangles) where they are; per "
        "inhabitant"))
    page.map([layer], report.extent)
    _on_top(page, actions)
    page.table("tabla", [tr("Unit"), tr("Total (millions of COP)"), tr("COP per inhabitant"),
                         tr("Private and collaborative %")],
               [[u["nombre"], millions(u["total"]), or_no_data(u["per_capita"], 0), or_no_data(u["privada"], 1)]
                for u in investment["unidades"][-1:] + units][:22], 6)
    municipality = investment["unidades"][-1]
    page.table("grafico", [tr("Source"), tr("Millions of COP"), tr("COP per inhabitant")],
               [[schema.DOMAINS["fuente_inversion"][s], millions(municipality["por_fuente"][s]),
                 or_no_data(municipality["per_capita_fuente"][s], 0)] for s in investment["fuentes"]]
               + [[tr("Without location"), millions(investment["sin_localizar"]), ""]], 6)
    page.text("fuente", tr("Source: investment by source reported by the entities (inversion) and population of "
                           "the expediente"))
    return page


def accountability_pages(report):
    """A map of investment per inhabitant for each source, for the accountability report."""
    data = report.report.sections.get("instrumentos")
    if not data or not data["inversion"]["fuentes"]:
        return []
    investment = data["inversion"]
    pages = []
    for source in investment["fuentes"]:
        units = investment["unidades"][:-1]
        values = [u["per_capita_fuente"].get(source) for u in units]
        label = schema.DOMAINS["fuente_inversion"][source]
        layer = units_layer(tr("{source}: COP per inhabitant").format(source=label), report.crs, report.unit_codes,
                            report.unit_names, report.unit_geometries, values)
        graduate(layer, money_classes(values))
        report.layers.append(layer)
        page = report._page("hoja", tr("Accountability report: investment per inhabitant, {source}").format(
            source=label), tr("Investment of {year} by source").format(
            year=investment["anio"]))
        page.map([layer], report.extent)
        page.table("tabla", [tr("Unit"), tr("Millions of COP"), tr("COP per inhabitant")],
                   [[u["nombre"], millions(u["por_fuente"].get(source, 0)), or_no_data(u["per_capita_fuente"].get(
                       source), 0)] for u in investment["unidades"][-1:] + units][:22], 6)
        page.remove("grafico")
        page.text("fuente", tr("Source: investment by source reported by the entities (inversion)"))
        pages.append(page)
    return pages


def _chunks(rows, size=30):
    return [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]
