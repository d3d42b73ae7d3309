"""grant_access: roles on a shared (PostGIS) expediente, enforced by PostgreSQL."""
from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterString

from ...core.errors import PotError
from ...i18n import tr
from ...store.pg_access import ROLES, grant
from ...store import display_name
from ...store.postgis import is_postgres
from ..connections import resolve_expediente
from .base import PotAlgorithm


class GrantAccess(PotAlgorithm):
    NAME = "grant_access"
    GROUP = "Expediente"

    def displayName(self):  # noqa: N802
        return tr("Grant access to a shared expediente")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Gives a PostgreSQL login a role on an expediente stored in PostGIS: 'admin' (the planning office: "
            "everything), 'consulta' (read only) or 'reportero' (reads everything and records progress and "
            "annual budget only for projects of its ENTIDAD, written as in the projects). PostgreSQL enforces "
            "it with grants and row-level security; progress history stays append-only for everybody. A new "
            "login is created without a password: set it with the server's tools (ALTER ROLE, pgpass). Run it "
            "connected as the expediente's owner or a superuser.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("EXPEDIENTE", tr("Expediente (PostgreSQL connection)")))
        self.addParameter(QgsProcessingParameterString("LOGIN", tr("Login (PostgreSQL user)")))
        self.addParameter(QgsProcessingParameterEnum("ROLE", tr("Role"), list(ROLES), defaultValue="consulta",
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("ENTIDAD", tr("Entity (for a reporter)"), optional=True))

    def execute(self, parameters, context, feedback):
        expediente = resolve_expediente(self.parameterAsString(parameters, "EXPEDIENTE", context))
        if not is_postgres(expediente):
            raise PotError(tr("Roles exist only in a shared expediente (PostgreSQL); '{path}' is a file: "
                              "migrate it first with migrate_expediente.").format(path=expediente))
        login = self.parameterAsString(parameters, "LOGIN", context)
        role = self.parameterAsString(parameters, "ROLE", context)
        entity = self.parameterAsString(parameters, "ENTIDAD", context)
        grant(expediente, login, role, entity)
        feedback.pushInfo(tr("{login} is now '{role}' in {expediente}.").format(
            login=login.strip(), role=role, expediente=display_name(expediente)))
        return {}
