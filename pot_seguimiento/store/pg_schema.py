"""SQL (PostgreSQL + PostGIS dialect) that turns core.schema into the tables of a shared expediente.

The same rules as the GeoPackage (gpkg_schema.py), enforced by the server: types, NOT NULL,
UNIQUE, CHECK (domains, ranges, formats), foreign keys, append-only triggers, GiST indexes.
Identifiers come from core.schema, never from users; values always travel as parameters.
"""
from ..core import schema
from ..core.importing import glob_to_regex
from .gpkg_schema import FOREIGN_KEYS, GEOMETRY_COLUMN, composite_keys_sql, deferred, quote, value_checks

# Dates are dates; date-times stay ISO 8601 text exactly as written, so a round trip between
# backends returns the same history, to the character.
_TYPES = {schema.TEXT: "text", schema.INTEGER: "bigint", schema.REAL: "double precision",
          schema.DATE: "date", schema.DATETIME: "text", schema.BOOLEAN: "boolean"}
_DEFAULTS = {"(strftime('%Y-%m-%dT%H:%M:%fZ','now'))":
             "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
             "1": "1", "0": "0"}
APPEND_ONLY_FUNCTION = "pot_solo_adicion"


def literal(value):
    return "'" + str(value).replace("'", "''") + "'"


def qualified(schema_name, table_name):
    return f"{quote(schema_name)}.{quote(table_name)}"


def _default(field):
    if field.default is None:
        return None
    if field.type == schema.BOOLEAN:
        return "true" if field.default == "1" else "false"
    return _DEFAULTS.get(field.default, field.default)


def column_sql(schema_name, table, field):
    c = quote(field.name)
    parts = [c, _TYPES[field.type]]
    if field.required:
        parts.append("NOT NULL")
    if field.unique:
        parts.append("UNIQUE")
    if _default(field) is not None:
        parts.append(f"DEFAULT {_default(field)}")
    checks = value_checks(field)
    if field.pattern:
        checks.append(f"{c} ~ {literal(glob_to_regex(field.pattern).pattern)}")
    parts.extend(f"CHECK ({check})" for check in checks)
    parent = FOREIGN_KEYS.get((table.name, field.name))
    if parent:
        parts.append(f"REFERENCES {qualified(schema_name, parent[0])} ({quote(parent[1])})" + deferred(table, parent))
    return " ".join(parts)


def create_table_sql(schema_name, table, srid):
    columns = ['"fid" bigserial PRIMARY KEY']
    if table.geometry:
        geometry_type = {"MULTIPOLYGON": "MultiPolygon", "MULTILINESTRING": "MultiLineString",
                         "POINT": "Point"}[table.geometry]
        columns.append(f"{quote(GEOMETRY_COLUMN)} geometry({geometry_type}, {int(srid)})")
    columns.extend(column_sql(schema_name, table, f) for f in table.fields)
    columns.extend(f"UNIQUE ({', '.join(quote(n) for n in names)})" for names in table.unique_together)
    columns.extend(f"CHECK ({check})" for check in table.checks)
    columns.extend(composite_keys_sql(table, lambda parent: qualified(schema_name, parent)))
    statements = [f"CREATE TABLE {qualified(schema_name, table.name)} (\n  " + ",\n  ".join(columns) + "\n)"]
    if table.geometry:
        statements.append(f"CREATE INDEX {quote(table.name + '_geom_gist')} ON {qualified(schema_name, table.name)} "
                          f"USING gist ({quote(GEOMETRY_COLUMN)})")
    if table.append_only:
        statements.append(
            f"CREATE TRIGGER {quote(table.name + '_solo_adicion')} BEFORE UPDATE OR DELETE ON "
            f"{qualified(schema_name, table.name)} FOR EACH ROW EXECUTE FUNCTION "
            f"{qualified(schema_name, APPEND_ONLY_FUNCTION)}()")
    return statements


def append_only_function_sql(schema_name):
    return (f"CREATE FUNCTION {qualified(schema_name, APPEND_ONLY_FUNCTION)}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION '% es de solo adición: registre un nuevo reporte que reemplace al anterior', "
            "TG_TABLE_NAME; END $$")


def schema_sql(schema_name, srid):
    """Every statement that makes an empty expediente in `schema_name` (run in one transaction)."""
    statements = [f"CREATE SCHEMA {quote(schema_name)}", append_only_function_sql(schema_name),
                  f"CREATE TABLE {qualified(schema_name, schema.INFO_TABLE)} (clave text PRIMARY KEY, valor text)"]
    for table in schema.TABLES:
        statements.extend(create_table_sql(schema_name, table, srid))
    return statements
