"""SQL (SQLite dialect) that turns core.schema into GeoPackage tables.

Constraints live in the database, not only in forms, so that nothing that
writes to the store (QGIS edits, scripts, imports) can store a bad value.
"""
from ..core import schema

GEOMETRY_COLUMN = "geom"

_TYPE_CHECKS = {
    schema.INTEGER: "typeof({c}) IN ('integer', 'null')",
    schema.REAL: "typeof({c}) IN ('real', 'integer', 'null')",
    schema.BOOLEAN: "{c} IN (0, 1)",
    schema.DATE: "{c} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'",
}

# Foreign keys: (table, field) -> (parent table, parent field).
FOREIGN_KEYS = {
    ("proyecto", "programa"): ("programa", "codigo"),
    ("presupuesto_anual", "proyecto"): ("proyecto", "codigo"),
    ("avance", "proyecto"): ("proyecto", "codigo"),
    ("medicion", "indicador"): ("indicador", "codigo"),
    ("alerta_version", "alerta"): ("alerta_ocupacion", "codigo"),
    ("visita", "alerta"): ("alerta_ocupacion", "codigo"),
    ("accion_control", "alerta"): ("alerta_ocupacion", "codigo"),
    ("elemento_plan", "padre"): ("elemento_plan", "codigo"),
    ("vinculo_plan", "elemento"): ("elemento_plan", "codigo"),
    ("indicador_proyecto", "indicador"): ("indicador", "codigo"),
    ("indicador_proyecto", "proyecto"): ("proyecto", "codigo"),
    ("hito", "proyecto"): ("proyecto", "codigo"),
    ("evaluacion_suficiencia", "requisito"): ("requisito_suficiencia", "codigo"),
    ("evaluacion_objetivo", "objetivo"): ("elemento_plan", "codigo"),
    # Participation (v5): dependencies and responsible entities are entities of the register.
    ("actividad_participacion", "dependencia"): ("entidad", "codigo"),
    ("asistencia_edad", "actividad"): ("actividad_participacion", "codigo"),
    ("plan_participacion", "dependencia"): ("entidad", "codigo"),
    ("compromiso", "actividad"): ("actividad_participacion", "codigo"),
    ("compromiso", "entidad_responsable"): ("entidad", "codigo"),
    ("compromiso_estado", "compromiso"): ("compromiso", "codigo"),
    # Heritage (v5): inspections and works of an asset.
    ("inspeccion_patrimonio", "bien"): ("bien_patrimonial", "codigo"),
    ("intervencion_patrimonio", "bien"): ("bien_patrimonial", "codigo"),
    # Instruments (v5, issue 23): obligations of an instrument, receipts, investment of a project or action.
    ("obligacion_urbanistica", "instrumento"): ("instrumento", "codigo"),
    ("recaudo_obligacion", "obligacion"): ("obligacion_urbanistica", "codigo"),
    ("recaudo_obligacion", "proyecto_destino"): ("proyecto", "codigo"),
    ("inversion", "proyecto"): ("proyecto", "codigo"),
    ("inversion", "actuacion"): ("actuacion", "codigo"),
    # Services (v6): users by age of a facility's report.
    ("reporte_equipamiento_edad", "reporte"): ("reporte_equipamiento", "fid"),
    ("reporte_equipamiento", "equipamiento"): ("equipamiento", "codigo"),
}
# Keys of several columns: table -> [(columns, parent table, parent columns)]. A population row's age bands follow
# it (an edit of its code or a deletion in QGIS carries them along).
COMPOSITE_FOREIGN_KEYS = {
    "poblacion_edad": [(("nivel", "ambito", "anio"), "poblacion", ("nivel", "ambito", "anio"))],
}


def composite_keys_sql(table, parent_name=None):
    """The FOREIGN KEY clauses of `table` (`parent_name` qualifies the parent table, as PostgreSQL needs)."""
    parent_name = parent_name or quote
    return [f"FOREIGN KEY ({', '.join(quote(c) for c in columns)}) REFERENCES {parent_name(parent)} "
            f"({', '.join(quote(c) for c in parent_columns)}) ON UPDATE CASCADE ON DELETE CASCADE"
            for columns, parent, parent_columns in COMPOSITE_FOREIGN_KEYS.get(table.name, ())]


def deferred(table, parent):
    """A table that refers to itself (the plan's tree) is checked at commit, so rows may come in any order."""
    return " DEFERRABLE INITIALLY DEFERRED" if parent[0] == table.name else ""


def quote(identifier):
    return '"' + identifier.replace('"', '""') + '"'


def _literal(value):
    return "'" + str(value).replace("'", "''") + "'"


