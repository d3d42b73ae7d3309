"""export_open_data: indicators and project progress for the minisitio, without personal data: a renderer of
the report model (CSV and GeoJSON files, no QGIS layer)."""
import csv
import datetime
import json
import os
import re

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFolderDestination, QgsProcessingParameterString

from ...core import report
from ...core.geojson import REAL, TEXT, write_geojson
from ...core.report.field_control import ACTION_COLUMNS
from ...core.report.labels import level_name
from ...core.report.projects import PUBLIC_REPORT_COLUMNS
from ...core.text import safe_name
from ...i18n import tr
from ...store import open_store
from .base import PotAlgorithm, expediente_parameter, language_parameter

# What leaves the office: no reporter names, evidence links, inspectors, photos, field notes or file numbers
# (the report model's sections publish only their public columns).
ALERT_COLUMNS = ("codigo", "motivo", "motivos", "unidad", "area_m2", "prioridad", "estado", "detectada_en")
MEASUREMENT_COLUMNS = ("indicador", "nombre_indicador", "unidad_medida", "periodo", "nivel", "ambito", "nombre_ambito",
                       "valor", "numerador", "denominador", "nota")
OWN_FILES = ("mediciones", "indicadores", "proyectos", "control_ocupaciones")  # sections with files of their own
PROJECT_FIELDS = [("codigo", TEXT), ("nombre", TEXT), ("programa", TEXT), ("entidad", TEXT), ("horizonte", TEXT),
                  ("meta", TEXT), ("presupuesto", REAL), ("estado", TEXT), ("avance_fisico_pct", REAL),
                  ("ejecucion_financiera_pct", REAL)]


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
                  "GeoJSON (WGS84) and CSV, the occupation alerts and control actions, and each observatory's tables "
                  "(CSV) and geographic data (GeoJSON: social services by unit, facilities and nodes; participation "
                  "activities; heritage assets; instruments), with a metadata file (definitions, units, period, "
                  "source, licence, a description of every file), for the POT minisite. No personal data: "
                  "reporters' and inspectors' names, evidence links, photos and field notes are left out.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterString("PERIOD", tr("Period (2024 or 2024-S1)")))
        self.addParameter(language_parameter())
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Folder for the open data")))
        self.addOutput(QgsProcessingOutputNumber("FILES", tr("Files written")))

    def execute(self, parameters, context, feedback):
        period = report.Period.of(self.parameterAsString(parameters, "PERIOD", context))
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        os.makedirs(folder, exist_ok=True)
        with open_store(self.expediente(parameters, context)) as store, \
                self.document_language(parameters, context):
            # The level of the sections' tables and layers (the observatories by unit): the one measured most in the
            # period (the first level by name, barrio, had no measurement and gave tables of empty units); the
            # measurements themselves are published at every level measured.
            level = next(iter(store.measured_levels(period.measured_in) + store.levels()), "localidad")
            data = report.build(store, period, level, document="datos_abiertos")
            crs = store.crs_wkt()
            files = write_open_data(folder, data, crs)
        feedback.pushInfo(tr("{count} open data files written in {folder}").format(count=len(files), folder=folder))
        return {"OUTPUT": folder, "FILES": len(files)}


