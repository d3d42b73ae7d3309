"""grant_access: what each role may do in a shared expediente, enforced by PostgreSQL itself."""
import psycopg2
import pytest
from qgis.core import QgsProcessingException

from conftest import v1_in_postgis


@pytest.fixture(scope="module")
def shared(run, postgres, tmp_path_factory):
    """The v1 fixture (migrated to v2) in PostGIS, with two reporters of different entities and a reader."""
    uri = v1_in_postgis(run, postgres, tmp_path_factory.mktemp("acceso"), "compartido")
    with connect(postgres, "pot_test") as connection, connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT entidad FROM compartido.proyecto ORDER BY entidad")
        entities = [e for (e,) in cursor.fetchall()]
    run("grant_access", {"EXPEDIENTE": uri, "LOGIN": "reporta_a", "ROLE": "reportero", "ENTIDAD": entities[0]})
    run("grant_access", {"EXPEDIENTE": uri, "LOGIN": "reporta_b", "ROLE": "reportero", "ENTIDAD": entities[1]})
    run("grant_access", {"EXPEDIENTE": uri, "LOGIN": "lectora", "ROLE": "consulta"})
    return uri, entities


def connect(postgres, user):
    return psycopg2.connect(host="127.0.0.1", port=postgres.port, dbname="expediente", user=user)


def project_of(cursor, entity):
    cursor.execute("SELECT codigo FROM compartido.proyecto WHERE entidad = %s ORDER BY codigo LIMIT 1", (entity,))
    return cursor.fetchone()[0]


def report(cursor, project, note="reporte"):
    cursor.execute("INSERT INTO compartido.avance (proyecto, periodo, fecha_corte, avance_fisico, inversion, "
                   "estado_reportado, observaciones) VALUES (%s, '2026-S1', '2026-06-30', 1, 0, 'en_ejecucion', %s)",
                   (project, note))


def refused(connection, action, message="permission denied|row-level security|solo adición"):
    with pytest.raises(psycopg2.Error, match=message):
        with connection.cursor() as cursor:
            action(cursor)
    connection.rollback()


def test_a_reporter_reports_for_its_entity_only(shared, postgres):
    _, (entity_a, entity_b, *_) = shared
    with connect(postgres, "reporta_a") as connection:
        with connection.cursor() as cursor:
            own, other = project_of(cursor, entity_a), project_of(cursor, entity_b)
            report(cursor, own)
        connection.commit()
        refused(connection, lambda c: report(c, other))
        refused(connection, lambda c: c.execute("UPDATE compartido.avance SET avance_fisico = 0"))
        refused(connection, lambda c: c.execute("DELETE FROM compartido.avance"))
        refused(connection, lambda c: c.execute(
            "INSERT INTO compartido.medicion (indicador, periodo, nivel, ambito, valor) "
            "VALUES ('epe_hab', '2026', 'localidad', '01', 99)"))
        refused(connection, lambda c: c.execute("UPDATE compartido.proyecto SET presupuesto = 0"))
        with connection.cursor() as cursor:  # and reads everything
            cursor.execute("SELECT count(DISTINCT p.entidad) FROM compartido.avance a "
                           "JOIN compartido.proyecto p ON p.codigo = a.proyecto")
            assert cursor.fetchone()[0] > 1


def test_a_reader_writes_nothing(shared, postgres):
    _, (entity_a, *_) = shared
    with connect(postgres, "lectora") as connection:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM compartido.predio")
            assert cursor.fetchone()[0] > 0
            project = project_of(cursor, entity_a)
        refused(connection, lambda c: report(c, project))
        refused(connection, lambda c: c.execute("DELETE FROM compartido.predio"))
        refused(connection, lambda c: c.execute("UPDATE compartido.alerta_ocupacion SET estado = 'cerrada'"))


def test_history_cannot_be_rewritten_even_by_the_office(shared, postgres):
    with connect(postgres, "pot_test") as connection:
        refused(connection, lambda c: c.execute("UPDATE compartido.avance SET observaciones = 'x'"), "solo adición")
        refused(connection, lambda c: c.execute("DELETE FROM compartido.avance"), "solo adición")


def test_hostile_values_are_data_not_sql(shared, postgres):
    _, (entity_a, *_) = shared
    hostile = "'); DELETE FROM compartido.avance; -- ñ ☂"
    with connect(postgres, "reporta_a") as connection:
        with connection.cursor() as cursor:
            report(cursor, project_of(cursor, entity_a), hostile)
            cursor.execute("SELECT count(*) FROM compartido.avance WHERE observaciones = %s", (hostile,))
            assert cursor.fetchone()[0] == 1
        connection.commit()


def test_a_user_without_the_right_gets_a_spanish_message(run, shared, postgres):
    uri, _ = shared
    as_reader = uri.replace("pot_test@", "lectora@")
    with pytest.raises(QgsProcessingException, match="Su usuario no puede"):
        run("grant_access", {"EXPEDIENTE": as_reader, "LOGIN": "intrusa", "ROLE": "admin"})


def test_a_reporter_needs_a_known_entity(run, shared):
    uri, _ = shared
    with pytest.raises(QgsProcessingException, match="Ningún proyecto"):
        run("grant_access", {"EXPEDIENTE": uri, "LOGIN": "x", "ROLE": "reportero", "ENTIDAD": "Entidad inventada"})
