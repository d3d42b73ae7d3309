"""export_field_package and import_field_checks: the round trip to QField and back."""
import datetime
import os
import re
import shutil
import tempfile
import uuid
import zipfile

import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsExpression, QgsFeature, QgsFeatureRequest, QgsFeatureSink,
                       QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString)

from ...core.errors import PotError
from ...core.text import safe_name
from ...field_package.kinds import DEFAULT_KIND, KINDS, kind_of
from ...field_package.package_data import write_package_data
from ...field_package.qfield_project import write_qfield_project
from ...field_package.returned import open_returned
from ...i18n import tr
from ...qgis_fields import TEXT, fields as make_fields
from ...qt_compat import ALGORITHM_NO_THREADING, FILE_FILE, REQUEST_NO_GEOMETRY, WKB_NO_GEOMETRY
from ...store import field_control, open_store
from ...store.field_checks import merge_returned
from ..store_layers import store_layer
from .base import PotAlgorithm, expediente_parameter

OPEN_STATES = ("detectada", "priorizada", "en_visita", "confirmada")


def alerts_matching(path, text, kind=None):
    """Codes of the package's targets chosen by `text`: empty = every open alert (every heritage asset); a list of
    codes; or a QGIS expression over the targets' fields (e.g. "prioridad" >= 50 AND "unidad" = '03')."""
    kind = kind or kind_of(DEFAULT_KIND)
    layer = store_layer(path, kind.target_table)
    text = (text or "").strip()
    known = {f["codigo"] for f in layer.getFeatures(QgsFeatureRequest().setFlags(REQUEST_NO_GEOMETRY))}
    codes = [c for c in re.split(r"[,;\s]+", text) if c]
    if text and all(c in known for c in codes):
        return codes
    everything = "\"estado\" IN ({})".format(", ".join(f"'{s}'" for s in OPEN_STATES)) if kind.redrawable \
        else "TRUE"
    expression = QgsExpression(text or everything)
    if expression.hasParserError():
        raise PotError(tr("{parameter} is neither codes nor a valid expression: {error}").format(
            parameter="ALERTS" if kind.redrawable else "ASSETS", error=expression.parserErrorString()))
    request = QgsFeatureRequest(expression).setFlags(REQUEST_NO_GEOMETRY)
    return [f["codigo"] for f in layer.getFeatures(request)]


class ExportFieldPackage(PotAlgorithm):
    NAME = "export_field_package"
    GROUP = "Field control"

    def displayName(self):  # noqa: N802
        return tr("Export field package (QField)")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Builds an offline QField project for one inspector or zone: a .qgs and one GeoPackage with "
            "the alerts to visit (styled by priority, labelled with their code; only their outline can be "
            "redrawn), an empty visit layer with its form (value lists in Spanish, mandatory fields, "
            "uuid() and now() defaults, the inspector preset, GPS accuracy from QField, up to three photos "
            "saved in DCIM/), and the context clipped 300 m around the alerts (units, zoning, hazards, "
            "public space, blocks and lots) with the expediente's styles. Paths are relative: copy the "
            "folder or the .zip to the phone. ALERTS: alert codes, or an expression such as "
            "\"prioridad\" >= 50 AND \"unidad\" = '03'; empty = every open alert. The alerts packaged "
            "move to 'en_visita'. KIND 'patrimonio' packages heritage assets (BIC) instead, chosen by ASSETS "
            "(codes or an expression over bien_patrimonial; empty = all), with an inspection form: state of "
            "conservation (bueno, regular, malo, perdido), threats as check boxes (abandonment, works without a "
            "licence, graffiti, enclosure, another), notes and up to three photos; the context holds the PEMP "
            "influence zones.")

    def flags(self):
        # A QgsProject is written: done on the main thread. Packages are small (one zone's alerts).
        return super().flags() | ALGORITHM_NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterEnum("KIND", tr("Kind of package"), list(KINDS),
                                                     defaultValue=DEFAULT_KIND, usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("ALERTS", tr("Alerts (codes or expression; empty = open ones)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(
            "ASSETS", tr("Heritage assets (codes or expression; empty = all); kind 'patrimonio'"), optional=True))
        self.addParameter(QgsProcessingParameterString("INSPECTOR", tr("Inspector")))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Package (folder or .zip)"),
                                                                "ZIP (*.zip)"))
        self.addOutput(QgsProcessingOutputNumber("ALERT_COUNT", tr("Alerts or assets in the package")))
        self.addOutput(QgsProcessingOutputString("PACKAGE_ID", tr("Package identifier")))

    def execute(self, parameters, context, feedback):
        path = self.expediente(parameters, context)
        inspector = self.parameterAsString(parameters, "INSPECTOR", context).strip()
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not inspector:
            raise PotError(tr("Give the inspector's name: it is preset in every visit of the package."))
        if os.path.exists(output) and (not os.path.isdir(output) or os.listdir(output)):
            raise PotError(tr("'{path}' already exists; choose a new folder or .zip name.").format(path=output))
        with open_store(path) as store:
            pass  # checks and migrates the expediente before QGIS reads it
        kind = kind_of(self.parameterAsString(parameters, "KIND", context) or DEFAULT_KIND)
        choice = self.parameterAsString(parameters, "ALERTS" if kind.redrawable else "ASSETS", context)
        codes = alerts_matching(path, choice, kind)
        if not codes:
            raise PotError(tr("No alert matches: nothing to package.") if kind.redrawable else
                           tr("No heritage asset matches: nothing to package."))
        package_id = f"{datetime.date.today():%Y%m%d}_{safe_name(inspector)}_{uuid.uuid4().hex[:6]}"
        title = f"{kind.title}_{package_id}"
        work = tempfile.mkdtemp(prefix=".pot_paquete_", dir=os.path.dirname(os.path.abspath(output)))
        try:
            folder = os.path.join(work, title)
            os.makedirs(folder)
            with open_store(path) as store:
                count = write_package_data(store, codes, os.path.join(folder, f"{title}.gpkg"), package_id, inspector,
                                           kind)
                crs = QgsCoordinateReferenceSystem(store.crs_wkt())
                _, outlines = store.read_where_in(kind.target_table, "codigo", codes, columns=["codigo"])
            extent = shapely.total_bounds(shapely.buffer(outlines, 100))
            write_qfield_project(folder, f"{title}.gpkg", title, inspector, package_id, crs, extent, kind)
            self._publish(folder, output)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        with open_store(path) as store:
            field_control.mark_packaged(store, codes, package_id, kind.target_table)
        feedback.pushInfo(tr("Field package {package} with {count} alerts or assets for {inspector}: {path}").format(
            package=package_id, count=count, inspector=inspector, path=output))
        return {"OUTPUT": output, "ALERT_COUNT": count, "PACKAGE_ID": package_id}

    @staticmethod
    def _publish(folder, output):
        """The finished package appears at `output` at once: a zip, or the folder moved into place."""
        if output.lower().endswith(".zip"):
            partial = output + ".partial"
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for root, _, files in os.walk(folder):
                    for name in files:
                        full = os.path.join(root, name)
                        archive.write(full, os.path.relpath(full, folder))
                archive.writestr("DCIM/", "")
            os.replace(partial, output)
        else:
            if os.path.isdir(output):
                os.rmdir(output)
            shutil.move(folder, output)


