"""The facilities' semiannual reports from the entities that run them (the observatory of social services):
templates out (export_service_templates), reports in (import_service_reports). The same files and rules as the
projects' progress templates (core/progress_files.py), with the report of core/service_reports.py."""
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile)

from ...core import progress_files, service_reports
from ...core.errors import InputError, PotError
from ...core.projects import period_bounds
from ...core.text import safe_name
from ...i18n import tr
from ...qgis_fields import INTEGER, TEXT, fields as make_fields
from ...qt_compat import SOURCE_VECTOR, WKB_NO_GEOMETRY
from ...store import open_store
from ...store.service_reports import current_reports, declared_bands, facilities, record_service_reports
from .base import PotAlgorithm, add_template_export_parameters, expediente_parameter

NO_ENTITY = "sin_entidad"  # the file of facilities no entity is recorded for


def read_service_file(source, bands):
    """(row numbers, reports) of a filled facilities' template: every template column, and its age bands against
    the declared `bands`, checked first."""
    if not os.path.exists(source):
        raise PotError(tr("The file '{path}' does not exist.").format(path=source))
    rows = progress_files.read_rows(source)
    service_reports.check_columns(rows[0].keys() if rows else [], source, bands)
    numbered = [(number, row) for number, row in enumerate(rows, start=2) if service_reports.is_filled(row)]
    keys = service_reports.REPORT_FIELDS + ("entidad",) + tuple(service_reports.age_column(b) for b in bands)
    return [n for n, _ in numbered], [{k: row.get(k, "") for k in keys if k in row} for _, row in numbered]


class ExportServiceTemplates(PotAlgorithm):
    NAME = "export_service_templates"
    GROUP = "Social services observatory"

    def displayName(self):  # noqa: N802
        return tr("Export facility report templates")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes, for each entity that runs facilities (or one), the CSV and XLSX template it fills every "
                  "semester: one row per facility with its code, capacity on record and last report; the entity "
                  "fills the users attended (by sex, and by age in the bands the expediente's population declares, "
                  "one column each), capacity in use and, if it changed, the capacity. Facilities without an entity "
                  "go to a file of their own. Import the filled files with 'Import facility reports'.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_template_export_parameters(self, tr("Period (2025-S1 or 2025-S2)"))

    def execute(self, parameters, context, feedback):
        period = self.parameterAsString(parameters, "PERIOD", context).strip()
        bounds = period_bounds(period)
        if bounds is None:
            raise PotError(tr("period '{period}' must look like 2025-S1 or 2025-S2").format(period=period))
        entity = self.parameterAsString(parameters, "ENTITY", context).strip()
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        with open_store(self.expediente(parameters, context)) as store:
            items = [f for f in facilities(store) if f["estado"] != "cerrado"]
            bands = declared_bands(store)
            last = {}
            for (code, reported), row in sorted(current_reports(store).items(), key=lambda item: item[0][1]):
                last[code] = row  # the latest period each facility reported
        groups = sorted({f["entidad"] or NO_ENTITY for f in items if not entity or f["entidad"] == entity})
        if not groups:
            raise PotError(tr("No facility is run by '{entity}' (field 'entidad' of equipamiento).").format(
                entity=entity))
        os.makedirs(folder, exist_ok=True)
        written = 0
        for name in groups:
            rows = []
            for facility in (f for f in items if (f["entidad"] or NO_ENTITY) == name):
                previous = last.get(facility["codigo"])
                rows.append({**facility, "equipamiento": facility["codigo"], "periodo": period,
                             "fecha_corte": bounds[1].isoformat(),
                             "ultimo_periodo": previous["periodo"] if previous else "",
                             "ultimos_usuarios": previous["usuarios"] if previous else ""})
            base = os.path.join(folder, f"equipamientos_{safe_name(name)}_{period}")
            with self.document_language(parameters, context):
                columns = service_reports.template_columns(bands)
                progress_files.write_csv(base + ".csv", rows, columns)
                progress_files.write_xlsx(base + ".xlsx", rows, period, columns, service_reports.filled_columns(bands))
            written += 2
        feedback.pushInfo(tr("{count} templates written in {folder}").format(count=written, folder=folder))
        return {"OUTPUT": folder, "FILES": written}


class ImportServiceReports(PotAlgorithm):
    NAME = "import_service_reports"
    GROUP = "Social services observatory"

    def displayName(self):  # noqa: N802
        return tr("Import facility reports")

    def shortHelpString(self):  # noqa: N802
        return tr("Consolidates the semiannual reports an entity filled in its facilities' template (CSV or XLSX). "
                  "Every row is validated: a facility of the expediente, a semester that has ended, a cut-off date "
                  "within it, capacity and users not negative, users by sex not above the users, users by age "
                  "group above them or users far above the capacity only with a note in 'observaciones'. Every "
                  "column of the template must be present, its age columns those of the bands the population "
                  "declares. Nothing is written if any row is rejected. Rows already recorded are skipped, "
                  "so importing the same file twice changes nothing; a different report for a period already "
                  "reported corrects it (the history keeps both).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Filled template (CSV or XLSX)")))
        self.addParameter(QgsProcessingParameterFeatureSink("REPORT", tr("Import report"), SOURCE_VECTOR,
                                                            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("ACCEPTED", tr("Reports recorded")))
        self.addOutput(QgsProcessingOutputNumber("REJECTED", tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", tr("Rows already recorded")))

    def execute(self, parameters, context, feedback):
        with open_store(self.expediente(parameters, context)) as store:
            bands = declared_bands(store)
            numbers, reports = read_service_file(self.parameterAsFile(parameters, "INPUT", context), bands)
            if not reports:
                raise PotError(tr("The file has no filled rows (column 'usuarios'): nothing to import."))
            try:
                outcome = record_service_reports(store, reports, numbers, bands=bands)
            except InputError as error:
                self._write_report(parameters, context, getattr(error, "outcome", None), reports, numbers)
                raise
        result = {"ACCEPTED": len(outcome.accepted), "REJECTED": 0, "SKIPPED": len(outcome.skipped)}
        result.update(self._write_report(parameters, context, outcome, reports, numbers))
        feedback.pushInfo(tr("{accepted} reports recorded, {skipped} already recorded.").format(
            accepted=result["ACCEPTED"], skipped=result["SKIPPED"]))
        return result

    def _write_report(self, parameters, context, outcome, reports, numbers):
        fields = make_fields([("fila", INTEGER), ("equipamiento", TEXT), ("periodo", TEXT), ("resultado", TEXT),
                              ("mensaje", TEXT)])
        sink, destination = self.parameterAsSink(parameters, "REPORT", context, fields, WKB_NO_GEOMETRY)
        if sink is None or outcome is None:
            return {}
        by_row = dict(zip(numbers, reports))
        for row, result, message in outcome.lines():
            feature = QgsFeature(fields)
            feature.setAttributes([row, str(by_row[row].get("equipamiento", "")), str(by_row[row].get("periodo", "")),
                                   result, message])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {"REPORT": destination}
