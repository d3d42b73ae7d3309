"""evaluate_projects: each project's state at a cut-off date, and the projects battery."""
import json

import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsFields, QgsGeometry,
                       QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)
from ...qgis_fields import DOUBLE, TEXT, field

from ...core import clock, indicators
from ...core.errors import PotError
from ...core.projects import DEFAULT_TOLERANCE, check_computable, evaluate, period_of
from ...core.projects_battery import CODES, battery, program_summary
from ...i18n import tr
from ...qt_compat import NUMBER_DOUBLE, SOURCE_VECTOR, SOURCE_VECTOR_POLYGON, WKB_MULTIPOLYGON, WKB_NO_GEOMETRY
from ...store import open_store
from ...store.indicator_inputs import load_inputs
from ...store.progress import budget_rows, projects, reports_by_project
from .base import PotAlgorithm, check_cancelled, expediente_parameter, parse_date, stored_texts, style_when_loaded
from .compute_indicators import LEVELS

BATTERY = list(CODES)


class EvaluateProjects(PotAlgorithm):
    NAME = "evaluate_projects"
    GROUP = "Projects"

    def displayName(self):  # noqa: N802
        return tr("Evaluate projects")

    def shortHelpString(self):  # noqa: N802
        return tr("Each POT project's state at a cut-off date (sin_iniciar, al_dia, retrasado, incumplimiento, "
                  "terminado) from its goal, its linear expected trajectory between its start and end years and "
                  "its latest valid progress report. Lagging more than the tolerance is 'retrasado', more than "
                  "three tolerances or past its end year is 'incumplimiento'. Writes the projects battery as "
                  "measurements of the cut-off's semester: non-compliance by horizon, projects with a budget "
                  "allocation, weighted physical progress and financial execution by program and by unit, and "
                  "investment per inhabitant by unit (projects apportioned by area).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterString("CUTOFF_DATE", tr("Cut-off date (YYYY-MM-DD)"),
                                                       clock.today().isoformat()))
        self.addParameter(QgsProcessingParameterNumber(
            "TOLERANCE", tr("Tolerance (percentage points of the goal)"), NUMBER_DOUBLE,
            DEFAULT_TOLERANCE * 100, minValue=0, maxValue=100))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Territorial level"), LEVELS,
                                                     defaultValue="localidad", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Evaluated projects"),
                                                            SOURCE_VECTOR_POLYGON))
        self.addParameter(QgsProcessingParameterFeatureSink("SUMMARY", tr("Program summary"),
                                                            SOURCE_VECTOR, optional=True,
                                                            createByDefault=False))

    def execute(self, parameters, context, feedback):
        cutoff = parse_date(self.parameterAsString(parameters, "CUTOFF_DATE", context), tr("cut-off date"))
        future = check_computable(cutoff.isoformat(), cutoff.year)
        if future:
            raise PotError(future)
        tolerance = self.parameterAsDouble(parameters, "TOLERANCE", context) / 100.0
        level = self.parameterAsString(parameters, "LEVEL", context) or "localidad"
        path = self.expediente(parameters, context)
        period = period_of(cutoff)
        with open_store(path) as store:
            items = projects(store, with_geometry=True)
            if not items:
                raise PotError(tr("The expediente has no projects to evaluate."))
            history = reports_by_project(store)
            evaluations = {p["codigo"]: evaluate(p, history.get(p["codigo"], []), cutoff, tolerance) for p in items}
            feedback.setProgress(30)
            check_cancelled(feedback)
            engine = indicators.Engine(load_inputs(store, level, cutoff.year), cutoff.year)
            with stored_texts():  # (the notes of measurements)
                rows = battery(items, evaluations, budget_rows(store), cutoff.year, engine,
                               engine.inputs.municipality_code, level)
            feedback.setProgress(70)
            check_cancelled(feedback)
            used = json.dumps({"fecha_corte": cutoff.isoformat(), "tolerancia": tolerance})
            store.replace_measurements(period, [level, "municipio", "programa"], BATTERY,
                                       [(*row, used) for row in rows])
            crs = QgsCoordinateReferenceSystem(store.crs_wkt())
        results = {"OUTPUT": self._write_projects(parameters, context, items, evaluations, crs)}
        if parameters.get("SUMMARY"):
            results["SUMMARY"] = self._write_summary(parameters, context, program_summary(items, evaluations))
        counts = {state: sum(e.state == state for e in evaluations.values()) for state in
                  ("sin_iniciar", "al_dia", "retrasado", "incumplimiento", "terminado")}
        feedback.pushInfo(tr("Projects at {date}: {counts}").format(
            date=cutoff, counts=", ".join(f"{k} {v}" for k, v in counts.items())))
        return results

    def _write_projects(self, parameters, context, items, evaluations, crs):
        fields = QgsFields()
        for name, kind in (("codigo", TEXT), ("nombre", TEXT), ("programa", TEXT), ("entidad", TEXT),
                           ("horizonte", TEXT), ("estado", TEXT), ("avance_esperado", DOUBLE),
                           ("avance_fisico", DOUBLE), ("ejecucion_financiera", DOUBLE), ("inversion", DOUBLE),
                           ("ultimo_periodo", TEXT)):
            fields.append(field(name, kind, "double", 20, 4) if kind == DOUBLE else field(name, kind))
        sink, destination = self.parameterAsSink(parameters, "OUTPUT", context, fields, WKB_MULTIPOLYGON, crs)
        for project in items:
            e = evaluations[project["codigo"]]
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(shapely.to_wkb(project["geometry"]))
            feature.setGeometry(geometry)
            feature.setAttributes([project["codigo"], project["nombre"], project["programa"], project["entidad"],
                                   project["horizonte"], e.state, e.expected * 100,
                                   e.physical * 100, e.financial * 100, e.investment,
                                   e.last_period])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        style_when_loaded(context, destination, "evaluacion_proyectos")
        return destination

    def _write_summary(self, parameters, context, summary):
        names = ("programa", "codigo", "nombre", "entidad", "estado", "avance_esperado", "avance_fisico",
                 "ejecucion_financiera", "inversion", "ultimo_periodo", "cuellos_de_botella")
        fields = QgsFields()
        for name in names:
            numeric = name in ("avance_esperado", "avance_fisico", "ejecucion_financiera", "inversion")
            fields.append(field(name, DOUBLE, "double", 20, 4) if numeric else field(name, TEXT))
        sink, destination = self.parameterAsSink(parameters, "SUMMARY", context, fields, WKB_NO_GEOMETRY)
        for program, rows in summary.items():
            for row in rows:
                feature = QgsFeature(fields)
                feature.setAttributes([program] + [row[n] for n in names[1:]])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return destination
