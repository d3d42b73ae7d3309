"""export_minisitio: the expediente as the POT's public static website."""
import json
import os
import shutil
import tempfile

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFile, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterString)

from ...cartography.minisite import WEB, SiteData
from ...core.errors import PotError
from ...i18n import tr
from ...qt_compat import FILE_FOLDER
from .base import PotAlgorithm, check_cancelled, expediente_parameter, language_parameter
from .compute_indicators import LEVELS, period_year
from .export_open_data import describe


class ExportMinisitio(PotAlgorithm):
    NAME = "export_minisitio"
    GROUP = "Expediente"

    def displayName(self):  # noqa: N802
        return tr("Publish the POT minisite")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes the expediente of a PERIOD as a static website (HTML, CSS, JavaScript and data files; no "
                  "server code) that any web host serves as it is: home with the indicators' traffic lights and the "
                  "projects by state; an interactive map of every indicator by territorial unit with the PDF's "
                  "classes and colours; the projects (map by state, searchable list, a page per project); the "
                  "accountability figures; and the open data to download (and the expediente PDF, if given). The "
                  "web libraries are inside the site: no CDN, no external tiles (BASEMAP optionally names a tile "
                  "URL). No personal data is published. A cancelled export leaves no half-written folder.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterString("PERIOD", tr("Period (2024 or 2024-S1)")))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Territorial level"), LEVELS,
                                                     defaultValue="localidad", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFile("PDF", tr("Expediente PDF to publish (optional)"),
                                                     extension="pdf", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "OPEN_DATA", tr("Open data of the period already exported (folder; optional: else exported now)"),
            behavior=FILE_FOLDER, optional=True))
        self.addParameter(QgsProcessingParameterString("BASEMAP", tr("Basemap tile URL (optional, e.g. an "
                                                                     "intranet's {z}/{x}/{y}.png)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Replace an existing site"), False))
        self.addParameter(language_parameter())
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Folder of the site")))
        self.addOutput(QgsProcessingOutputNumber("FILES", tr("Files published")))

    def execute(self, parameters, context, feedback):
        import processing

        period = self.parameterAsString(parameters, "PERIOD", context).strip()
        period_year(period)
        output = os.path.abspath(self.parameterAsString(parameters, "OUTPUT", context))
        overwrite = self.parameterAsBoolean(parameters, "OVERWRITE", context)
        if os.path.exists(output) and os.listdir(output) and not overwrite:
            raise PotError(tr("'{path}' already has files. Choose an empty folder, or allow replacing the "
                              "site.").format(
                path=output))
        if not os.path.exists(os.path.join(WEB, "vendor", "leaflet.js")):
            raise PotError(tr("The plugin was built without its web libraries (make build)."))
        pdf = self.parameterAsFile(parameters, "PDF", context)
        parent = os.path.dirname(output)
        os.makedirs(parent, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=".pot_minisitio_", dir=parent)
        try:
            feedback.setProgressText(tr("Open data…"))
            expediente = self.expediente(parameters, context)
            language = self.parameterAsString(parameters, "LANGUAGE", context) or None
            exported = self.parameterAsFile(parameters, "OPEN_DATA", context)
            if exported:  # what export_open_data just wrote (the semiannual cycle): published as it is
                if not os.path.isfile(os.path.join(exported, "metadatos.json")):
                    raise PotError(tr("'{path}' is not a folder of open data (it has no metadatos.json).").format(
                        path=exported))
                shutil.copytree(exported, os.path.join(staging, "datos"))
            else:
                processing.run("pot_seguimiento:export_open_data", {"EXPEDIENTE": expediente, "PERIOD": period,
                                                                    "LANGUAGE": language,
                                                                    "OUTPUT": os.path.join(staging, "datos")},
                               context=context, feedback=feedback, is_child_algorithm=True)
            check_cancelled(feedback)
            feedback.setProgress(40)
            if pdf:
                shutil.copyfile(pdf, os.path.join(staging, "datos", os.path.basename(pdf)))
            downloads = [{"nombre": name, "ruta": f"datos/{name}"}
                         for name in sorted(os.listdir(os.path.join(staging, "datos")))]
            with open(os.path.join(staging, "datos", "metadatos.json"), encoding="utf-8") as f:
                described = json.load(f).get("descripciones", {})  # (each file in its own words)
            feedback.setProgressText(tr("Pages and maps of the site…"))
            with self.document_language(parameters, context):
                downloads = [{**d, "descripcion": described.get(d["nombre"]) or describe(d["nombre"])}
                             for d in downloads]
                SiteData(expediente, period, self.parameterAsString(parameters, "LEVEL", context) or "localidad",
                         self.parameterAsString(parameters, "BASEMAP", context).strip()).write(staging, downloads)
            check_cancelled(feedback)
            _replace(staging, output)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        files = sum(len(names) for _, _, names in os.walk(output))
        feedback.pushInfo(tr("Minisite written: {path} ({files} files)").format(path=output, files=files))
        return {"OUTPUT": output, "FILES": files}


def _replace(staging, output):
    """The new site takes the folder's name only when complete; an old site goes only then."""
    old = None
    if os.path.exists(output):
        old = output + ".anterior"
        shutil.rmtree(old, ignore_errors=True)
        os.replace(output, old)
    os.replace(staging, output)
    if old:
        shutil.rmtree(old, ignore_errors=True)
