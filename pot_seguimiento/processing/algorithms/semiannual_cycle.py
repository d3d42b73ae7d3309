"""run_semiannual_cycle: the office's six-monthly chain in one run, from the entities' reports to the public site.

Each step is the existing algorithm, run as a child through Processing, so the cycle says and does exactly
what running them by hand says and does. What the chain adds over a model (resources/models/
ciclo_semestral.model3): every report file is checked, together, before anything is written; the steps run
in their data's order; a cancel stops between steps and keeps what finished; resumen.csv tells how far it got.
"""
import contextlib
import datetime
import os
import time

from qgis.core import (QgsApplication, QgsProcessingException, QgsProcessingMultiStepFeedback,
                       QgsProcessingOutputFile, QgsProcessingOutputFolder, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterString)

from ...core import cycle, report
from ...core.errors import InputError, PotError
from ...core.i18n import DEFAULT_DOCUMENT_LANGUAGE
from ...i18n import tr
from ...qt_compat import SOURCE_FILE
from ...store import open_store
from ...store.progress import check_reports
from .base import PotAlgorithm, check_cancelled, expediente_parameter, language_parameter, parse_date
from .compute_indicators import LEVELS
from .evaluation import PLAN_TYPES
from .progress_files import read_report_file


class RunSemiannualCycle(PotAlgorithm):
    NAME = "run_semiannual_cycle"
    GROUP = "Expediente"

    def displayName(self):  # noqa: N802
        return tr("Semiannual cycle")

    def shortHelpString(self):  # noqa: N802
        return tr("Runs the whole follow-up of a semester in order: consolidates the entities' progress reports "
                  "(REPORTS, optional), evaluates the projects at the cut-off date, computes every indicator battery "
                  "for the period at the level, and writes into the OUTPUT folder the expediente PDF "
                  "(expediente_2025-S2.pdf for 2025-S2), the open data (datos/), the minisite (minisitio/), the "
                  "participation report (informe_participacion_2025-S2.pdf) where the expediente records "
                  "participation and, for a second semester, the annual report to the Concejo "
                  "(informe_concejo_2025.pdf and .docx). The documents are written in LANGUAGE where the step offers "
                  "it. Every report file is checked, all together, before any step writes: one bad row stops the "
                  "cycle with the expediente and the folder untouched. resumen.csv lists each step with its time and "
                  "outcome. Cancel stops between steps and keeps what finished. The same chain ships as a model to "
                  "adapt in the Graphical Modeler (resources/models/ciclo_semestral.model3), without the check of the"
                  " reports before writing.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterString("PERIOD", tr("Period (2025-S1 or 2025-S2)")))
        self.addParameter(QgsProcessingParameterString(
            "CUTOFF_DATE", tr("Cut-off date (YYYY-MM-DD; empty = the period's last day)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Territorial level"), LEVELS,
                                                     defaultValue="localidad", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "REPORTS", tr("Entities' progress reports (filled templates, CSV or XLSX; optional)"),
            SOURCE_FILE, optional=True))
        self.addParameter(QgsProcessingParameterEnum("PLAN_TYPE", tr("Type of plan (for the report to the Concejo)"),
                                                     list(PLAN_TYPES), defaultValue=0))
        self.addParameter(language_parameter())
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Write into a folder that already has files"),
                                                        False))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Folder of the cycle")))
        self.addOutput(QgsProcessingOutputFile("PDF", tr("Expediente PDF")))
        self.addOutput(QgsProcessingOutputFolder("OPEN_DATA", tr("Open data")))
        self.addOutput(QgsProcessingOutputFolder("MINISITE", tr("Minisite")))
        self.addOutput(QgsProcessingOutputFile("PARTICIPATION_PDF", tr("Participation report (PDF)")))
        self.addOutput(QgsProcessingOutputFile("REPORT_PDF", tr("Report to the Concejo (PDF)")))
        self.addOutput(QgsProcessingOutputFile("REPORT_DOCX", tr("Report to the Concejo (DOCX)")))
        self.addOutput(QgsProcessingOutputFile("SUMMARY", tr("Summary of the cycle (resumen.csv)")))

    def execute(self, parameters, context, feedback):
        period = cycle.parse_period(self.parameterAsString(parameters, "PERIOD", context))
        text = self.parameterAsString(parameters, "CUTOFF_DATE", context).strip()
        cutoff = parse_date(text, tr("cut-off date")) if text else period.last_day
        cycle.check_cutoff(period, cutoff)
        level = self.parameterAsString(parameters, "LEVEL", context) or "localidad"
        language = self.parameterAsString(parameters, "LANGUAGE", context) or DEFAULT_DOCUMENT_LANGUAGE
        overwrite = self.parameterAsBoolean(parameters, "OVERWRITE", context)
        folder = os.path.abspath(self.parameterAsString(parameters, "OUTPUT", context))
        if os.path.isfile(folder):
            raise PotError(tr("'{path}' is a file; the cycle writes into a folder.").format(path=folder))
        if os.path.isdir(folder) and os.listdir(folder) and not overwrite:
            raise PotError(tr("'{path}' already has files. Choose an empty folder, or allow writing into it.").format(
                path=folder))
        expediente = self.parameterAsString(parameters, "EXPEDIENTE", context)
        reports = [path for path in self.parameterAsFileList(parameters, "REPORTS", context) if path]
        feedback.setProgressText(tr("Checking the expediente and the reports…"))
        participation = self._check_inputs(level, reports, parameters, context)  # before anything is written
        check_cancelled(feedback)
        os.makedirs(folder, exist_ok=True)

        steps = cycle.plan(period, bool(reports), participation)
        common = {"EXPEDIENTE": expediente, "LEVEL": level, "OVERWRITE": overwrite}
        arguments = {
            "import_progress": [{"EXPEDIENTE": expediente, "INPUT": path} for path in reports],
            "evaluate_projects": {"EXPEDIENTE": expediente, "CUTOFF_DATE": cutoff.isoformat(), "LEVEL": level,
                                  "OUTPUT": "TEMPORARY_OUTPUT"},
            "compute_indicators": {"EXPEDIENTE": expediente, "PERIOD": period.code, "LEVEL": level,
                                   "OUTPUT": "TEMPORARY_OUTPUT"},
            "export_expediente": {**common, "PERIOD": period.code},
            "export_open_data": {"EXPEDIENTE": expediente, "PERIOD": period.code},
            "export_minisitio": {**common, "PERIOD": period.code},
            "export_participation_report": {**common, "PERIOD": period.code},
            "export_informe_concejo": {**common, "YEAR": period.year,
                                       "PLAN_TYPE": PLAN_TYPES[self.parameterAsEnum(parameters, "PLAN_TYPE", context)]},
        }
        results = {"OUTPUT": folder}
        multi = QgsProcessingMultiStepFeedback(len(steps), feedback)
        documents = contextlib.ExitStack()  # the report model, shared by the documents (entered after the writes)
        with documents:
            self._run_steps(steps, arguments, period, folder, language, results, context, feedback, multi, documents)
        stopped = next((s for s in steps if s.outcome != cycle.OK), None)
        for step in steps:
            if not step.outcome:
                step.outcome = cycle.CANCELLED if feedback.isCanceled() else cycle.NOT_RUN
        results["SUMMARY"] = cycle.write_summary(folder, steps, language)
        if stopped is not None:
            done = sum(s.outcome == cycle.OK for s in steps)
            if feedback.isCanceled():
                raise QgsProcessingException(tr(
                    "Cancelled by the user after {done} of {total} steps; what finished is kept in {folder} "
                    "(see resumen.csv).").format(done=done, total=len(steps), folder=folder))
            raise QgsProcessingException(tr(
                "The cycle stopped at step {number} ({name}): {error} What finished before is kept in {folder} "
                "(see resumen.csv).").format(number=steps.index(stopped) + 1, name=_display_name(stopped.algorithm),
                                             error=stopped.detail, folder=folder))
        feedback.pushInfo(tr("Semiannual cycle {period} finished: {folder}").format(period=period.code, folder=folder))
        return results

    def _run_steps(self, steps, arguments, period, folder, language, results, context, feedback, multi, documents):
        """Each step in order, until one fails or the user cancels; resumen.csv after each. From the first document
        on nothing more is written into the expediente, so the documents share one report model
        (core/report/model.py shared_builds): the open data and the minisite do not read and compute again the
        sections the PDF's model already holds."""
        sharing = False
        for number, step in enumerate(steps):
            if feedback.isCanceled():
                break
            if step.output and not sharing:
                documents.enter_context(report.shared_builds())
                sharing = True
            multi.setCurrentStep(number)
            # The interface names a step as the toolbox does (QGIS's language); resumen.csv in the documents' one.
            name = _display_name(step.algorithm)
            feedback.setProgressText(tr("Step {number} of {total}: {name}…").format(
                number=number + 1, total=len(steps), name=name))
            step.started = datetime.datetime.now().isoformat(timespec="seconds")
            began = time.monotonic()
            try:
                step.detail = self._run_step(step, arguments[step.algorithm], period.code, folder, language,
                                             results, context, multi)
                step.outcome = cycle.OK
            except Exception as error:  # the child said why: keep it in the summary, then stop the cycle
                step.outcome = cycle.CANCELLED if feedback.isCanceled() else cycle.FAILED
                step.detail = str(error).strip()
            step.seconds = time.monotonic() - began
            cycle.write_summary(folder, steps, language)
            feedback.pushInfo(tr("Step {number} of {total} ({name}): {outcome} in {seconds:.1f} s").format(
                number=number + 1, total=len(steps), name=name, outcome=step.outcome, seconds=step.seconds))
            if step.outcome != cycle.OK:
                break

    def _check_inputs(self, level, reports, parameters, context):
        """What would stop the cycle half-way is refused before its first step: an expediente without units at the
        level, and any bad report. Every report file is read and every row validated against the expediente as one
        batch, in the order the cycle imports them, with the import's own code; the check's transaction is rolled
        back. Returns whether the expediente records participation (activities or a plan): then the cycle writes
        the participation report too."""
        with open_store(self.expediente(parameters, context)) as store:  # also: is it an expediente at all
            levels = store.levels()
            if level not in levels:
                raise PotError(tr("The expediente has no territorial units of level '{level}' (it has: {levels}); "
                                  "nothing was written.").format(level=level, levels=", ".join(levels) or "-"))
            participation = bool(store.count("actividad_participacion") or store.count("plan_participacion"))
            if not reports:
                return participation
            problems, batch, labels = [], [], []
            for path in reports:
                try:
                    rows, items = read_report_file(path)
                except PotError as error:
                    problems.append(f"{os.path.basename(path)}: {error}")
                    continue
                batch += items
                labels += [tr("{row} of {file}").format(row=number, file=os.path.basename(path))
                           for number, _ in rows]
            if problems:
                raise InputError(tr("No step was run and nothing was written; these report files cannot be "
                                    "read:\n{problems}").format(problems="\n".join(problems)))
            try:
                check_reports(store, batch, labels)
            except InputError as error:
                raise InputError(tr("No step was run and nothing was written. {error}").format(error=error),
                                 error.problems) from error
        return participation

    def _run_step(self, step, arguments, period, folder, language, results, context, feedback):
        """Run one step's algorithm (once per report file for the import); returns the summary's detail.
        Raises what the child raised."""
        import processing

        algorithm = f"pot_seguimiento:{step.algorithm}"
        extra = _passed_through(algorithm, {"LANGUAGE": language})

        def run(values):
            return processing.run(algorithm, {**values, **extra}, context=context, feedback=feedback,
                                  is_child_algorithm=True)

        if step.algorithm == "import_progress":
            details = []
            for child in arguments:  # one import per file, as the check ordered them
                outcome = run(child)
                details.append(cycle.detail("import", language, file=os.path.basename(child["INPUT"]),
                                            accepted=outcome["ACCEPTED"], skipped=outcome["SKIPPED"]))
            return "; ".join(details)
        if not step.output:  # evaluate_projects, compute_indicators: measurements in the expediente
            run(arguments)
            return cycle.detail("measured", language, period=period, level=arguments["LEVEL"])
        output = os.path.join(folder, step.output)
        arguments = {**arguments, "OUTPUT": output}
        if step.algorithm == "export_minisitio":
            if results.get("PDF"):
                arguments["PDF"] = results["PDF"]  # the site offers the PDF this cycle wrote
            if results.get("OPEN_DATA"):
                arguments["OPEN_DATA"] = results["OPEN_DATA"]  # and its open data, not exported a second time
        if step.algorithm == "export_informe_concejo":
            arguments.update(_passed_through(algorithm, {"PLAN_TYPE": arguments["PLAN_TYPE"]}))
        outcome = run(arguments)
        if step.algorithm == "export_expediente":
            results["PDF"] = output
        elif step.algorithm == "export_open_data":
            results["OPEN_DATA"] = output
        elif step.algorithm == "export_minisitio":
            results["MINISITE"] = output
        elif step.algorithm == "export_participation_report":
            results["PARTICIPATION_PDF"] = output
        elif step.algorithm == "export_informe_concejo":
            results["REPORT_PDF"], results["REPORT_DOCX"] = output, outcome.get("DOCUMENT")
            return cycle.detail("document", language, pages=outcome.get("PAGES"), file=", ".join(
                os.path.basename(path) for path in (output, outcome.get("DOCUMENT"))))
        if "PAGES" in outcome:
            return cycle.detail("document", language, file=step.output, pages=outcome["PAGES"])
        return cycle.detail("folder", language, file=step.output, files=outcome.get("FILES"))


def _display_name(algorithm):
    return QgsApplication.processingRegistry().algorithmById(f"pot_seguimiento:{algorithm}").displayName()


def _passed_through(algorithm, values):
    """The values the child algorithm takes, as it takes them: a parameter it lacks is left out (LANGUAGE
    reaches each document algorithm as it gains it), an enum without static strings gets the option's index."""
    definitions = QgsApplication.processingRegistry().algorithmById(algorithm)
    passed = {}
    for name, value in values.items():
        definition = definitions.parameterDefinition(name) if definitions else None
        if definition is None:
            continue
        if isinstance(definition, QgsProcessingParameterEnum) and not definition.usesStaticStrings():
            options = definition.options()
            if value in options:
                value = options.index(value)
        passed[name] = value
    return passed
