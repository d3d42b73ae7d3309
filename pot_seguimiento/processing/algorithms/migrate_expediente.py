"""migrate_expediente: the same expediente in another backend (GeoPackage ⇄ PostGIS), lossless."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterString)

from ...i18n import tr
from ...store.migration import migrate
from ..connections import resolve_expediente
from .base import PotAlgorithm, progress_reporter


class MigrateExpediente(PotAlgorithm):
    NAME = "migrate_expediente"
    GROUP = "Expediente"

    def displayName(self):  # noqa: N802
        return tr("Migrate expediente (GeoPackage ⇄ PostGIS)")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Copies a whole expediente to another backend: a GeoPackage into PostgreSQL/PostGIS (the shared "
            "store of an administration), or PostGIS into a GeoPackage (an offline copy for a field office). "
            "INPUT and OUTPUT are a .gpkg path, a postgresql://user@host/database?schema=pot URI, "
            "service=NAME (pg_service.conf) or the name of a PostgreSQL connection saved in QGIS; passwords "
            "stay in pg_service/pgpass or QGIS's authentication manager. Every table, row, geometry, "
            "progress report and measurement is copied with its own identifiers, then read back and compared "
            "table by table (rows and SHA-256): the destination appears only when everything matches. A "
            "destination that already holds an expediente is refused unless REPLACE is true.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("INPUT", tr("Expediente to copy (GeoPackage or PostgreSQL)")))
        self.addParameter(QgsProcessingParameterString("OUTPUT", tr("Destination (GeoPackage or PostgreSQL)")))
        self.addParameter(QgsProcessingParameterBoolean("REPLACE", tr("Replace an existing expediente"), False))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows copied")))
        self.addOutput(QgsProcessingOutputString("CHECKSUMS", tr("Rows and SHA-256 per table")))

    def execute(self, parameters, context, feedback):
        source = resolve_expediente(self.parameterAsString(parameters, "INPUT", context))
        target = resolve_expediente(self.parameterAsString(parameters, "OUTPUT", context))
        copied = migrate(source, target, self.parameterAsBoolean(parameters, "REPLACE", context),
                         progress_reporter(feedback))
        lines = [f"{c.table}: {c.rows} · {c.checksum[:16]}" for c in copied]
        for line in lines:
            feedback.pushInfo(line)
        total = sum(c.rows for c in copied)
        feedback.pushInfo(tr("{rows} rows copied and checked in {tables} tables.").format(
            rows=total, tables=len(copied)))
        return {"ROWS": total, "CHECKSUMS": "\n".join(lines)}
