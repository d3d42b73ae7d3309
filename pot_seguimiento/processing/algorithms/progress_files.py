"""Progress from the entities: templates out (export_progress_templates), reports in (import_progress),
and one report at a time (record_progress, what the panel's form runs)."""
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessingOutputNumber,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber,
                       QgsProcessingParameterString)
from ...qgis_fields import INTEGER, TEXT, fields as make_fields

from ...core import progress_files, schema
from ...core.text import safe_name
from ...core.errors import InputError, PotError
from ...core.projects import latest_report, period_bounds
from ...i18n import tr
from ...qt_compat import NUMBER_DOUBLE, SOURCE_VECTOR, WKB_NO_GEOMETRY
from ...store import open_store
from ...store.progress import REPORT_FIELDS, projects, record_reports, reports_by_project
from .base import PotAlgorithm, add_template_export_parameters, expediente_parameter


def read_report_file(source):
    """(rows, reports) of a filled template: its [(row number, row)] and the reports they carry, as
    import_progress records them (run_semiannual_cycle checks them with the same code before any step)."""
    if not os.path.exists(source):
        raise PotError(tr("The file '{path}' does not exist.").format(path=source))
    rows = progress_files.read_reports(source)
    # A template is one entity's: its `entidad` column is checked against each project's entity.
    keys = REPORT_FIELDS + (("entidad",) if rows and "entidad" in rows[0][1] else ())
    return rows, [{k: row.get(k, "") for k in keys} for _, row in rows]


class ExportProgressTemplates(PotAlgorithm):
    NAME = "export_progress_templates"
    GROUP = "Projects"

    def displayName(self):  # noqa: N802
        return tr("Export progress templates")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes, for each executing entity (or one), the CSV and XLSX template it fills with the "
                  "progress of its projects for a period: one row per project with its codes, goal, budget "
                  "and last reported values. Import the filled files with 'Import progress reports'.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_template_export_parameters(self, tr("Period (2025-S1 or 2025-S2)"))

    def execute(self, parameters, context, feedback):
        period = self.parameterAsString(parameters, "PERIOD", context).strip()
        bounds = period_bounds(period)
        if bounds is None:
            raise PotError(tr("period '{period}' must look like 2025-S1 or 2025-S2").format(period=period))
        entity = self.parameterAsString(parameters, "ENTITY", context).strip()
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        os.makedirs(folder, exist_ok=True)
        with open_store(self.expediente(parameters, context)) as store:
            items = projects(store)
            history = reports_by_project(store)
        entities = sorted({p["entidad"] for p in items if not entity or p["entidad"] == entity})
        if not entities:
            raise PotError(tr("No project is executed by '{entity}'.").format(entity=entity))
        written = 0
        for name in entities:
            rows = []
            for project in (p for p in items if p["entidad"] == name):
                last = latest_report(history.get(project["codigo"], []))
                rows.append({**project, "proyecto": project["codigo"], "periodo": period,
                             "fecha_corte": bounds[1].isoformat(),
                             "ultimo_periodo": last["periodo"] if last else "",
                             "ultimo_avance_fisico": last["avance_fisico"] if last else "",
                             "ultima_inversion": last["inversion"] if last else ""})
            base = os.path.join(folder, f"avance_{safe_name(name)}_{period}")
            with self.document_language(parameters, context):  # the data model's Spanish column names either way
                progress_files.write_csv(base + ".csv", rows)
                progress_files.write_xlsx(base + ".xlsx", rows, period)
            written += 2
        feedback.pushInfo(tr("{count} templates written in {folder}").format(count=written, folder=folder))
        return {"OUTPUT": folder, "FILES": written}


