"""Many users at once on one PostGIS expediente, each in its own process as on their own machines.

Four reporters (two of them for the same project) save 150 reports each while the planning office
replaces a period's measurements over and over and a reader keeps counting them: every report lands,
each correction points at the report it replaces (writers took turns), and the reader only ever
sees a whole set of measurements.
"""
import subprocess
import sys
import time

import psycopg2
import pytest
from conftest import BUILD, v1_in_postgis


REPORTS = 150
PERIOD, CUTOFF = "2026-S1", "2026-06-30"

REPORTER = """
import sys
sys.path.insert(0, sys.argv[1])
from pot_seguimiento.store import open_store
from pot_seguimiento.store.progress import record_reports
uri, project, tag, count, offset = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
with open_store(uri) as store:
    for i in range(count):
        outcome = record_reports(store, [{"proyecto": project, "periodo": "%s", "fecha_corte": "%s",
                                          "avance_fisico": 1, "inversion": offset + i + 1, "estado_reportado": "en_ejecucion",
                                          "observaciones": f"{tag} {i}"}])
        assert outcome.accepted, outcome.lines()
""" % (PERIOD, CUTOFF)

OFFICE = """
import sys, time
sys.path.insert(0, sys.argv[1])
from pot_seguimiento.store import open_store
uri, seconds = sys.argv[2], float(sys.argv[3])
units = ["u%%02d" %% i for i in range(25)]
with open_store(uri) as store:
    end, size = time.time() + seconds, 10
    while time.time() < end:
        rows = [("epe_hab", "localidad", u, float(size), None, None, None, "{}") for u in units[:size]]
        store.replace_measurements("%s", ["localidad", "municipio"], ["epe_hab"], rows)
        size = 25 if size == 10 else 10
""" % PERIOD


@pytest.fixture(scope="module")
def shared(run, postgres, tmp_path_factory):
    uri = v1_in_postgis(run, postgres, tmp_path_factory.mktemp("concurrencia"), "concurrencia")
    with psycopg2.connect(host="127.0.0.1", port=postgres.port, dbname="expediente", user="pot_test") as connection, \
            connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT ON (entidad) entidad, codigo FROM concurrencia.proyecto ORDER BY entidad, codigo")
        projects = cursor.fetchall()[:3]
    for number, (entity, _) in enumerate(projects):
        run("grant_access", {"EXPEDIENTE": uri, "LOGIN": f"reporta_{number}", "ROLE": "reportero", "ENTIDAD": entity})
    return uri, [code for _, code in projects]


def start(script, *arguments):
    return subprocess.Popen([sys.executable, "-c", script, str(BUILD), *map(str, arguments)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finished(process):
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-2000:]


def reports_of(postgres, project):
    """(fid, reemplaza) of the project's reports of PERIOD, oldest first."""
    with psycopg2.connect(host="127.0.0.1", port=postgres.port, dbname="expediente", user="pot_test") as connection, \
            connection.cursor() as cursor:
        cursor.execute("SELECT fid, reemplaza FROM concurrencia.avance WHERE proyecto = %s AND periodo = %s "
                       "ORDER BY fid", (project, PERIOD))
        return cursor.fetchall()


def test_reporters_and_the_office_at_once(shared, postgres):
    uri, projects = shared
    before = {project: len(reports_of(postgres, project)) for project in projects}
    as_user = lambda login: uri.replace("pot_test@", f"{login}@")  # noqa: E731
    # Each process reports its own amounts: two equal reports in a row would rightly count as one.
    reporters = [start(REPORTER, as_user("reporta_0"), projects[0], "primera", REPORTS, 0),
                 start(REPORTER, as_user("reporta_0"), projects[0], "segunda", REPORTS, 10_000),
                 start(REPORTER, as_user("reporta_1"), projects[1], "otra", REPORTS, 20_000),
                 start(REPORTER, as_user("reporta_2"), projects[2], "tercera", REPORTS, 30_000)]
    office = start(OFFICE, uri, 8)
    seen = set()
    with psycopg2.connect(host="127.0.0.1", port=postgres.port, dbname="expediente", user="pot_test") as reader:
        reader.autocommit = True
        with reader.cursor() as cursor:
            while office.poll() is None:
                cursor.execute("SELECT count(*), min(valor), max(valor) FROM concurrencia.medicion WHERE periodo = %s",
                               (PERIOD,))
                seen.add(cursor.fetchone())
                time.sleep(0.005)
    for process in reporters + [office]:
        finished(process)
    assert {(10, 10.0, 10.0), (25, 25.0, 25.0)} <= seen <= {(0, None, None), (10, 10.0, 10.0), (25, 25.0, 25.0)}

    for project, new in ((projects[0], 2 * REPORTS), (projects[1], REPORTS), (projects[2], REPORTS)):
        chain = reports_of(postgres, project)
        assert len(chain) == before[project] + new
        # Each report corrects the one saved just before it: nobody validated against a stale history.
        assert [r for _, r in chain[1:]] == [f for f, _ in chain[:-1]]