def value_checks(field):
    """The domain and range checks of a field, in SQL both SQLite and PostgreSQL understand."""
    c = quote(field.name)
    checks = []
    if field.domain:
        checks.append(f"{c} IN ({', '.join(_literal(code) for code in schema.DOMAINS[field.domain])})")
    if field.minimum is not None:
        checks.append(f"{c} >= {field.minimum!r}")
    if field.maximum is not None:
        checks.append(f"{c} <= {field.maximum!r}")
    return checks


def column_sql(table, field):
    c = quote(field.name)
    parts = [c, field.type]
    if field.required:
        parts.append("NOT NULL")
    if field.unique:
        parts.append("UNIQUE")
    if field.default is not None:
        parts.append(f"DEFAULT {field.default}")
    checks = [_TYPE_CHECKS[field.type].format(c=c)] if field.type in _TYPE_CHECKS else []
    checks += value_checks(field)
    if field.pattern:
        checks.append(f"{c} GLOB {_literal(field.pattern)}")
    parts.extend(f"CHECK ({check})" for check in checks)
    parent = FOREIGN_KEYS.get((table.name, field.name))
    if parent:
        parts.append(f"REFERENCES {quote(parent[0])} ({quote(parent[1])})" + deferred(table, parent))
    return " ".join(parts)


def create_table_sql(table):
    columns = ['"fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL']
    if table.geometry:
        columns.append(f"{quote(GEOMETRY_COLUMN)} {table.geometry}")
    columns.extend(column_sql(table, f) for f in table.fields)
    columns.extend(f"UNIQUE ({', '.join(quote(n) for n in names)})" for names in table.unique_together)
    columns.extend(f"CHECK ({check})" for check in table.checks)
    columns.extend(composite_keys_sql(table))
    return f"CREATE TABLE {quote(table.name)} (\n  " + ",\n  ".join(columns) + "\n)"


def append_only_sql(table):
    message = _literal(
        f"{table.name} es de solo adición: registre un nuevo reporte que reemplace al anterior")
    return [
        f"CREATE TRIGGER {quote(table.name + '_solo_adicion_' + op)} BEFORE {op.upper()} "
        f"ON {quote(table.name)} BEGIN SELECT RAISE(ABORT, {message}); END"
        for op in ("update", "delete")
    ]


def rtree_name(table_name):
    return f"rtree_{table_name}_{GEOMETRY_COLUMN}"


def rtree_insert_trigger_sql(table_name):
    t, g, r = quote(table_name), quote(GEOMETRY_COLUMN), quote(rtree_name(table_name))
    return (
        f"CREATE TRIGGER {quote(rtree_name(table_name) + '_insert')} AFTER INSERT ON {t} "
        f"WHEN (new.{g} NOT NULL AND NOT ST_IsEmpty(NEW.{g})) BEGIN "
        f"INSERT OR REPLACE INTO {r} VALUES (NEW.fid, ST_MinX(NEW.{g}), ST_MaxX(NEW.{g}), "
        f"ST_MinY(NEW.{g}), ST_MaxY(NEW.{g})); END")


def rtree_sql(table_name):
    """The GeoPackage R-tree extension: virtual table and the spec's triggers."""
    t, g, r = quote(table_name), quote(GEOMETRY_COLUMN), quote(rtree_name(table_name))
    bbox = f"NEW.fid, ST_MinX(NEW.{g}), ST_MaxX(NEW.{g}), ST_MinY(NEW.{g}), ST_MaxY(NEW.{g})"
    present = f"(NEW.{g} NOTNULL AND NOT ST_IsEmpty(NEW.{g}))"
    absent = f"(NEW.{g} ISNULL OR ST_IsEmpty(NEW.{g}))"

    def trigger(suffix, event, when, body):
        return (f"CREATE TRIGGER {quote(rtree_name(table_name) + '_' + suffix)} {event} ON {t} "
                f"WHEN {when} BEGIN {body} END")

    return [
        f"CREATE VIRTUAL TABLE {r} USING rtree(id, minx, maxx, miny, maxy)",
        rtree_insert_trigger_sql(table_name),
        trigger("update1", f"AFTER UPDATE OF {g}", f"OLD.fid = NEW.fid AND {present}",
                f"INSERT OR REPLACE INTO {r} VALUES ({bbox});"),
        trigger("update2", f"AFTER UPDATE OF {g}", f"OLD.fid = NEW.fid AND {absent}",
                f"DELETE FROM {r} WHERE id = OLD.fid;"),
        trigger("update3", "AFTER UPDATE", f"OLD.fid != NEW.fid AND {present}",
                f"DELETE FROM {r} WHERE id = OLD.fid; INSERT OR REPLACE INTO {r} VALUES ({bbox});"),
        trigger("update4", "AFTER UPDATE", f"OLD.fid != NEW.fid AND {absent}",
                f"DELETE FROM {r} WHERE id IN (OLD.fid, NEW.fid);"),
        trigger("delete", "AFTER DELETE", f"old.{g} NOT NULL",
                f"DELETE FROM {r} WHERE id = OLD.fid;"),
    ]
