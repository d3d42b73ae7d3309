"""create_expediente: a new, empty expediente with the full schema."""
import re

from qgis.core import (QgsCoordinateReferenceSystem, QgsProcessingOutputString, QgsProcessingParameterCrs,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination, QgsProcessingParameterString)

from ...core import schema
from ...core.errors import PotError
from ...i18n import tr
from ...qt_compat import FILE_FOLDER
from ...store import create_expediente
from ...store.postgis import is_postgres
from ..connections import resolve_expediente
from .base import PotAlgorithm
from .store_output import crs_text

GPKG_FILTER = "GeoPackage (*.gpkg *.GPKG)"


def check_dane_code(code):
    if code and not re.fullmatch(r"\d{5}", code):
        raise PotError(tr("The DANE code '{code}' must have 5 digits (e.g. 11001 for Bogotá).").format(code=code))


class CreateExpediente(PotAlgorithm):
    NAME = "create_expediente"
    GROUP = "Expediente"

    def displayName(self):  # noqa: N802
        return tr("Create expediente")

    def shortHelpString(self):  # noqa: N802
        return tr("Creates a new expediente (GeoPackage) with every table of the current schema: territorial "
                  "units, blocks, lots, population, land value, zoning, public space, facilities, "
                  "hazards, transit, footprints, programs, projects, budget, progress, indicators, "
                  "measurements and field control (occupation alerts, field visits, control actions). "
                  "The CRS must be projected; the default is EPSG:9377 "
                  "(MAGNA-SIRGAS / Origen-Nacional). OUTPUT may also be a PostgreSQL database with PostGIS: "
                  "postgresql://user@host/database?schema=pot, service=NAME or a connection saved in QGIS (the schema "
                  "must not exist yet); EVIDENCE_FOLDER is then the shared folder where field photos are kept.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Expediente (GeoPackage, or a PostgreSQL connection)"), GPKG_FILTER))
        # Optional so that a missing CRS means the default: QGIS 3.22 refuses an
        # omitted CRS parameter even when it has a default value.
        self.addParameter(QgsProcessingParameterCrs(
            "CRS", tr("Coordinate reference system"), f"EPSG:{schema.DEFAULT_EPSG}", optional=True))
        self.addParameter(QgsProcessingParameterString("MUNICIPALITY", tr("Municipality"), optional=True))
        self.addParameter(QgsProcessingParameterString("DANE_CODE", tr("DANE code"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "EVIDENCE_FOLDER", tr("Shared folder for field photos (PostgreSQL only)"),
            FILE_FOLDER, optional=True))
        self.addOutput(QgsProcessingOutputString("SCHEMA_VERSION", tr("Schema version")))

    def execute(self, parameters, context, feedback):
        path = resolve_expediente(self.parameterAsString(parameters, "OUTPUT", context))  # a saved connection?
        if not is_postgres(path):
            path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        crs = self.parameterAsCrs(parameters, "CRS", context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(f"EPSG:{schema.DEFAULT_EPSG}")
        municipality = self.parameterAsString(parameters, "MUNICIPALITY", context).strip()
        dane_code = self.parameterAsString(parameters, "DANE_CODE", context).strip()
        check_dane_code(dane_code)
        evidence = self.parameterAsFile(parameters, "EVIDENCE_FOLDER", context) or None
        path = create_expediente(path, crs_text(crs), municipality, dane_code, evidence if is_postgres(path) else None)
        feedback.pushInfo(tr("Expediente created: {path}").format(path=path))
        return {"OUTPUT": path, "SCHEMA_VERSION": str(schema.SCHEMA_VERSION)}
