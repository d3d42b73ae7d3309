"""export_open_data: indicators and project progress for the minisitio, without personal data."""
import csv
import datetime
import json
import os

import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext, QgsFeature, QgsGeometry,
                       QgsProcessingOutputNumber, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterString, QgsVectorFileWriter, QgsVectorLayer)

from ...core.errors import PotError
from ...core.projects import evaluate, period_end_of, valid_reports
from ...core.text import safe_name
from ...qgis_fields import DOUBLE, TEXT, fields as make_fields
from ...i18n import tr
from ...store import open_store
from ...store.progress import projects, reports_by_project
from .base import PotAlgorithm, expediente_parameter
from .compute_indicators import period_year

LICENCE = "Creative Commons Atribución-CompartirIgual 4.0 Internacional (CC BY-SA 4.0)"
# What leaves the office: no reporter names and no evidence links of reports.
# Field control without people: no inspectors, photos, field notes or file numbers.
ALERT_COLUMNS = ("codigo", "motivo", "motivos", "unidad", "area_m2", "prioridad", "estado", "detectada_en")
ACTION_COLUMNS = ("alerta", "tipo", "entidad", "fecha", "estado")
REPORT_COLUMNS = ("proyecto", "periodo", "fecha_corte", "avance_fisico", "inversion", "estado_reportado",
                  "observaciones")


