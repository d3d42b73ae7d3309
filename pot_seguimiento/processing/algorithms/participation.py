"""Participation, technical assistance and commitments (issue 21): the entities' templates out
(export_participation_templates) and in (import_participation), as the progress templates are."""
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString)

from ...core import age_bands, participation, participation_files
from ...core.errors import InputError, PotError
from ...core.text import normalise_code, safe_name
from ...i18n import tr
from ...qgis_fields import INTEGER, TEXT, fields as make_fields
from ...qt_compat import SOURCE_VECTOR, WKB_NO_GEOMETRY
from ...store import open_store
from ...store import participation as stored
from .base import (PotAlgorithm, add_template_export_parameters, check_cancelled, expediente_parameter,
                   language_parameter)

GROUP = "Participation"


def template_rows(store, entity, period):
    """{kind: [row dicts]} of one entity's template for `period`: its activities of the period, its plan rows that
    count in it, and the commitments of its activities or in its charge with their latest state."""
    first, last = (day.isoformat() for day in participation.period_bounds(period))
    activities = [a for a in stored.activities(store, entity).values() if first <= str(a["fecha"])[:10] <= last]
    rows = []
    for activity in activities:
        row = dict(activity)
        for (desde, hasta), persons in activity["edades"].items():
            row[age_bands.Band(desde, hasta).column()] = persons
        rows.append(row)
    plan = [row for key, row in stored.plan_rows(store).items()
            if key[0] == entity and participation.rolls_into(key[2], period)]
    every = stored.activities(store)
    states = stored.commitment_states(store)
    commitments = []
    for code, commitment in stored.commitments(store).items():
        of_entity = every.get(commitment["actividad"], {}).get("dependencia") == entity
        if not of_entity and commitment["entidad_responsable"] != entity:
            continue
        latest = (states.get(code) or [{}])[-1]
        commitments.append({**commitment, "compromiso": code, "estado": latest.get("estado"),
                            "fecha_estado": str(latest.get("fecha") or "")[:10] or None,
                            "avance": latest.get("avance"), "nota": latest.get("nota"),
                            "evidencia": latest.get("evidencia")})
    return {"actividades": rows, "plan": plan, "compromisos": commitments}


class ExportParticipationTemplates(PotAlgorithm):
    NAME = "export_participation_templates"
    GROUP = GROUP

    def displayName(self):  # noqa: N802
        return tr("Export participation templates")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes, for each entity of the expediente (or one), the templates it fills with its participation "
                  "for a period: activities (type, stage, scale and unit, date, state, approaches, attendance as "
                  "counts by sex, age group and population group, satisfaction evaluations), its participation plan "
                  "(programmed and executed by line) and the commitments made to citizens with their state. One "
                  "XLSX workbook with a sheet each, and the same as three CSV files; rows already in the expediente "
                  "come filled. PERIOD: 2025, 2025-S1 or a four-month term 2025-C1 to 2025-C3. The templates never "
                  "ask for names, documents, phones or e-mails. Import them with 'Import participation'.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_template_export_parameters(self, tr("Period (2025, 2025-S1 or 2025-C1)"),
                                       tr("Entity code (empty = every entity)"))

    def execute(self, parameters, context, feedback):
        period = participation.check_period(self.parameterAsString(parameters, "PERIOD", context))
        wanted = self.parameterAsString(parameters, "ENTITY", context).strip()
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        with open_store(self.expediente(parameters, context)) as store:
            register = stored.entities(store)
            lookup = participation.entity_lookup(register)
            if wanted and normalise_code(wanted) not in lookup:
                raise PotError(tr("'{entity}' is not an entity of the expediente (table entidad).").format(
                    entity=wanted))
            codes = [lookup[normalise_code(wanted)]] if wanted else [e["codigo"] for e in register]
            if not codes:
                raise PotError(tr("The expediente has no entities: register them in the table entidad first."))
            templates = {code: template_rows(store, code, period) for code in codes}
        os.makedirs(folder, exist_ok=True)
        written = 0
        with self.document_language(parameters, context):  # the data model's Spanish column names either way
            for code, sheets in templates.items():
                for kind, rows in sheets.items():
                    participation_files.write_csv(
                        os.path.join(folder, f"participacion_{kind}_{safe_name(code)}_{period}.csv"), kind, rows)
                participation_files.write_xlsx(
                    os.path.join(folder, f"participacion_{safe_name(code)}_{period}.xlsx"), sheets)
                written += len(sheets) + 1
        feedback.pushInfo(tr("{count} templates written in {folder}").format(count=written, folder=folder))
        return {"OUTPUT": folder, "FILES": written}


