"""The expediente as the POT's public website: the data files of the static site in resources/web.

Everything published comes from the expediente report's own reading of the store (the same values,
classes and colours as the PDF), with nothing the open-data export would not publish: no reporter or
inspector names, no photos. Geometries go to WGS84, simplified by 2 m (each shape kept valid) and
rounded to about a metre (5 decimals), so the whole demo site stays a few MB.
"""
import json
import os
import shutil

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

from ..core.indicators.assessment import target_for, traffic_light
from ..i18n import tr
from .expediente_report import STATE_LABELS, ExpedienteReport
from .pages import graduate, units_layer

WEB = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "web")
SIMPLIFY_M = 2.0
DECIMALS = 5  # ~1 m in latitude and longitude


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
    def __init__(self, store_path, period, level, workdir, basemap=""):
        self.report = ExpedienteReport(store_path, period, level, workdir)
        self.period, self.level, self.basemap = period, level, basemap

    def site(self):
        r = self.report
        return {"municipio": r.info.get("municipio") or "", "codigo_dane": r.info.get("codigo_dane") or "",
                "periodo": self.period, "nivel": self.level, "fondo": self.basemap or "",
                "municipio_codigo": r.municipality_code, "generado": r.today}

    def units(self):
        r = self.report
        geometries = _to_wgs84(r.unit_geometries, r.crs)
        return {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"codigo": c, "nombre": n}, "geometry": g}
            for c, n, g in zip(r.unit_codes, r.unit_names, geometries)]}

    def _classes(self, code, values):
        """The PDF's classes and colours for an indicator map."""
        r = self.report
        layer = units_layer(code, r.crs, r.unit_codes, r.unit_names, r.unit_geometries, values)
        graduate(layer, r.definitions[code].get("polaridad"))
        renderer = layer.renderer()
        if hasattr(renderer, "ranges"):
            return [{"desde": rng.lowerValue(), "hasta": rng.upperValue(), "color": rng.symbol().color().name()}
                    for rng in renderer.ranges()]
        return [{"desde": None, "hasta": None, "color": renderer.symbol().color().name()}]

    def indicators(self):
        r = self.report
        out = []
        for code in r.indicator_codes():
            definition = r.definitions[code]
            rows = {ambito: valor for _, _, ambito, valor, _ in r.measured.get(code, [])}
            values = [rows.get(c) for c in r.unit_codes]
            target = target_for(definition, r.horizon)
            municipal = rows.get(r.municipality_code)
            series = {}
            for periodo, _, ambito, valor, _ in r.series.get(code, []):
                series.setdefault(ambito, []).append([periodo, _clean(valor)])
            out.append({
                "codigo": code, "nombre": definition["nombre"], "unidad": definition.get("unidad") or "",
                "polaridad": definition.get("polaridad") or "positiva", "base": _clean(definition.get("valor_base")),
                "metas": {h: _clean(definition.get(f"meta_{h}")) for h in ("corto", "mediano", "largo")},
                "meta": _clean(target), "municipio": _clean(municipal),
                "semaforo": traffic_light(municipal, definition.get("valor_base"), target,
                                          definition.get("polaridad") or "positiva"),
                "valores": {c: _clean(v) for c, v in zip(r.unit_codes, values)},
                "clases": self._classes(code, values), "series": series})
        return out

    def projects(self):
        r = self.report
        with_geometry = [p for p in r.projects if p.get("geometry") is not None]
        geometries = _to_wgs84([p["geometry"] for p in with_geometry], r.crs)
        features = []
        for project, geometry in zip(with_geometry, geometries):
            e = r.evaluations[project["codigo"]]
            features.append({"type": "Feature", "geometry": geometry, "properties": {
                "codigo": project["codigo"], "nombre": project["nombre"], "programa": project["programa"],
                "entidad": project["entidad"], "horizonte": project["horizonte"], "meta": project["meta_descripcion"],
                "estado": e.state, "estado_nombre": STATE_LABELS[e.state], "esperado": round(e.expected * 100, 1),
                "fisico": round(e.physical * 100, 1), "financiero": round(e.financial * 100, 1),
                "inversion": round(e.investment), "presupuesto": _clean(project.get("presupuesto")),
                "avance": self._progress(project)}})
        return {"type": "FeatureCollection", "features": features}

    def _progress(self, project):
        """[(period, physical % of the goal)] of the project's valid reports: figures only, no names."""
        from ..core.projects import valid_reports

        goal = float(project["meta_cantidad"]) or 1.0
        reports = valid_reports(self.report.history.get(project["codigo"], []))
        latest = {}
        for report in sorted(reports, key=lambda rep: (rep["periodo"], rep["fid"])):
            latest[report["periodo"]] = round(float(report["avance_fisico"]) / goal * 100, 1)
        return [[period, value] for period, value in sorted(latest.items())]

    def accountability(self):
        r = self.report
        investment = {a: v for _, _, a, v, _ in r.measured.get("inversion_per_capita", [])}
        progress = {a: v for _, _, a, v, _ in r.measured.get("avance_fisico_ponderado", [])}
        units = []
        for i, (code, name) in enumerate(zip(r.unit_codes + [r.municipality_code],
                                             r.unit_names + [r.names.get(r.municipality_code, tr("Municipality"))])):
            p = {k: _clean(v[i]) for k, v in r.population.items()}
            units.append({"codigo": code, "nombre": name, **p, "inversion_per_capita": _clean(investment.get(code)),
                          "avance_ponderado": _clean(progress.get(code))})
        field = [{"unidad": row[0], "alertas": row[1], "confirmadas": row[2], "con_accion": row[3]}
                 for row in r.field_control_rows()]
        return {"unidades": units, "control_ocupaciones": field}

    def write(self, folder, downloads):
        """Copy the site's pages and libraries and write its data into `folder`; `downloads` is the list
        of published files (relative paths) the downloads page links to."""
        shutil.copytree(WEB, folder, dirs_exist_ok=True)
        data = os.path.join(folder, "datos_sitio")
        os.makedirs(data, exist_ok=True)
        for name, content in (("sitio.json", {**self.site(), "descargas": downloads}),
                              ("unidades.geojson", self.units()), ("indicadores.json", self.indicators()),
                              ("proyectos.geojson", self.projects()), ("rendicion.json", self.accountability())):
            with open(os.path.join(data, name), "w", encoding="utf-8") as f:
                json.dump(content, f, ensure_ascii=False, separators=(",", ":"))
