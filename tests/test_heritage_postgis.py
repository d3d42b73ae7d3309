"""The heritage field package against a shared PostGIS expediente (a real throwaway cluster): the same round trip as
on a GeoPackage (tests/test_heritage_package.py). Exported from the server, inspected as QField records, returned,
merged; re-imported without a change, corrected as a new version with the original kept (the server refuses any
rewrite of the history), photos stored under the office's shared evidence folder and found through the store's
evidence_root; a bad package changes nothing on the server."""
import os

import pytest

from conftest import count
from test_field_package import file_digest, import_checks, zip_folder
from test_heritage_package import add_inspections, edit_first_inspection, expediente, export  # noqa: F401

HISTORY = ("inspeccion_patrimonio", "foto_inspeccion", "bien_patrimonial")


def rows(uri, sql, params=()):
    from pot_seguimiento.store import open_store

    with open_store(uri) as store:
        return [tuple(row) for row in store.connection.execute(sql, params).fetchall()]


def snapshot(uri):
    """Every row of the tables a heritage import touches, in order: equal means the server did not change."""
    return {table: rows(uri, f"SELECT * FROM {table} ORDER BY fid") for table in HISTORY}


@pytest.fixture
def on_the_server(run, postgres, expediente, tmp_path, request):  # noqa: F811
    """The heritage fixture moved to its own schema of the test server, with a shared evidence folder of its own
    (not beside any GeoPackage)."""
    import hashlib

    uri = postgres.uri("patrimonio_" + hashlib.sha1(request.node.nodeid.encode()).hexdigest()[:12])
    run("migrate_expediente", {"INPUT": str(expediente), "OUTPUT": uri})
    shared = tmp_path / "compartida" / "evidencias"
    shared.mkdir(parents=True)
    from pot_seguimiento.store import open_store

    with open_store(uri) as store, store.transaction():
        store.connection.execute("UPDATE expediente SET valor = ? WHERE clave = 'carpeta_evidencias'", (str(shared),))
    with open_store(uri) as store:
        assert store.evidence_root == str(shared)
    return uri, shared


def test_a_heritage_package_goes_out_and_comes_back_to_the_server(run, on_the_server, tmp_path):
    uri, shared = on_the_server
    folder = tmp_path / "paquete"
    results = export(run, uri, folder)
    assert results["ALERT_COUNT"] == 4
    add_inspections(folder, [("BIC-001", "malo", ("abandono", "grafiti"), 2), ("BIC-002", "bueno", (), 1),
                             ("BIC-003", "perdido", ("intervencion_sin_licencia",), 0)])
    returned = zip_folder(folder, tmp_path / "devuelto.zip")
    results = import_checks(run, uri, returned)
    assert (results["IMPORTADA"], results["DUPLICADA"], results["RECHAZADA"], results["NUEVA_VERSION"]) == \
        (3, 0, 0, 0)
    assert rows(uri, "SELECT bien, estado, abandono, intervencion_sin_licencia, grafiti, inspector, version "
                     "FROM inspeccion_patrimonio ORDER BY bien") == [
        ("BIC-001", "malo", True, False, True, "Ana Pérez", 1), ("BIC-002", "bueno", False, False, False, "Ana Pérez", 1),
        ("BIC-003", "perdido", False, True, False, "Ana Pérez", 1)]
    photos = rows(uri, "SELECT ruta, sha256 FROM foto_inspeccion ORDER BY ruta")
    assert len(photos) == 3
    from pot_seguimiento.store import open_store

    with open_store(uri) as store:
        root = store.evidence_root
    for ruta, digest in photos:  # under the shared folder, found through the store, never beside the package
        assert not os.path.isabs(ruta) and "/patrimonio/BIC-00" in ruta
        assert file_digest(os.path.join(root, ruta)) == digest
    assert not (tmp_path / "expediente_evidencias").exists()
    # The report reads the server: the asset in bad state has its latest photo, found through evidence_root.
    from pot_seguimiento.core import report
    from pot_seguimiento.core.i18n import document_language

    with open_store(uri) as store, document_language("es"):
        heritage = report.build(store, "2025", "localidad", keys=["patrimonio"])["patrimonio"]
    bad = {case["codigo"]: case for case in heritage["en_mal_estado"]}
    assert set(bad) == {"BIC-001", "BIC-003"}  # malo and perdido
    assert bad["BIC-001"]["foto"] and file_digest(os.path.join(root, bad["BIC-001"]["foto"])) in dict(photos).values()
    assert "Rosa Rivas" not in repr(heritage)  # a private owner is never named

    before = snapshot(uri)
    again = import_checks(run, uri, returned)
    assert (again["IMPORTADA"], again["DUPLICADA"], again["CORREGIDA"]) == (0, 3, 0)
    assert snapshot(uri) == before  # the same package twice changes nothing on the server


