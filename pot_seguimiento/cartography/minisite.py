"""The expediente as the POT's public website: the data files of the static site in resources/web.

Everything published comes from the report model (core/report: the same values, classes and colours as
the PDF), with nothing the open-data export would not publish: no reporter or
inspector names, no photos. Geometries go to WGS84, simplified by 2 m (each shape kept valid) and
rounded to about a metre (5 decimals), so the whole demo site stays a few MB.
"""
import datetime
import json
import os
import shutil

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

from ..core import project_states, report, schema
from ..core.report import legend, palette
from ..core.report.format import decimals_for, number, or_no_data, titled, unit_suffix
from ..core.indicators.assessment import HORIZONS
from ..core.report.labels import horizon_name, level_name, light_label
from ..i18n import tr
from ..store import open_store
from .pages import indicator_classes

WEB = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "web")
SIMPLIFY_M = 2.0
DECIMALS = 5  # ~1 m in latitude and longitude
HORIZON = "corto"  # the targets the site's traffic lights read (the expediente PDF's default)


def _to_wgs84(geometries, crs):
    """Projected geometries -> simplified, rounded WGS84 GeoJSON geometries (dicts)."""
    transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    simplified = shapely.simplify(np.asarray(geometries, dtype=object), SIMPLIFY_M, preserve_topology=True)
    out = []
    for geometry in simplified:
        if geometry is None or geometry.is_empty:
            out.append(None)
            continue
        coordinates = shapely.get_coordinates(geometry)
        lon_lat = [transform.transform(float(x), float(y)) for x, y in coordinates]
        moved = shapely.set_coordinates(geometry, np.round(np.array([[p.x(), p.y()] for p in lon_lat]), DECIMALS))
        out.append(json.loads(shapely.to_geojson(moved)))
    return out


