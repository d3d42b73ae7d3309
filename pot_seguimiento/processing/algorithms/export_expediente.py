"""export_expediente: the expediente's cartography and report as one PDF."""
import contextlib
import os
import shutil
import tempfile

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFileDestination,
                       QgsProcessingParameterString)

from ...cartography.expediente_report import ExpedienteReport
from ...cartography.pages import write_pdf
from ...core.errors import PotError
from ...core.indicators.assessment import HORIZONS
from ...i18n import tr
from .base import PotAlgorithm, check_cancelled, expediente_parameter, language_parameter
from .compute_indicators import LEVELS, period_year


def check_output(path, overwrite, extension):
    if not path.lower().endswith(extension):
        raise PotError(tr("The output must be a {extension} file: '{path}'.").format(extension=extension, path=path))
    if os.path.exists(path) and not overwrite:
        raise PotError(tr("'{path}' already exists. Choose another name, or allow overwriting it.").format(path=path))


@contextlib.contextmanager
def file_beside(output):
    """A temporary file beside `output` that takes its name only when the block finishes: a failure or a
    cancel leaves no file, and never half a file under the output's name."""
    folder = os.path.dirname(os.path.abspath(output))
    os.makedirs(folder, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=".pot_", suffix=os.path.splitext(output)[1], dir=folder)
    os.close(handle)
    try:
        yield partial
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(partial, 0o666 & ~mask)  # a normal file, not mkstemp's private 0600
        os.replace(partial, output)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def write_pages(pages, path, feedback):
    feedback.setProgressText(tr("Writing {count} pages…").format(count=len(pages)))
    if not write_pdf(pages, path, feedback.isCanceled, lambda f: feedback.setProgress(50 + 50 * f)):
        check_cancelled(feedback)


class ExportExpediente(PotAlgorithm):
    NAME = "export_expediente"
    GROUP = "Expediente"

    def displayName(self):  # noqa: N802
        return tr("Export expediente (PDF)")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes the expediente of a period as one PDF: cover, contents, a map sheet per indicator "
                  "(graduated map, legend, scale bar, north arrow, source, date, CRS, time series against "
                  "baseline and target, table with traffic lights), the projects map by state with the program "
                  "summary, the accountability report (projects; units by sex and age) and an atlas page per "
                  "territorial unit. Pages come from the .qpt templates in resources/templates, which an office "
                  "may replace with its own letterhead. Missing values read 'sin dato'.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterString("PERIOD", tr("Period (2024 or 2024-S1)")))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Territorial level"), LEVELS,
                                                     defaultValue="localidad", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterEnum("HORIZON", tr("Targets of the horizon"), list(HORIZONS),
                                                     defaultValue="corto", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Overwrite an existing file"), False))
        self.addParameter(language_parameter())
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Expediente PDF"), "PDF (*.pdf *.PDF)"))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def execute(self, parameters, context, feedback):
        period = self.parameterAsString(parameters, "PERIOD", context).strip()
        period_year(period)  # refuses a malformed period with a clear message
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        check_output(output, self.parameterAsBoolean(parameters, "OVERWRITE", context), ".pdf")
        workdir = tempfile.mkdtemp(prefix="pot_expediente_")
        try:
            with file_beside(output) as partial:
                feedback.setProgressText(tr("Preparing the pages…"))
                with self.document_language(parameters, context):
                    level = self.parameterAsString(parameters, "LEVEL", context) or "localidad"
                    horizon = self.parameterAsString(parameters, "HORIZON", context) or "corto"
                    report = ExpedienteReport(self.expediente(parameters, context), period, level, workdir, horizon)
                    pages = report.pages(lambda f: feedback.setProgress(50 * f), feedback.isCanceled)
                check_cancelled(feedback)
                write_pages(pages, partial, feedback)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        feedback.pushInfo(tr("Expediente written: {path} ({pages} pages)").format(path=output, pages=len(pages)))
        return {"OUTPUT": output, "PAGES": len(pages)}
