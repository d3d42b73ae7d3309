"""export_informe_concejo: the annual report to the Concejo, as a PDF and as an editable DOCX."""
import os
import shutil
import tempfile

from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterEnum, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)

from ...cartography.informe_concejo import InformeConcejo
from ...i18n import tr
from ...qt_compat import NUMBER_INTEGER
from .base import PotAlgorithm, check_cancelled, expediente_parameter, language_parameter
from .compute_indicators import LEVELS
from .evaluation import PLAN_TYPES
from .export_expediente import check_output, file_beside, write_pages


class ExportInformeConcejo(PotAlgorithm):
    NAME = "export_informe_concejo"
    GROUP = "Evaluation"

    def displayName(self):  # noqa: N802
        return tr("Export the report to the Concejo")

    def shortHelpString(self):  # noqa: N802
        return tr("The annual report to the Concejo on the POT for YEAR, as one PDF from the .qpt templates: executive "
                  "summary, sufficiency analysis, ends–means articulation (matrix and gaps), battery of the "
                  "objectives' "
                  "indicators, operational reading and evaluation of results, occupation model and land value, "
                  "projects, DOFA, conclusions and recommendations for revising the plan. The same content is written "
                  "beside it as a Word document (.docx) the office can finish in a word processor. Missing values "
                  "read 'sin dato'.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterNumber("YEAR", tr("Year"), NUMBER_INTEGER,
                                                       minValue=1997, maxValue=2100))
        self.addParameter(QgsProcessingParameterEnum("PLAN_TYPE", tr("Type of plan"), list(PLAN_TYPES), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Territorial level"), LEVELS,
                                                     defaultValue="localidad", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Overwrite existing files"), False))
        self.addParameter(language_parameter())
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Report (PDF)"), "PDF (*.pdf *.PDF)"))
        self.addOutput(QgsProcessingOutputFile("DOCUMENT", tr("Editable report (DOCX)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def execute(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        overwrite = self.parameterAsBoolean(parameters, "OVERWRITE", context)
        document = os.path.splitext(output)[0] + ".docx"
        check_output(output, overwrite, ".pdf")
        check_output(document, overwrite, ".docx")
        workdir = tempfile.mkdtemp(prefix="pot_informe_")
        try:
            with file_beside(output) as partial_pdf, file_beside(document) as partial_docx:
                feedback.setProgressText(tr("Evaluating the plan…"))
                with self.document_language(parameters, context):
                    report = InformeConcejo(self.expediente(parameters, context),
                                            self.parameterAsInt(parameters, "YEAR", context), workdir,
                                            PLAN_TYPES[self.parameterAsEnum(parameters, "PLAN_TYPE", context)],
                                            self.parameterAsString(parameters, "LEVEL", context) or "localidad")
                    check_cancelled(feedback)
                    pages = report.pdf_pages()
                    report.write_docx(partial_docx)
                write_pages(pages, partial_pdf, feedback)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        feedback.pushInfo(tr("Report to the Concejo written: {path} ({pages} pages) and {document}").format(
            path=output, pages=len(pages), document=document))
        return {"OUTPUT": output, "DOCUMENT": document, "PAGES": len(pages)}