def test_a_correction_is_a_new_version_and_the_server_keeps_the_original(run, on_the_server, tmp_path):
    uri, _ = on_the_server
    folder = tmp_path / "paquete"
    export(run, uri, folder)
    add_inspections(folder, [("BIC-002", "regular", ("grafiti",), 1), ("BIC-004", "bueno", (), 0)])
    import_checks(run, uri, folder)
    edit_first_inspection(folder, "estado", "malo")
    results = import_checks(run, uri, folder)
    assert (results["CORREGIDA"], results["DUPLICADA"], results["IMPORTADA"]) == (1, 1, 0)
    assert rows(uri, "SELECT version, estado, corrige IS NOT NULL FROM inspeccion_patrimonio WHERE bien = 'BIC-002' "
                     "ORDER BY version") == [(1, "regular", False), (2, "malo", True)]
    assert count(uri, "foto_inspeccion") == 1  # the unchanged photo is stored once
    from pot_seguimiento.store import open_store

    for sql in ("UPDATE inspeccion_patrimonio SET estado = 'bueno'", "DELETE FROM inspeccion_patrimonio",
                "DELETE FROM foto_inspeccion"):
        before = snapshot(uri)
        with pytest.raises(Exception):
            with open_store(uri) as store, store.transaction():
                store.connection.execute(sql)
        assert snapshot(uri) == before, sql


@pytest.mark.parametrize("damage, message", [
    ("other_expediente", "otro expediente"),
    ("not_an_image", "no es una imagen"),
    ("tampered", "dañado o fue modificado|no es un paquete de campo completo"),
])
def test_a_damaged_heritage_package_is_refused_by_the_server(run, on_the_server, tmp_path, damage, message):
    import sqlite3

    from qgis.core import QgsProcessingException

    from test_field_package import package_gpkg, tamper

    uri, shared = on_the_server
    folder = tmp_path / "paquete"
    export(run, uri, folder)
    add_inspections(folder, [("BIC-001", "malo", ("abandono",), 1), ("BIC-002", "bueno", (), 1)])
    package = folder
    if damage == "other_expediente":
        with sqlite3.connect(package_gpkg(folder)) as connection:
            connection.execute("UPDATE expediente SET valor = 'otro' WHERE clave = 'expediente_origen'")
    elif damage == "not_an_image":
        sorted((folder / "DCIM").iterdir())[-1].write_bytes(b"MZ\x90\x00 not a photo")
    else:
        package = zip_folder(folder, tmp_path / "devuelto.zip")
        tamper(package)
    before = snapshot(uri)
    with pytest.raises(QgsProcessingException, match=message):
        import_checks(run, uri, package)
    assert snapshot(uri) == before
    assert not any(files for _, _, files in os.walk(shared))  # not one photo copied before the refusal


def test_a_bad_heritage_package_leaves_the_server_as_it_was(run, on_the_server, tmp_path):
    uri, shared = on_the_server
    folder = tmp_path / "paquete"
    export(run, uri, folder)
    add_inspections(folder, [("BIC-001", "malo", ("abandono",), 1)])
    edit_first_inspection(folder, "fecha_hora", "2099-01-01T10:00:00")
    before = snapshot(uri)
    results = import_checks(run, uri, folder)
    assert (results["IMPORTADA"], results["RECHAZADA"]) == (0, 1)
    reasons = [f["mensaje"] for f in results["REPORT"].getFeatures() if f["resultado"] == "rechazada"]
    assert len(reasons) == 1 and "fecha_hora" in reasons[0]
    assert snapshot(uri) == before
    assert not any(files for _, _, files in os.walk(shared))  # no photo left behind either


def test_the_heritage_indicators_are_the_same_numbers_on_the_server(run, postgres, empty_store):
    """The hand-worked heritage of tests/test_heritage_indicators.py, moved to the server: the indicators come out
    the same to the digit (booleans and date-times are the server's own types there)."""
    from test_heritage_indicators import CODES, fill, measured

    fill(empty_store)
    uri = postgres.uri("patrimonio_indicadores")
    run("migrate_expediente", {"INPUT": str(empty_store), "OUTPUT": uri})
    for period in ("2025", "2025-S1"):
        run("compute_indicators", {"EXPEDIENTE": uri, "PERIOD": period, "LEVEL": "localidad",
                                   "INDICATORS": ",".join(CODES), "OUTPUT": "TEMPORARY_OUTPUT"})
        on_server = {}
        for code, unit, value in rows(uri, "SELECT indicador, ambito, valor FROM medicion WHERE periodo = ?",
                                      (period,)):
            on_server.setdefault(code, {})[unit] = None if value is None else round(value, 3)
        in_file = measured(run, empty_store, period)
        assert on_server == in_file and on_server["bic_inspeccionados"]["01"] == \
            (66.667 if period == "2025" else 33.333)