def write_open_data(folder, data, crs):
    """The open data of a built report into `folder`; returns the paths written (metadata last)."""
    period, stem = data.period, safe_name(data.period.code)
    measurements, projects, field = data["mediciones"], data["proyectos"], data["control_ocupaciones"]
    files = []
    path = os.path.join(folder, f"mediciones_{stem}.csv")
    write_csv(path, MEASUREMENT_COLUMNS, [[r[c] for c in MEASUREMENT_COLUMNS] for r in measurements["filas"]])
    files.append(path)
    for level, units in measurements["unidades"].items():
        rows = [r for r in measurements["filas"] if r["nivel"] == level]
        codes = sorted({r["indicador"] for r in rows})
        values = {(r["indicador"], r["ambito"]): r["valor"] for r in rows}
        path = os.path.join(folder, f"indicadores_{safe_name(level)}_{stem}.geojson")
        write_geojson(path, crs, [("codigo", TEXT), ("nombre", TEXT)] + [(code, REAL) for code in codes],
                      [([u["codigo"], u["nombre"]] + [values.get((c, u["codigo"])) for c in codes], u["geometria"])
                       for u in units])
        files.append(path)
    path = os.path.join(folder, f"proyectos_{stem}.geojson")
    write_geojson(path, crs, PROJECT_FIELDS,
                  [([p["codigo"], p["nombre"], p["programa"], p["entidad"], p["horizonte"], p["meta_descripcion"],
                     p["presupuesto"], p["estado"], p["fisico"], p["financiero"]], p["geometria"])
                   for p in projects["proyectos"]])
    files.append(path)
    path = os.path.join(folder, f"avance_proyectos_{stem}.csv")
    write_csv(path, PUBLIC_REPORT_COLUMNS,
              [[r[c] for c in PUBLIC_REPORT_COLUMNS] for p in projects["proyectos"] for r in p["informes"]])
    files.append(path)
    path = os.path.join(folder, f"alertas_ocupacion_{stem}.geojson")
    write_geojson(path, crs, [(name, REAL if name in ("area_m2", "prioridad") else TEXT) for name in ALERT_COLUMNS],
                  [([a[name] for name in ALERT_COLUMNS], a["geometria"]) for a in field["alertas"]])
    files.append(path)
    path = os.path.join(folder, f"acciones_control_{stem}.csv")
    write_csv(path, ACTION_COLUMNS, [[a[c] for c in ACTION_COLUMNS] for a in field["acciones"]])
    files.append(path)
    titles = {}  # what each file of a section holds, in its own words (the metadata's descriptions)
    for key, content in data.sections.items():  # sections added later reach the open data as their tables
        if key not in OWN_FILES and report.by_key(key).tables:
            for table in report.by_key(key).tables(content):
                path = os.path.join(folder, f"{key}_{table.name}_{stem}.csv")
                write_csv(path, table.headers, table.rows)
                files.append(path)
        if report.by_key(key).layers:  # and their geographic data as GeoJSON, a file per layer
            for layer in report.by_key(key).layers(content):
                path = os.path.join(folder, f"{key}_{layer.name}_{stem}.geojson")
                write_geojson(path, crs, layer.fields, list(zip(layer.rows, layer.geometries)))
                files.append(path)
                titles[os.path.basename(path)] = layer.title
    path = os.path.join(folder, "metadatos.json")
    info = data.info
    with open(path, "w", encoding="utf-8") as f:
        json.dump({
            "titulo": tr("Expediente Municipal of the POT — {municipality} — {period}").format(
                municipality=info.get("municipio", ""), period=period),
            "municipio": info.get("municipio"), "codigo_dane": info.get("codigo_dane"), "periodo": period.code,
            "fecha_corte": period.cutoff.isoformat(), "generado": datetime.date.today().isoformat(),
            "licencia": tr("Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)"),
            "sistema_referencia": tr("EPSG:4326 (GeoJSON, RFC 7946); CSV without geometry"),
            "datos_personales": tr("None: the names of reporters and inspectors, the links to evidence, the "
                                   "photos and the field notes are left out."),
            "archivos": [os.path.basename(p) for p in files],
            "descripciones": {os.path.basename(p): describe(os.path.basename(p), titles) for p in files},
            "indicadores": {i["codigo"]: i["definicion"] for i in data["indicadores"]},
        }, f, ensure_ascii=False, indent=2, default=str)
    files.append(path)
    return files


def describe(name, titles=None):
    """What a published file holds, in a sentence a citizen reads before downloading it; `titles` gives a section
    layer's own description by file name."""
    kind = tr("GeoJSON, WGS84") if name.endswith(".geojson") else tr("CSV")
    if titles and name in titles:
        return f"{titles[name]} ({kind})"
    if name.endswith(".pdf"):
        return tr("the expediente of the period as a PDF: maps, tables and charts")
    if name == "metadatos.json":
        return tr("metadata: definitions, units, period, source and licence")
    level = re.match(r"^indicadores_(.+)_\d{4}(?:_s[12])?\.geojson$", name)
    if level:
        return tr("indicators of the period by {level}, with the units' outlines ({kind})").format(
            level=level_name(level.group(1)), kind=kind)
    for prefix, text in (
            ("mediciones_", tr("every measurement of the period's indicators, at every level, with numerator "
                               "and denominator ({kind})")),
            ("avance_proyectos_", tr("the projects' progress reports up to the cut-off, without names of people "
                                     "({kind})")),
            ("proyectos_", tr("the POT projects with their state, physical progress and financial execution "
                              "({kind})")),
            ("alertas_ocupacion_", tr("alerts of informal occupation and their state at the cut-off ({kind})")),
            ("acciones_control_", tr("control actions on the alerts, without file numbers ({kind})"))):
        if name.startswith(prefix):
            return text.format(kind=kind)
    section = next((s for s in report.SECTIONS if name.startswith(s.key + "_")), None)
    if section is not None:  # <section>_<table>_<period>.csv: the table's name in words
        table = re.sub(r"_\d{4}(?:_s[12])?\.\w+$", "", name[len(section.key) + 1:]).replace("_", " ")
        return tr("{section}: {table} ({kind})").format(section=section.title(), table=table, kind=kind)
    return tr("open data ({kind})").format(kind=kind)
