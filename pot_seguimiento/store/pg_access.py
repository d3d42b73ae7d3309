"""Who may do what in a shared expediente: PostgreSQL roles, grants and row-level security.

- `pot_admin` (planning office): everything.
- `pot_consulta` (control bodies, other offices): read only.
- `pot_reportero` + one role per entity: read everything, and insert progress (`avance`) and annual
  budget rows only for projects of their entity. History stays append-only for everybody.

The server enforces it, not the plugin. Logins are created without a password: the office sets
it with its usual tools (ALTER ROLE, pgpass), so no password passes through the plugin.
"""
import contextlib
import hashlib

from ..core.errors import PotError
from ..core.i18n import tr
from .postgis import _connect, connection_settings, typed_errors

ROLES = ("admin", "consulta", "reportero")
GROUPS = {role: f"pot_{role}" for role in ROLES}
REPORTED_TABLES = ("avance", "presupuesto_anual")


def entity_role(entity):
    """The role of an entity's reporters: a stable name whatever the entity's spelling holds."""
    return "pot_ent_" + hashlib.md5(entity.strip().encode()).hexdigest()[:16]


def _ensure_role(cursor, sql, name, login=False):
    cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
    if cursor.fetchone() is None:
        cursor.execute(sql.SQL("CREATE ROLE {} " + ("LOGIN" if login else "NOLOGIN")).format(sql.Identifier(name)))


def _grant_groups(cursor, sql, schema_name):
    s = sql.Identifier(schema_name)
    for group in GROUPS.values():
        _ensure_role(cursor, sql, group)
        cursor.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(s, sql.Identifier(group)))
        cursor.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(s, sql.Identifier(group)))
    admin = sql.Identifier(GROUPS["admin"])
    cursor.execute(sql.SQL("GRANT ALL ON ALL TABLES IN SCHEMA {} TO {}").format(s, admin))
    cursor.execute(sql.SQL("GRANT ALL ON ALL SEQUENCES IN SCHEMA {} TO {}").format(s, admin))
    cursor.execute(sql.SQL("GRANT CREATE ON SCHEMA {} TO {}").format(s, admin))
    reporter = sql.Identifier(GROUPS["reportero"])
    for table in REPORTED_TABLES:
        t = sql.SQL("{}.{}").format(s, sql.Identifier(table))
        cursor.execute(sql.SQL("GRANT INSERT ON {} TO {}").format(t, reporter))
        cursor.execute(sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(
            sql.SQL("{}.{}").format(s, sql.Identifier(f"{table}_fid_seq")), reporter))
        cursor.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(t))
        for name, statement in (
                ("lectura", "CREATE POLICY lectura ON {t} FOR SELECT USING (true)"),
                ("oficina", "CREATE POLICY oficina ON {t} FOR ALL TO {admin} USING (true) WITH CHECK (true)"),
                ("su_entidad", "CREATE POLICY su_entidad ON {t} FOR INSERT TO {reporter} WITH CHECK (EXISTS ("
                               "SELECT 1 FROM {projects} p WHERE p.codigo = proyecto AND "
                               "pg_has_role(current_user, 'pot_ent_' || substr(md5(trim(p.entidad)), 1, 16), "
                               "'MEMBER')))")):
            cursor.execute("SELECT 1 FROM pg_policies WHERE schemaname = %s AND tablename = %s AND policyname = %s",
                           (schema_name, table, name))
            if cursor.fetchone() is None:
                cursor.execute(sql.SQL(statement).format(t=t, admin=sql.Identifier(GROUPS["admin"]),
                                                         reporter=reporter,
                                                         projects=sql.SQL("{}.proyecto").format(s)))


def grant(text, login, role, entity=None):
    """Give `login` a role on the expediente at `text`, in one transaction."""
    from psycopg2 import sql

    login = (login or "").strip()
    if not login:
        raise PotError(tr("Give the login (PostgreSQL user) that receives the role."))
    if role not in ROLES:
        raise PotError(tr("Unknown role '{role}'; roles: {roles}.").format(role=role, roles=", ".join(ROLES)))
    if role == "reportero" and not (entity or "").strip():
        raise PotError(tr("A reporter reports for one entity: give its name as written in the projects."))
    dsn, schema_name = connection_settings(text)
    with typed_errors(), contextlib.closing(_connect(dsn, autocommit=False)) as connection:
        with connection, connection.cursor() as cursor:
            if role == "reportero":
                cursor.execute(sql.SQL("SELECT count(*) FROM {}.proyecto WHERE trim(entidad) = %s").format(
                    sql.Identifier(schema_name)), (entity.strip(),))
                if cursor.fetchone()[0] == 0:
                    raise PotError(tr("No project of the expediente belongs to the entity '{entity}'.").format(
                        entity=entity))
            _grant_groups(cursor, sql, schema_name)
            _ensure_role(cursor, sql, login, login=True)
            cursor.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUPS[role]), sql.Identifier(login)))
            if role == "reportero":
                _ensure_role(cursor, sql, entity_role(entity))
                cursor.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(entity_role(entity)),
                                                                sql.Identifier(login)))