def _clean(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return round(float(value), 6) if isinstance(value, (float, np.floating)) else value


class SiteData:
    """The site's data files, rendered from the report model (no QGIS layer or layout is built)."""

    def __init__(self, store_path, period, level, basemap=""):
        with open_store(store_path) as store:
            self.report = report.build(store, period, level, document="minisitio")
            self.crs = QgsCoordinateReferenceSystem(store.crs_wkt())
        self.period, self.level, self.basemap = period, level, basemap
        self.today = datetime.date.today().isoformat()

    def site(self):
        info = self.report.info
        return {"municipio": info.get("municipio") or "", "codigo_dane": info.get("codigo_dane") or "",
                "periodo": self.period, "nivel": self.level, "fondo": self.basemap or "",
                "municipio_codigo": self.report["territorio"]["municipio"]["codigo"], "generado": self.today,
                # The PDF's colours (core/report/palette.py): a state or a light looks the same in both.
                "estados": [{"estado": state, "nombre": project_states.label(state),
                             "color": palette.PROJECT_STATES[state], "proyectos": count}
                            for state, count in self.report["proyectos"]["por_estado"].items()],
                "semaforos": {light: {"color": color, "nombre": light_label(light)}
                              for light, color in palette.TRAFFIC_LIGHTS.items()},
                "nivel_nombre": level_name(self.level), "horizontes": {h: horizon_name(h) for h in HORIZONS}}

    def units(self):
        units = self.report["territorio"]["unidades"]
        geometries = _to_wgs84([u["geometria"] for u in units], self.crs)
        return {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"codigo": u["codigo"], "nombre": u["nombre"]}, "geometry": g}
            for u, g in zip(units, geometries)]}

    def indicators(self):
        codes = [u["codigo"] for u in self.report["territorio"]["unidades"]]
        out = []
        for indicator in (i for i in self.report["indicadores"] if i["mapa"]):
            values = [indicator["valores"].get(c) for c in codes]
            if legend.by_light(indicator, HORIZON):  # the map says what the traffic lights say (legend.py)
                classes = legend.light_classes(indicator["base"], indicator["metas"][HORIZON], indicator["polaridad"],
                                               indicator["unidad"])
                lights = {c: indicator["semaforos"][HORIZON].get(c, "gris") for c in codes}
            else:
                # with the PDF legend's labels ('50 - 100'; the unit is in the legend's title): the site wrote
                # every limit with its unit and trailing zeros, '50,00 por 1.000 hab. – 100,00 por 1.000 hab.'
                classes = [{k: c[k] for k in ("desde", "hasta", "color", "etiqueta")}
                           for c in indicator_classes(values, indicator["polaridad"])]
                lights = None
            out.append({
                "codigo": indicator["codigo"], "nombre": indicator["nombre"], "unidad": indicator["unidad"],
                # How its values are written (format.py, as in the PDF): decimals, and the unit after a number.
                "titulo": titled(indicator["nombre"], indicator["unidad"]),
                "decimales": decimals_for(indicator["unidad"]), "sufijo": unit_suffix(indicator["unidad"]),
                "modo": "semaforo" if lights is not None else "clases", "semaforos": lights,
                "lectura": (tr("Map by traffic light against the {horizon} target").format(
                    horizon=horizon_name(HORIZON)) if lights is not None else
                    tr("Map by value classes (no target to compare with)")),
                "polaridad": indicator["polaridad"], "base": _clean(indicator["base"]),
                "metas": {h: _clean(v) for h, v in indicator["metas"].items()},
                "meta": _clean(indicator["metas"][HORIZON]), "municipio": _clean(indicator["municipio"]),
                "semaforo": indicator["semaforo_municipio"][HORIZON],
                "semaforo_nombre": light_label(indicator["semaforo_municipio"][HORIZON]),
                "valores": {c: _clean(v) for c, v in zip(codes, values)},
                "clases": classes,
                "series": {ambito: [[p, _clean(v)] for p, v in points]
                           for ambito, points in indicator["serie"].items()}})
        return out

    def projects(self):
        with_geometry = [p for p in self.report["proyectos"]["proyectos"] if p["geometria"] is not None]
        geometries = _to_wgs84([p["geometria"] for p in with_geometry], self.crs)
        return {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": geometry, "properties": {
            "codigo": p["codigo"], "nombre": p["nombre"], "programa": p["programa"],
            "programa_nombre": p["programa_nombre"], "entidad": p["entidad"],
            "horizonte": p["horizonte"], "horizonte_nombre": horizon_name(p["horizonte"]),
            "meta": p["meta_descripcion"], "estado": p["estado"],
            "estado_nombre": p["estado_nombre"], "esperado": round(p["esperado"], 1), "fisico": round(p["fisico"], 1),
            "financiero": round(p["financiero"], 1), "inversion": round(p["inversion"]),
            "presupuesto": _clean(p["presupuesto"]),
            "avance": [[period, round(value, 1)] for period, value in p["avance"]]}}
            for p, geometry in zip(with_geometry, geometries)]}

    def accountability(self):
        units = [{k: _clean(v) if k not in ("codigo", "nombre") else v for k, v in u.items()}
                 for u in self.report["rendicion_cuentas"]["unidades"]]
        field = [{"unidad": u["nombre"], "alertas": number(u["alertas"], 0), "confirmadas": number(u["confirmadas"], 0),
                  "con_accion": or_no_data(u["con_accion"], 1)}
                 for u in self.report["control_ocupaciones"]["por_unidad"]]
        return {"unidades": units, "control_ocupaciones": field}

    def participation(self):
        """The Participación page: executed and programmed activities on the map, the plan by dependency, the
        commitments with their state. Counts, codes and entities only: no free text an office typed."""
        data = self.report.sections.get("participacion") or {
            "actividades": [], "por_dependencia": [], "compromisos": [], "por_unidad": [], "compromisos_por_mes": []}
        placed = [a for a in data["actividades"] if a["geometria"] is not None]
        geometries = _to_wgs84([a["geometria"] for a in placed], self.crs)
        states = schema.DOMAINS["estado_compromiso"]
        return {
            "actividades": {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": g, "properties": {
                "codigo": a["codigo"], "tipo": a["tipo_nombre"], "etapa": a["etapa_nombre"],
                "unidad": a["unidad_nombre"], "dependencia": a["dependencia_nombre"], "fecha": a["fecha"],
                "estado": a["estado"], "asistentes": a["asistentes"], "mujeres": a["mujeres"],
                "hombres": a["hombres"], "otras_identidades": a["otras_identidades"]}}
                for a, g in zip(placed, geometries)]},
            "plan": [{"dependencia": d["nombre"], "programadas": d["programadas"], "ejecutadas": d["ejecutadas"],
                      "cumplimiento": _clean(d["cumplimiento"])} for d in data["por_dependencia"]],
            "compromisos": [{"codigo": c["codigo"], "actividad": c["actividad"], "responsable": c["responsable"],
                             "estado": states.get(c["estado"], c["estado"]), "fecha_limite": c["fecha_limite"],
                             "vencido": c["vencido"]} for c in data["compromisos"]],
            "por_estado": {states[s]: sum(c["estado"] == s for c in data["compromisos"]) for s in states},
            "unidades": [{"nombre": u["nombre"], "actividades": u["actividades"], "asistentes": u["asistentes"],
                          "mujeres": u["mujeres"], "hombres": u["hombres"], "otras": u["otras"]}
                         for u in data["por_unidad"]]}

    def heritage(self):
        """The heritage observatory's page: assets with their state (a private owner never named), counts by unit,
        the banco de experiencias."""
        data = self.report.sections.get("patrimonio") or {"bienes": [], "por_unidad": [], "experiencias": []}
        assets = [a for a in data["bienes"] if a["geometria"] is not None]
        geometries = _to_wgs84([a["geometria"] for a in assets], self.crs)
        states, scopes = schema.DOMAINS["estado_conservacion"], schema.DOMAINS["ambito_patrimonio"]
        categories, benefit = schema.DOMAINS["categoria_patrimonio"], schema.DOMAINS["beneficiarios_experiencia"]
        features = [{"type": "Feature", "geometry": geometry, "properties": {
            "codigo": a["codigo"], "nombre": a["nombre"], "ambito": scopes.get(a["ambito"], a["ambito"]),
            "categoria": categories.get(a["categoria"], a["categoria"]), "estado": a["estado"] or "sin_inspeccion",
            "estado_nombre": states.get(a["estado"], "Sin inspección"), "inspeccion": a["fecha_inspeccion"],
            "unidad": a["unidad_nombre"], "propietario_publico": a["propietario_publico"]}}
            for a, geometry in zip(assets, geometries)]
        units = [{k: u[k] for k in ("nombre", "bienes", "inspeccionados", "bueno", "regular", "malo", "perdido")}
                 for u in data["por_unidad"]]
        experiences = [{"codigo": e["codigo"], "titulo": e["titulo"], "proyecto": e["proyecto"], "anio": e["anio"],
                        "beneficiarios": benefit.get(e["beneficiarios"]), "estrategia": e["estrategia"],
                        "costo": _clean(e["costo"]), "resultados": e["resultados"], "lecciones": e["lecciones"]}
                       for e in data["experiencias"]]
        return {"bienes": {"type": "FeatureCollection", "features": features}, "por_unidad": units,
                "experiencias": experiences}

    def instruments(self):
        """The observatory of instruments' page (None when the expediente has none): instruments, obligations by
        state and actions as GeoJSON, received against due by type, where the money went, investment by unit.
        Promoters as the report model publishes them (a natural person never named)."""
        data = self.report.sections.get("instrumentos")
        if not data or not (data["instrumentos"] or data["obligaciones"] or data["inversion"]["unidades"][-1]["total"]):
            return None
        from ..core import schema
        from ..core.instruments import STATE_LABELS

        def collection(rows, keys):
            rows = [r for r in rows if r["geometria"] is not None]
            geometries = _to_wgs84([r["geometria"] for r in rows], self.crs)
            return {"type": "FeatureCollection", "features": [
                {"type": "Feature", "geometry": g, "properties": {k: _clean(r[k]) for k in keys}}
                for r, g in zip(rows, geometries)]}

        units = {"m2": "m²", "cop": "COP", "unidades": "unidades", "mixta": "mixta"}
        investment = data["inversion"]
        return {
            "anio": investment["anio"], "estados": STATE_LABELS,
            "instrumentos": collection(data["instrumentos"], ("codigo", "nombre", "tipo", "estado", "promotor")),
            "obligaciones": collection(data["obligaciones"], ("codigo", "instrumento", "tipo", "destino", "cantidad",
                                                              "unidad", "recibido", "estado")),
            "actuaciones": collection(data["actuaciones"], ("codigo", "nombre", "tipo", "promotor")),
            "por_tipo": [{"tipo": schema.DOMAINS["tipo_obligacion"][t["tipo"]], "unidad": units.get(t["unidad"]),
                          **{k: _clean(t[k]) for k in ("obligaciones", "debido", "recibido", "cumplimiento",
                                                       "vencidas")}} for t in data["por_tipo"]],
            "destino_recaudo": [{k: _clean(d[k]) for k in ("proyecto", "nombre", "valor")}
                                for d in data["destino_recaudo"]],
            "inversion": [{"nombre": u["nombre"], "total": _clean(u["total"]), "per_capita": _clean(u["per_capita"]),
                           "privada": _clean(u["privada"])} for u in investment["unidades"][-1:] +
                          investment["unidades"][:-1]]}

    def evaluation(self):
        """The Evaluación page: the plan's sufficiency for each type of plan, each objective's rating and what the
        articulation found disconnected (section "evaluacion"; the report to the Concejo details them)."""
        data = self.report["evaluacion"]
        return {"anio": data["anio"], "adopcion": data["adopcion"], "horizonte": horizon_name(data["horizonte"]),
                "suficiencia": [{"tipo": kind, "componente": c["nombre"], "requisitos": c["requisitos"],
                                 "porcentaje": _clean(c["porcentaje"])}
                                for kind, by_type in data["suficiencia"].items() for c in by_type["componentes"]],
                "objetivos": [{"codigo": o["codigo"], "nombre": o["nombre"], "puntaje": _clean(o["puntaje"]),
                               "calificacion": o["calificacion_nombre"]} for o in data["objetivos"]],
                "brechas": [{"tipo": g["tipo_nombre"], "codigo": g["codigo_lector"], "nombre": g["nombre"],
                             "detalle": g["detalle"]} for g in data["brechas"]]}

    def services(self):
        """The Servicios sociales page: per sector measured, its table by unit (as the PDF writes it: Spanish numbers,
        'sin dato') and its accessibility values with the PDF's classes for the map; the nodes of equipamientos by
        state with their projects' progress. None when the expediente has neither."""
        from ..core.report.services import headers, node_headers, node_row, unit_row

        data = self.report.sections.get("observatorio_servicios") or {"sectores": [], "nodos": []}
        if not (data["sectores"] or data["nodos"]):
            return None
        sectors = []
        for sector in data["sectores"]:
            values = {u["codigo"]: _clean(u["accesibilidad"]) for u in sector["unidades"]}
            sectors.append({
                "sector": sector["sector"], "nombre": sector["nombre"][:1].upper() + sector["nombre"][1:],
                "periodo": sector["periodo"], "notas": sector["notas"],
                "filas": [unit_row(sector["municipio"])] + [unit_row(u) for u in sector["unidades"]],
                "valores": values, "decimales": 2,
                "clases": [{k: c[k] for k in ("desde", "hasta", "color")}
                           for c in indicator_classes(list(values.values()), "positiva")]})
        nodes = data["nodos"]
        geometries = _to_wgs84([n["geometria"] for n in nodes], self.crs)
        states = schema.DOMAINS["estado_nodo"]
        return {"encabezados": headers(), "sectores": sectors, "encabezados_nodos": node_headers(),
                "estados_nodo": [{"estado": s, "nombre": states[s], "color": palette.NODE_STATES[s]} for s in states],
                "nodos": {"type": "FeatureCollection", "features": [
                    {"type": "Feature", "geometry": g, "properties": {
                        "codigo": n["codigo"], "estado": n["estado"], "fila": node_row(n)}}
                    for n, g in zip(nodes, geometries)]}}

    def write(self, folder, downloads):
        """Copy the site's pages and libraries and write its data into `folder`; `downloads` is the list
        of published files (relative paths) the downloads page links to."""
        shutil.copytree(WEB, folder, dirs_exist_ok=True)
        data = os.path.join(folder, "datos_sitio")
        os.makedirs(data, exist_ok=True)
        for name, content in (("sitio.json", {**self.site(), "descargas": downloads}),
                              ("unidades.geojson", self.units()), ("indicadores.json", self.indicators()),
                              ("proyectos.geojson", self.projects()), ("rendicion.json", self.accountability()),
                              ("participacion.json", self.participation()),
                              ("patrimonio.json", self.heritage()),
                              ("evaluacion.json", self.evaluation()),
                              ("instrumentos.json", self.instruments()),  # null: no observatory
                              ("servicios.json", self.services())):  # null: no sector measured and no node
            with open(os.path.join(data, name), "w", encoding="utf-8") as f:
                json.dump(content, f, ensure_ascii=False, separators=(",", ":"))