class ImportProgress(PotAlgorithm):
    NAME = "import_progress"
    GROUP = "Projects"

    def displayName(self):  # noqa: N802
        return tr("Import progress reports")

    def shortHelpString(self):  # noqa: N802
        return tr("Consolidates the progress reports an entity filled in its template (CSV or XLSX). Every row is "
                  "validated: period, cut-off date within the period, cumulative progress between 0 and the goal, "
                  "investment not negative, known state; a progress lower than the last report or an investment "
                  "above the budget needs a note. Nothing is written if any row is rejected. Rows already "
                  "recorded are skipped, so importing the same file twice changes nothing; a different report "
                  "for a period already reported supersedes it (the history keeps both).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Filled template (CSV or XLSX)")))
        self.addParameter(QgsProcessingParameterFeatureSink("REPORT", tr("Import report"), SOURCE_VECTOR,
                                                            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("ACCEPTED", tr("Reports recorded")))
        self.addOutput(QgsProcessingOutputNumber("REJECTED", tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", tr("Rows already recorded")))

    def execute(self, parameters, context, feedback):
        rows, reports = read_report_file(self.parameterAsFile(parameters, "INPUT", context))
        with open_store(self.expediente(parameters, context)) as store:
            try:
                outcome = record_reports(store, reports, [number for number, _ in rows])
            except InputError as error:
                self._write_report(parameters, context, getattr(error, "outcome", None), reports, rows)
                raise
        result = {"ACCEPTED": len(outcome.accepted), "REJECTED": 0, "SKIPPED": len(outcome.skipped)}
        result.update(self._write_report(parameters, context, outcome, reports, rows))
        feedback.pushInfo(tr("{accepted} reports recorded, {skipped} already recorded.").format(
            accepted=result["ACCEPTED"], skipped=result["SKIPPED"]))
        return result

    def _write_report(self, parameters, context, outcome, reports, rows):
        fields = make_fields([("fila", INTEGER), ("proyecto", TEXT), ("periodo", TEXT), ("resultado", TEXT),
                              ("mensaje", TEXT)])
        sink, destination = self.parameterAsSink(parameters, "REPORT", context, fields, WKB_NO_GEOMETRY)
        if sink is None or outcome is None:
            return {}
        by_row = {number: report for (number, _), report in zip(rows, reports)}
        for row, result, message in outcome.lines():
            feature = QgsFeature(fields)
            feature.setAttributes([row, by_row[row]["proyecto"], by_row[row]["periodo"], result, message])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {"REPORT": destination}


class RecordProgress(PotAlgorithm):
    NAME = "record_progress"
    GROUP = "Projects"

    def displayName(self):  # noqa: N802
        return tr("Record a progress report")

    def shortHelpString(self):  # noqa: N802
        return tr("Appends one progress report of a project, validated like an import. A report for a period "
                  "already reported supersedes it; the history keeps both.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        for name, label in (("PROJECT", tr("Project code")), ("PERIOD", tr("Period (2025-S1 or 2025-S2)")),
                            ("CUTOFF_DATE", tr("Cut-off date (YYYY-MM-DD)")), ("STATE", tr("Reported state"))):
            self.addParameter(QgsProcessingParameterString(name, label))
        self.addParameter(QgsProcessingParameterNumber("PHYSICAL", tr("Cumulative physical progress (goal units)"),
                                                       NUMBER_DOUBLE, minValue=0,
                                                       maxValue=schema.DEFAULT_QUANTITY_MAXIMUM))
        self.addParameter(QgsProcessingParameterNumber("INVESTMENT", tr("Cumulative investment (COP)"),
                                                       NUMBER_DOUBLE, optional=True,
                                                       minValue=0, maxValue=schema.MAX_COP))
        for name, label in (("NOTES", tr("Notes (justification, bottlenecks)")), ("EVIDENCE", tr("Evidence")),
                            ("REPORTED_BY", tr("Reported by"))):
            self.addParameter(QgsProcessingParameterString(name, label, optional=True, multiLine=name == "NOTES"))
        self.addOutput(QgsProcessingOutputNumber("FID", tr("Report id")))

    def execute(self, parameters, context, feedback):
        def text(name):
            return self.parameterAsString(parameters, name, context).strip()

        report = {"proyecto": text("PROJECT"), "periodo": text("PERIOD"), "fecha_corte": text("CUTOFF_DATE"),
                  "avance_fisico": self.parameterAsDouble(parameters, "PHYSICAL", context),
                  "inversion": self.parameterAsDouble(parameters, "INVESTMENT", context)
                  if parameters.get("INVESTMENT") not in (None, "") else None,
                  "estado_reportado": text("STATE"), "observaciones": text("NOTES"), "evidencia": text("EVIDENCE"),
                  "reportado_por": text("REPORTED_BY")}
        with open_store(self.expediente(parameters, context)) as store:
            outcome = record_reports(store, [report])
        if outcome.skipped:
            feedback.pushInfo(tr("This report was already recorded."))
            return {"FID": None}
        _, fid, warnings = outcome.accepted[0]
        for warning in warnings:
            feedback.pushWarning(warning)
        return {"FID": fid}
