"""Investment by source and receipts of urban obligations (issue 23): templates out (export_investment_templates),
filled files in (import_investment), as the progress templates go (progress_files.py)."""
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessingOutputNumber, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFile)

from ...core import investment_files
from ...core.errors import InputError, PotError
from ...core.i18n import tr
from ...core.instruments import received_by_obligation
from ...core.projects import latest_report
from ...core.report.format import number
from ...core.report.period import Period
from ...core.text import safe_name
from ...qgis_fields import INTEGER, TEXT, fields as make_fields
from ...qt_compat import SOURCE_VECTOR, WKB_NO_GEOMETRY
from ...store import open_store
from ...store.instruments import (actions, obligations, receipts, reconciliation, record_investment,
                                  record_receipts)
from ...store.progress import budget_rows, projects, reports_by_project
from .base import PotAlgorithm, add_template_export_parameters, expediente_parameter


def _year(period):
    """The year of a PERIOD ('2025', or a semester '2025-S2': its year); a message for anything else."""
    return Period.of(period).year


class ExportInvestmentTemplates(PotAlgorithm):
    NAME = "export_investment_templates"
    GROUP = "Projects"

    def displayName(self):  # noqa: N802
        return tr("Export investment and receipts templates")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes, for each executing entity (or one), the CSV and XLSX template it fills with the "
                  "investment of its projects in a year by source (pública, privada, colaborativa, cooperación, "
                  "regalías…, with BPIN and CCPET funding source where they exist): one row per project with its "
                  "budget for the year and the investment it last reported. With no entity, also the template of "
                  "the private and collaborative actions and the template of receipts of urban obligations (one "
                  "row per obligation with what is due and what was received). Import the filled files with "
                  "'Import investment and receipts'.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_template_export_parameters(self, tr("Year (2025, or a semester 2025-S2)"))

    def execute(self, parameters, context, feedback):
        year = _year(self.parameterAsString(parameters, "PERIOD", context).strip())
        entity = self.parameterAsString(parameters, "ENTITY", context).strip()
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        os.makedirs(folder, exist_ok=True)
        with open_store(self.expediente(parameters, context)) as store:
            items = projects(store)
            history = reports_by_project(store)
            budget = {(p, int(y)): v for p, y, v in budget_rows(store)}
            action_rows = actions(store) if not entity else []
            obligation_rows = obligations(store) if not entity else []
            received = received_by_obligation(receipts(store))
        entities = sorted({p["entidad"] for p in items if not entity or p["entidad"] == entity})
        if entity and not entities:
            raise PotError(tr("No project is executed by '{entity}'.").format(entity=entity))
        templates = []
        for name in entities:
            rows = []
            for project in (p for p in items if p["entidad"] == name):
                last = latest_report(history.get(project["codigo"], []))
                rows.append({"proyecto": project["codigo"], "nombre": project["nombre"], "entidad": name,
                             "presupuesto_anio": budget.get((project["codigo"], year), ""),
                             "ultima_inversion_reportada": last["inversion"] if last else "", "anio": year})
            templates.append((f"inversion_{safe_name(name)}_{year}", rows, investment_files.INVESTMENT))
        if action_rows:
            templates.append((f"inversion_actuaciones_{year}", [
                {"actuacion": a["codigo"], "nombre": a["nombre"], "anio": year} for a in action_rows],
                investment_files.INVESTMENT))
        if obligation_rows:
            templates.append((f"recaudo_obligaciones_{year}", [
                {"obligacion": o["codigo"], "instrumento": o["instrumento"], "tipo": o["tipo"], "destino": o["destino"],
                 "unidad": o["unidad"], "cantidad_debida": o["cantidad"], "recibido": received.get(o["codigo"], 0),
                 "fecha_limite": o["fecha_limite"] or ""} for o in obligation_rows], investment_files.RECEIPTS))
        with self.document_language(parameters, context):  # the data model's Spanish column names either way
            for base, rows, kind in templates:
                investment_files.write(os.path.join(folder, base), rows, kind, str(year))
        written = 2 * len(templates)
        feedback.pushInfo(tr("{count} templates written in {folder}").format(count=written, folder=folder))
        return {"OUTPUT": folder, "FILES": written}


