"""What every POT Seguimiento algorithm shares."""
import datetime
import os
import sqlite3

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingLayerPostProcessorInterface,
                       QgsProcessingParameterEnum, QgsProcessingParameterFile)

from ...core import i18n as core_i18n
from ...core.errors import PotError
from ...i18n import tr
from ..connections import resolve_expediente
from ..parameter_checks import os_error_message, parameter_problem


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
    """Subclasses define NAME, display texts and `execute()` (`run` is taken by QgsProcessingAlgorithm); a PotError becomes a
    QgsProcessingException carrying the same (translated) message."""

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
        except PotError as error:
            raise QgsProcessingException(str(error)) from error
        except sqlite3.IntegrityError as error:  # a rule of the schema the checks above did not catch
            raise QgsProcessingException(tr("The expediente refused the data and nothing was written: {error}").format(
                error=error)) from error
        except sqlite3.OperationalError as error:  # locked beyond the wait, disk full, read-only file…
            raise QgsProcessingException(tr("The expediente could not be written, nothing was changed: {error}. "
                                            "If another user is saving, retry in a moment.").format(error=error)) from error
        except Exception as error:
            if type(error).__name__ in ("OperationalError", "InterfaceError") and \
                    type(error).__module__.startswith("psycopg2"):  # the server went away (restart, network)
                raise QgsProcessingException(tr("The connection to the PostgreSQL server was lost; nothing was "
                                                "saved. Run it again when the server is back.")) from error
            code = getattr(error, "pgcode", None) or ""
            if code.startswith("23") or code == "P0001":  # a constraint, or the append-only trigger
                raise QgsProcessingException(tr("The expediente refused the data and nothing was written: {error}").format(
                    error=str(error).strip().splitlines()[0])) from error
            if code == "42501":  # PostgreSQL: a grant or row-level security refused it
                raise QgsProcessingException(tr("Your user cannot do this in the shared expediente; nothing was "
                                                "changed. Ask the planning office for the role you need. ({error})"
                                                ).format(error=str(error).strip().splitlines()[0])) from error
            if isinstance(error, OSError):  # a folder that cannot be written, a file gone, a full disk
                raise QgsProcessingException(os_error_message(error)) from error
            # Anything else is a defect of ours; the user still gets a sentence, never a traceback.
            raise QgsProcessingException(tr(
                "The algorithm stopped on an unexpected error ({kind}: {error}). The expediente is written only in "
                "whole transactions, so nothing was left half-written. Please report it with the steps that led "
                "to it.").format(kind=type(error).__name__, error=str(error).strip().splitlines()[0] if str(
                    error).strip() else "—")) from error

    def execute(self, parameters, context, feedback):
        raise NotImplementedError

    def document_language(self, parameters, context):
        """A block in which tr() speaks the LANGUAGE of the documents (messages to the user stay outside it)."""
        return core_i18n.document_language(self.parameterAsString(parameters, "LANGUAGE", context) or None)

    def expediente(self, parameters, context):
        """The EXPEDIENTE as the store opens it (a saved connection's name becomes its connection)."""
        return resolve_expediente(self.parameterAsString(parameters, "EXPEDIENTE", context))


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
    return tr("Expediente"), tr("Indicators"), tr("Projects"), tr("Field control"), tr("Evaluation")