class ImportFieldChecks(PotAlgorithm):
    NAME = "import_field_checks"
    GROUP = "Field control"
    RESULTS = ("importada", "corregida", "duplicada", "rechazada", "nueva_version")

    def displayName(self):  # noqa: N802
        return tr("Import field checks (QField)")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Merges a field package returned from QField (a .zip, or the .qgs or .gpkg of its folder) into the "
            "expediente it was "
            "made from. Visits are known by their uuid: importing the same package twice changes nothing; "
            "packages of several inspectors all land; a visit edited on the phone after an earlier import "
            "is stored as a correction (next version) beside the original. An alert outline redrawn in the "
            "field becomes the alert's next version, the old one kept. Photos are copied to the folder "
            "<expediente>_evidencias next to the expediente, under names that cannot collide, with their "
            "SHA-256. A package of another expediente, a damaged or truncated zip, a changed GeoPackage or "
            "a photo path outside the package is refused and nothing is written. Alert states then follow "
            "the visits: 'confirmada', or 'descartada' when the latest visit found nothing. REPORT lists "
            "every visit, photo and outline: importada, corregida, duplicada, rechazada (with the reason) "
            "or nueva_version. A heritage package (export_field_package KIND 'patrimonio') says so itself and "
            "lands the same way: inspections by uuid into inspeccion_patrimonio, corrections as new versions, "
            "photos in foto_inspeccion under <expediente>_evidencias/patrimonio/.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Returned package (.zip, or the .qgs or .gpkg inside its folder)"),
            FILE_FILE, fileFilter=tr("Field package") + " (*.zip *.qgs *.gpkg)"))
        self.addParameter(QgsProcessingParameterFeatureSink("REPORT", tr("Import report"),
                                                            optional=True, createByDefault=True))
        for result in self.RESULTS:
            self.addOutput(QgsProcessingOutputNumber(result.upper(), result))

    def execute(self, parameters, context, feedback):
        path = self.expediente(parameters, context)
        source = self.parameterAsFile(parameters, "INPUT", context)
        if not source or not os.path.exists(source):
            raise PotError(tr("The returned package '{path}' does not exist.").format(path=source))
        if source.lower().endswith((".qgs", ".gpkg")):  # a returned folder, chosen by one of its files
            source = os.path.dirname(os.path.abspath(source))
        with open_store(path) as store, open_returned(source) as package:
            feedback.setProgressText(tr("Merging package {package}…").format(package=package.package_id))
            lines = merge_returned(store, package, path)
        totals = {result: sum(1 for line in lines if line.kind != "foto" and line.result == result)
                  for result in self.RESULTS}
        feedback.pushInfo(tr("Visits: {importada} imported, {corregida} corrected, {duplicada} already there, "
                             "{rechazada} rejected; {nueva_version} outlines redrawn.").format(**totals))
        results = {result.upper(): count for result, count in totals.items()}
        fields = make_fields([(name, TEXT) for name in ("tipo", "clave", "resultado", "mensaje")])
        sink, destination = self.parameterAsSink(parameters, "REPORT", context, fields, WKB_NO_GEOMETRY)
        if sink is not None:
            for line in lines:
                feature = QgsFeature(fields)
                feature.setAttributes([line.kind, line.key, line.result, line.message])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            results["REPORT"] = destination
        return results
