"""What every POT Seguimiento algorithm shares."""
import datetime
import os

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingLayerPostProcessorInterface,
                       QgsProcessingOutputNumber, QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterString)

from ...core import i18n as core_i18n
from ...core.errors import PotError
from ...i18n import tr
from ..connections import resolve_expediente
from ..errors import user_message
from ..parameter_checks import parameter_problem


def expediente_parameter():
    """EXPEDIENTE: a GeoPackage, or a PostgreSQL expediente typed as a saved QGIS connection name,
    service=NAME or postgresql://…?schema=. The filter's "(*)" lets a connection pass validation."""
    return QgsProcessingParameterFile("EXPEDIENTE", tr("Expediente (GeoPackage, or PostgreSQL connection)"),
                                      fileFilter=f"GeoPackage (*.gpkg);;{tr('All files')} (*)")


def language_parameter():
    """LANGUAGE: what the written documents speak. Spanish by default whatever QGIS speaks (they are a
    Colombian municipality's official documents); `en` for an office that wants an English copy."""
    return QgsProcessingParameterEnum("LANGUAGE", tr("Language of the documents"),
                                      list(core_i18n.DOCUMENT_LANGUAGES),
                                      defaultValue=core_i18n.DEFAULT_DOCUMENT_LANGUAGE, optional=True,
                                      usesStaticStrings=True)


class PotAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define NAME, display texts and `execute()` (`run` is taken by QgsProcessingAlgorithm); a PotError
    becomes a QgsProcessingException carrying its translated message (processing/errors.py)."""

    NAME = ""
    GROUP = ""

    def name(self):
        return self.NAME

    def group(self):
        return tr(self.GROUP) if self.GROUP else ""

    def groupId(self):  # noqa: N802
        return self.GROUP.lower().replace(" ", "_")

    def createInstance(self):  # noqa: N802
        return type(self)()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Every parameter against its documented range, its options, its file, in Spanish and
        naming the parameter, before anything runs; then QGIS's own checks, said in Spanish too."""
        for definition in self.parameterDefinitions():
            problem = parameter_problem(definition, parameters.get(definition.name()), context)
            if problem:
                return False, problem
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return False, tr("A parameter has a value that cannot be used; nothing was run. ({detail})").format(
                detail=message)
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            return self.execute(parameters, context, feedback)
        except QgsProcessingException:
            raise  # already a message for the user (a cancel, a check)
        except Exception as error:  # every other error gets its sentence in one place: processing/errors.py
            raise QgsProcessingException(user_message(error)) from error

    def execute(self, parameters, context, feedback):
        raise NotImplementedError

    def document_language(self, parameters, context):
        """A block in which tr() speaks the LANGUAGE of the documents (messages to the user stay outside it)."""
        return core_i18n.document_language(self.parameterAsString(parameters, "LANGUAGE", context) or None)

    def expediente(self, parameters, context):
        """The EXPEDIENTE as the store opens it (a saved connection's name becomes its connection)."""
        return resolve_expediente(self.parameterAsString(parameters, "EXPEDIENTE", context))


def add_template_export_parameters(algorithm, period_label, entity_label=None):
    """The parameters every export_*_templates algorithm shares, in this order: EXPEDIENTE, PERIOD (its label says
    which periods the templates take), ENTITY (optional), LANGUAGE, OUTPUT (a folder) and the output FILES."""
    algorithm.addParameter(expediente_parameter())
    algorithm.addParameter(QgsProcessingParameterString("PERIOD", period_label))
    algorithm.addParameter(QgsProcessingParameterString(
        "ENTITY", entity_label or tr("Entity (empty = every entity)"), optional=True))
    algorithm.addParameter(language_parameter())
    algorithm.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Folder for the templates")))
    algorithm.addOutput(QgsProcessingOutputNumber("FILES", tr("Files written")))


def stored_texts():
    """A block whose tr() texts are stored in the expediente (measurement notes): data the documents show, so
    written in the documents' Spanish whatever QGIS speaks."""
    return core_i18n.document_language()


def progress_reporter(feedback, start=0.0, end=100.0):
    """A `progress(fraction, message)` callback for the core, mapped onto [start, end] %."""
    def report(fraction, message=None):
        if message:
            feedback.setProgressText(message)
        feedback.setProgress(start + (end - start) * fraction)
    return report


STYLES = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "styles")


class _StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    instances = []  # QGIS does not own Python post-processors: keep them alive

    def __init__(self, style):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer and os.path.exists(self.style):
            layer.loadNamedStyle(os.path.abspath(self.style))
            layer.triggerRepaint()


def style_when_loaded(context, destination, style_name):
    """Give an output layer resources/styles/<style_name>.qml when QGIS loads it into the project."""
    if context.willLoadLayerOnCompletion(destination):
        _StyleOnLoad.instances.append(_StyleOnLoad(os.path.join(STYLES, f"{style_name}.qml")))
        context.layerToLoadOnCompletionDetails(destination).setPostProcessor(_StyleOnLoad.instances[-1])


def parse_date(text, name):
    """'2025-06-30' -> date; anything else is refused with a message naming the parameter."""
    try:
        return datetime.date.fromisoformat(str(text).strip())
    except ValueError:
        raise PotError(tr("The {name} '{date}' must be a date like 2025-06-30.").format(name=name, date=text)) from None


def check_cancelled(feedback):
    if feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled by the user; nothing was written."))


def _group_names_for_translators():  # never called: lets scripts/translations.py find the group names
    return tr("Expediente"), tr("Indicators"), tr("Projects"), tr("Field control"), tr("Evaluation"), \
        tr("Participation"), tr("Social services observatory")