class ImportInvestment(PotAlgorithm):
    NAME = "import_investment"
    GROUP = "Projects"

    def displayName(self):  # noqa: N802
        return tr("Import investment and receipts")

    def shortHelpString(self):  # noqa: N802
        return tr("Consolidates a filled investment template (investment of projects or actions by year and source) "
                  "or receipts template (what was received of each urban obligation), CSV or XLSX. Every row is "
                  "validated: known project, action or obligation, known source, values not negative, a receipt "
                  "above what is due only with a note. Nothing is written if any row is rejected. Rows already "
                  "recorded are skipped, so importing the same file twice changes nothing; a different value for "
                  "the same project, year and source (or the same obligation and reference) corrects it, and the "
                  "history keeps both. After investment, each project's cumulative investment in its progress "
                  "reports is reconciled with its rows by source, and every difference is reported.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Filled template (CSV or XLSX)")))
        self.addParameter(QgsProcessingParameterFeatureSink("REPORT", tr("Import report"), SOURCE_VECTOR,
                                                            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("ACCEPTED", tr("Rows recorded")))
        self.addOutput(QgsProcessingOutputNumber("REJECTED", tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", tr("Rows already recorded")))
        self.addOutput(QgsProcessingOutputNumber("DIFFERENCES", tr("Projects whose reported investment differs")))

    def execute(self, parameters, context, feedback):
        source = self.parameterAsFile(parameters, "INPUT", context)
        if not os.path.exists(source):
            raise PotError(tr("The file '{path}' does not exist.").format(path=source))
        kind, rows = investment_files.read(source)
        record = record_receipts if kind == investment_files.RECEIPTS else record_investment
        numbers = [number for number, _ in rows]
        with open_store(self.expediente(parameters, context)) as store:
            try:
                outcome = record(store, [row for _, row in rows], numbers)
            except InputError as error:
                self._write_report(parameters, context, getattr(error, "outcome", None), kind, rows)
                raise
            differences = [d for d in reconciliation(store) if d["diferencia"]] \
                if kind == investment_files.INVESTMENT else []
        for d in differences:
            feedback.pushWarning(tr("Project {project}: its progress reports say {reported} COP invested up to "
                                    "{year}, its investment by source adds up to {sources} COP (difference "
                                    "{difference}).").format(
                project=d["proyecto"], reported=number(d["inversion_avance"], 0), year=d["anio"],
                sources=number(d["inversion_fuentes"], 0), difference=number(d["diferencia"], 0)))
        result = {"ACCEPTED": len(outcome.accepted), "REJECTED": 0, "SKIPPED": len(outcome.skipped),
                  "DIFFERENCES": len(differences)}
        result.update(self._write_report(parameters, context, outcome, kind, rows))
        feedback.pushInfo(tr("{accepted} rows recorded, {skipped} already recorded.").format(
            accepted=result["ACCEPTED"], skipped=result["SKIPPED"]))
        return result

    def _write_report(self, parameters, context, outcome, kind, rows):
        fields = make_fields([("fila", INTEGER), ("tipo", TEXT), ("codigo", TEXT), ("resultado", TEXT),
                              ("mensaje", TEXT)])
        sink, destination = self.parameterAsSink(parameters, "REPORT", context, fields, WKB_NO_GEOMETRY)
        if sink is None or outcome is None:
            return {}
        by_row = dict(rows)
        for line, result, message in outcome.lines():
            row = by_row[line]
            code = row.get("obligacion") if kind == investment_files.RECEIPTS else (
                row.get("proyecto") or row.get("actuacion"))
            feature = QgsFeature(fields)
            feature.setAttributes([line, kind, str(code or ""), result, message])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {"REPORT": destination}