def write_geojson(path, crs, fields, rows):
    """rows: [(attributes, shapely geometry)] -> GeoJSON in WGS84 (RFC 7946)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid() or 'EPSG:9377'}", "datos", "memory")
    layer.dataProvider().addAttributes(list(make_fields(fields)))
    layer.updateFields()
    features = []
    for attributes, geometry in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            qgs = QgsGeometry()
            qgs.fromWkb(shapely.to_wkb(geometry))
            feature.setGeometry(qgs)
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    options.fileEncoding = "UTF-8"
    options.ct = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                        QgsCoordinateTransformContext())
    options.layerOptions = ["RFC7946=YES", "COORDINATE_PRECISION=7"]
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)
    if error[0] != QgsVectorFileWriter.NoError:
        raise PotError(tr("Could not write '{path}': {error}").format(path=path, error=error[1]))


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


class ExportOpenData(PotAlgorithm):
    NAME = "export_open_data"
    GROUP = "Expediente"

    def displayName(self):  # noqa: N802
        return tr("Export open data")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes the period's indicators by territorial unit and the projects' state and progress as "
                  "GeoJSON (WGS84) and CSV, with a metadata file (definitions, units, period, source, licence), "
                  "and the occupation alerts and control actions, for the POT minisite. No personal data: reporters' and "
                  "inspectors' names, evidence links, photos and field notes are left out.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterString("PERIOD", tr("Period (2024 or 2024-S1)")))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Folder for the open data")))
        self.addOutput(QgsProcessingOutputNumber("FILES", tr("Files written")))

    def execute(self, parameters, context, feedback):
        period = self.parameterAsString(parameters, "PERIOD", context).strip()
        period_year(period)  # refuses a malformed period with a clear message
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        os.makedirs(folder, exist_ok=True)
        stem = safe_name(period)
        with open_store(self.expediente(parameters, context)) as store:
            crs = QgsCoordinateReferenceSystem(store.crs_wkt())
            info, definitions = store.info, store.indicator_definitions()
            rows = store.connection.execute(
                "SELECT indicador, periodo, nivel, ambito, valor, numerador, denominador, nota FROM medicion "
                "WHERE periodo IN (?, ?) ORDER BY indicador, nivel, ambito", (period, period[:4])).fetchall()
            units, geometries = store.read("unidad_territorial", ["codigo", "nombre", "nivel"])
            items = projects(store, with_geometry=True)
            history = reports_by_project(store)
            cutoff = period_end_of(period)
            alerts, outlines = store.read("alerta_ocupacion", ALERT_COLUMNS, where="detectada_en <= ?",
                                          params=(cutoff.isoformat(),))
            actions = store.connection.execute(
                f"SELECT {', '.join(ACTION_COLUMNS)} FROM accion_control WHERE fecha <= ? ORDER BY alerta, fecha",
                (cutoff.isoformat(),)).fetchall()
        files = []
        names = {(n, c): name for c, name, n in zip(units["codigo"], units["nombre"], units["nivel"])}
        path = os.path.join(folder, f"mediciones_{stem}.csv")
        write_csv(path, ["indicador", "nombre_indicador", "unidad_medida", "periodo", "nivel", "ambito",
                         "nombre_ambito", "valor", "numerador", "denominador", "nota"],
                  [[r[0], definitions.get(r[0], {}).get("nombre"), definitions.get(r[0], {}).get("unidad"), r[1],
                    r[2], r[3], names.get((r[2], r[3]), r[3]), *r[4:]] for r in rows])
        files.append(path)
        for level in sorted({r[2] for r in rows} - {"programa"}):
            codes = sorted({r[0] for r in rows if r[2] == level})
            values = {(r[0], r[3]): r[4] for r in rows if r[2] == level}
            mask = units["nivel"] == level
            path = os.path.join(folder, f"indicadores_{safe_name(level)}_{stem}.geojson")
            write_geojson(path, crs, [("codigo", TEXT), ("nombre", TEXT)] +
                          [(code, DOUBLE) for code in codes],
                          [([code, name] + [values.get((c, code)) for c in codes], geometry)
                           for code, name, geometry in zip(units["codigo"][mask], units["nombre"][mask],
                                                           geometries[mask])])
            files.append(path)
        path = os.path.join(folder, f"proyectos_{stem}.geojson")
        project_fields = [("codigo", TEXT), ("nombre", TEXT), ("programa", TEXT),
                          ("entidad", TEXT), ("horizonte", TEXT), ("meta", TEXT),
                          ("presupuesto", DOUBLE), ("estado", TEXT),
                          ("avance_fisico_pct", DOUBLE), ("ejecucion_financiera_pct", DOUBLE)]
        project_rows = []
        for p in items:
            e = evaluate(p, history.get(p["codigo"], []), cutoff)
            project_rows.append(([p["codigo"], p["nombre"], p["programa"], p["entidad"], p["horizonte"],
                                  p["meta_descripcion"], p["presupuesto"], e.state, e.physical * 100,
                                  e.financial * 100], p["geometry"]))
        write_geojson(path, crs, project_fields, project_rows)
        files.append(path)
        path = os.path.join(folder, f"avance_proyectos_{stem}.csv")
        write_csv(path, REPORT_COLUMNS, [[r[c] for c in REPORT_COLUMNS] for code in sorted(history)
                                         for r in valid_reports(history[code])
                                         if str(r["fecha_corte"]) <= cutoff.isoformat()])
        files.append(path)
        path = os.path.join(folder, f"alertas_ocupacion_{stem}.geojson")
        write_geojson(path, crs, [(name, DOUBLE if name in ("area_m2", "prioridad") else TEXT) for name in ALERT_COLUMNS],
                      [([alerts[name][i] for name in ALERT_COLUMNS], outlines[i]) for i in range(len(outlines))])
        files.append(path)
        path = os.path.join(folder, f"acciones_control_{stem}.csv")
        write_csv(path, ACTION_COLUMNS, actions)
        files.append(path)
        path = os.path.join(folder, "metadatos.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump({
                "titulo": f"Expediente Municipal del POT — {info.get('municipio', '')} — {period}",
                "municipio": info.get("municipio"), "codigo_dane": info.get("codigo_dane"), "periodo": period,
                "fecha_corte": cutoff.isoformat(), "generado": datetime.date.today().isoformat(),
                "licencia": LICENCE, "sistema_referencia": "EPSG:4326 (GeoJSON, RFC 7946); CSV sin geometría",
                "datos_personales": "Ninguno: se omiten los nombres de quienes reportan y de los inspectores, "
                                    "los enlaces a evidencias, las fotos y las observaciones de campo.",
                "archivos": [os.path.basename(p) for p in files],
                "indicadores": {code: {k: d.get(k) for k in ("nombre", "dimension", "unidad", "polaridad", "anio_base",
                                                             "valor_base", "meta_corto", "meta_mediano", "meta_largo",
                                                             "periodicidad", "fuente")}
                                for code, d in definitions.items()},
            }, f, ensure_ascii=False, indent=2, default=str)
        files.append(path)
        feedback.pushInfo(tr("{count} open data files written in {folder}").format(count=len(files), folder=folder))
        return {"OUTPUT": folder, "FILES": len(files)}