class ImportParticipation(PotAlgorithm):
    NAME = "import_participation"
    GROUP = GROUP

    def displayName(self):  # noqa: N802
        return tr("Import participation")

    def shortHelpString(self):  # noqa: N802
        return tr("Records the participation an entity filled in its templates (the XLSX workbook, or one of its "
                  "CSV files): activities, plan and commitments. Every row is validated: known types, stages, "
                  "units and entities, attendance not negative, evaluations not above attendance, an executed "
                  "activity not dated after today, a commitment reopened after 'cumplido' only with a note. "
                  "Nothing is written if any row is rejected, and REPORT says what happened to each row. Rows "
                  "already recorded are skipped, so importing the same file twice changes nothing; an activity "
                  "or plan row with new values is updated, a commitment's new state is added to its history. A "
                  "file holding people's names, document numbers, phones or e-mails is refused: the expediente "
                  "keeps counts, never attendance lists. PERIOD and ENTITY (optional) refuse rows of another "
                  "period or entity.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Filled template (XLSX or CSV)")))
        self.addParameter(QgsProcessingParameterString("PERIOD", tr("Period (2025, 2025-S1 or 2025-C1; empty = any)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("ENTITY", tr("Entity code (empty = any)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("REPORT", tr("Import report"), SOURCE_VECTOR,
                                                            optional=True, createByDefault=True))
        for name, label in (("NEW", tr("Rows recorded")), ("UPDATED", tr("Rows updated")),
                            ("SKIPPED", tr("Rows already recorded")), ("REJECTED", tr("Rows rejected"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def execute(self, parameters, context, feedback):
        source = self.parameterAsFile(parameters, "INPUT", context)
        period = self.parameterAsString(parameters, "PERIOD", context).strip()
        period = participation.check_period(period) if period else None
        entity = self.parameterAsString(parameters, "ENTITY", context).strip() or None
        sheets = participation_files.read_sheets(source)
        with open_store(self.expediente(parameters, context)) as store:
            if entity and normalise_code(entity) not in participation.entity_lookup(
                    stored.entities(store)):
                raise PotError(tr("'{entity}' is not an entity of the expediente (table entidad).").format(
                    entity=entity))
            try:
                validation = stored.record(store, sheets, source, entity, period)
            except InputError as error:
                self._write_report(parameters, context, getattr(error, "validation", None))
                raise
        counts = stored.summary(validation)
        result = {"NEW": counts.get("nuevo", 0), "UPDATED": counts.get("actualizado", 0),
                  "SKIPPED": counts.get("omitido", 0), "REJECTED": 0}
        result.update(self._write_report(parameters, context, validation))
        feedback.pushInfo(stored.describe(counts))
        return result

    def _write_report(self, parameters, context, validation):
        fields = make_fields([("hoja", TEXT), ("fila", INTEGER), ("clave", TEXT), ("resultado", TEXT),
                              ("mensaje", TEXT)])
        sink, destination = self.parameterAsSink(parameters, "REPORT", context, fields, WKB_NO_GEOMETRY)
        if sink is None or validation is None:
            return {}
        for line in validation.lines:
            feature = QgsFeature(fields)
            feature.setAttributes([line[0], line[1], None if line[2] is None else str(line[2]), line[3], line[4]])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {"REPORT": destination}


class ExportParticipationReport(PotAlgorithm):
    NAME = "export_participation_report"
    GROUP = GROUP

    def displayName(self):  # noqa: N802
        return tr("Export participation report (PDF)")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes the participation report of a period as one PDF: a map of the executed activities over "
                  "the participants per unit with the period's figures (participants by stage, women, approaches, "
                  "evaluations applied, commitments kept and overdue) and the participation plan programmed "
                  "against executed by dependency (table and bars; compliance may pass 100 %), the commitments by "
                  "month and state, participants by unit, sex, age and population group, the activities, and the "
                  "conclusions and lessons learnt they recorded. Counts only: the expediente holds no attendance "
                  "list. Never overwrites an existing file unless OVERWRITE; a cancelled export leaves no file.")

    def initAlgorithm(self, config=None):  # noqa: N802
        from .compute_indicators import LEVELS

        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterString("PERIOD", tr("Period (2024 or 2024-S1)")))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Territorial level"), LEVELS,
                                                     defaultValue="localidad", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Overwrite an existing file"), False))
        self.addParameter(language_parameter())
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Participation report (PDF)"),
                                                                "PDF (*.pdf *.PDF)"))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def execute(self, parameters, context, feedback):
        import shutil
        import tempfile

        from ...cartography.participation_report import ParticipationReport
        from .compute_indicators import period_year
        from .export_expediente import check_output, file_beside, write_pages

        period = self.parameterAsString(parameters, "PERIOD", context).strip()
        period_year(period)  # refuses a malformed period with a clear message
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        check_output(output, self.parameterAsBoolean(parameters, "OVERWRITE", context), ".pdf")
        workdir = tempfile.mkdtemp(prefix="pot_participacion_")
        try:
            with file_beside(output) as partial:
                feedback.setProgressText(tr("Preparing the pages…"))
                with self.document_language(parameters, context):
                    level = self.parameterAsString(parameters, "LEVEL", context) or "localidad"
                    document = ParticipationReport(self.expediente(parameters, context), period, level, workdir)
                    pages = document.pages(feedback.isCanceled)
                check_cancelled(feedback)
                write_pages(pages, partial, feedback)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        feedback.pushInfo(tr("Participation report written: {path} ({pages} pages)").format(
            path=output, pages=len(pages)))
        return {"OUTPUT": output, "PAGES": len(pages)}
