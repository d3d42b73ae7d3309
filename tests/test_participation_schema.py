"""Participation tables of schema v5 (issue 21): an older expediente gets them empty when it is upgraded, keeping every
row it had, on both backends; the database itself refuses what a form or a script could slip past (attendance below
zero, evaluations above attendance, a dependency that is no entity, a state history rewritten)."""
import shutil
import sqlite3

import pytest
from test_schema_v4 import V3, restore_v3_postgis
from test_schema_v5 import V4, all_rows

PARTICIPATION = ("actividad_participacion", "asistencia_edad", "plan_participacion", "compromiso",
                 "compromiso_estado")
ACTIVITY = ("INSERT INTO actividad_participacion (codigo, nombre, tipo, tema, etapa, nivel, unidad, dependencia, "
            "fecha, modalidad, estado, mujeres, hombres, evaluaciones_aplicadas) "
            "VALUES (?, 'Taller', 'taller', 'proyecto', 'priorizacion', 'municipio', NULL, ?, '2025-03-01', "
            "'presencial', 'ejecutada', ?, 10, ?)")


def test_the_participation_tables_are_in_v5_after_the_entities():
    from pot_seguimiento.core import schema

    names = [t.name for t in schema.V5_TABLES]
    assert names.index("entidad") < min(names.index(t) for t in PARTICIPATION)
    assert schema.table("compromiso_estado").append_only


def test_a_v4_geopackage_gets_empty_participation_tables_and_keeps_every_row(tmp_path):
    from pot_seguimiento.store import open_store

    path = tmp_path / "v4.gpkg"
    shutil.copy(V4, path)
    before = all_rows(path)
    with open_store(str(path)) as store:
        assert store.info["schema_version"] == "6"  # through v5, then v6
        assert [store.count(t) for t in PARTICIPATION] == [0] * len(PARTICIPATION)
        entity = store.dicts("SELECT codigo FROM entidad ORDER BY codigo LIMIT 1")[0]["codigo"]
        with store.transaction():
            store.connection.execute(ACTIVITY, ("A-1", entity, 12, 5))
            store.connection.execute("INSERT INTO compromiso (codigo, actividad, descripcion, entidad_responsable) "
                                     "VALUES ('C-1', 'A-1', 'Publicar el acta', ?)", (entity,))
            store.connection.execute("INSERT INTO compromiso_estado (compromiso, estado, fecha) "
                                     "VALUES ('C-1', 'pendiente', '2025-03-01')")
        for values in (("A-2", entity, -1, 0),  # negative attendance
                       ("A-3", entity, 1, 30),  # more evaluations than attendees (1 + 10)
                       ("A-4", "no_es_entidad", 1, 0)):  # a dependency that is no entity
            with pytest.raises(sqlite3.IntegrityError), store.transaction():
                store.connection.execute(ACTIVITY, values)
        with pytest.raises(sqlite3.DatabaseError, match="solo adición"), store.transaction():
            store.connection.execute("UPDATE compromiso_estado SET estado = 'cumplido'")
        assert store.count("actividad_participacion") == 1
    after = all_rows(path)  # every row kept (their values: test_schema_v5, which knows the columns v5 adds)
    assert {t: len(after[t]) for t in before} == {t: len(rows) for t, rows in before.items()}


def test_a_postgis_expediente_gets_the_participation_tables_with_their_rules(postgres, tmp_path):
    from pot_seguimiento.store.postgis import PostgisStore

    path = tmp_path / "v3.gpkg"
    shutil.copy(V3, path)
    uri = restore_v3_postgis(postgres, "antiguo_participacion", path)
    with PostgisStore(uri) as store:
        assert store.info["schema_version"] == "6"  # through v5, then v6
        assert [store.count(t) for t in PARTICIPATION] == [0] * len(PARTICIPATION)
        entity = store.dicts("SELECT codigo FROM entidad ORDER BY codigo LIMIT 1")[0]["codigo"]
        with store.transaction():
            store.connection.execute(ACTIVITY, ("A-1", entity, 12, 5))
            store.connection.execute("INSERT INTO compromiso (codigo, actividad, descripcion, entidad_responsable) "
                                     "VALUES ('C-1', 'A-1', 'Publicar el acta', ?)", (entity,))
            store.connection.execute("INSERT INTO compromiso_estado (compromiso, estado, fecha) "
                                     "VALUES ('C-1', 'pendiente', '2025-03-01')")
        for values in (("A-2", entity, -1, 0), ("A-3", entity, 1, 30), ("A-4", "no_es_entidad", 1, 0)):
            with pytest.raises(Exception, match="(?i)check|foreign|violat|viola"), store.transaction():
                store.connection.execute(ACTIVITY, values)
        with pytest.raises(Exception, match="solo adición"), store.transaction():
            store.connection.execute("DELETE FROM compromiso_estado")
        assert store.count("actividad_participacion") == 1 and store.count("compromiso_estado") == 1
