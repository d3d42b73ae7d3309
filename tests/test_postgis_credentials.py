"""A password never leaves where the office keeps it: QGIS's authentication manager (or pgpass,
pg_service). Through a connection saved in QGIS with an authentication configuration, the plugin
computes, exports, packages and opens layers, and no file it writes holds the password."""
import os

import pytest
from qgis.core import QgsProcessingException, QgsProject

from conftest import v1_in_postgis

SECRET = "Clave-Secreta-9377"
CONNECTION = "Planeación municipal"


@pytest.fixture(scope="module")
def saved_connection(run, postgres, tmp_path_factory):
    """The v1 fixture in schema `credenciales`; login `cartografa` (admin) with a password that only
    the authentication manager knows, and a QGIS connection that points at it by its id."""
    import psycopg2
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

    v1_in_postgis(run, postgres, tmp_path_factory.mktemp("credenciales"), "credenciales")
    run("grant_access", {"EXPEDIENTE": postgres.uri("credenciales"), "LOGIN": "cartografa", "ROLE": "admin"})
    with psycopg2.connect(host="127.0.0.1", port=postgres.port, dbname="expediente", user="pot_test") as c, \
            c.cursor() as cursor:
        cursor.execute(f"ALTER ROLE cartografa PASSWORD '{SECRET}'")
    postgres.require_password("cartografa")

    manager = QgsApplication.authManager()
    manager.setMasterPassword("maestra-de-prueba", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("Cartógrafa")
    config.setConfig("username", "cartografa")
    config.setConfig("password", SECRET)
    stored = manager.storeAuthenticationConfig(config)
    config = stored[1] if isinstance(stored, tuple) else config
    assert config.id()
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(postgres.port), "expediente", "", "", QgsDataSourceUri.SslDisable, config.id())
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), CONNECTION)
    return f"{CONNECTION}?schema=credenciales"


def test_without_the_password_the_server_says_no(run, postgres, saved_connection):
    with pytest.raises(QgsProcessingException, match="No es posible conectarse.*password"):
        run("evaluate_projects", {"EXPEDIENTE": postgres.uri("credenciales").replace("pot_test@", "cartografa@"),
                                  "CUTOFF_DATE": "2025-12-31", "OUTPUT": "memory:", "SUMMARY": "memory:"})


def test_the_saved_connection_works_and_no_file_holds_the_password(run, saved_connection, tmp_path):
    from pot_seguimiento.gui.expediente_layers import add_expediente_to_project

    expediente = saved_connection
    measured = run("compute_indicators", {"EXPEDIENTE": expediente, "PERIOD": "2025", "LEVEL": "localidad",
                                          "OUTPUT": str(tmp_path / "indicadores.gpkg")})
    assert measured["OUTPUT"]
    run("evaluate_projects", {"EXPEDIENTE": expediente, "CUTOFF_DATE": "2025-12-31",
                              "OUTPUT": str(tmp_path / "estados.gpkg"), "SUMMARY": str(tmp_path / "resumen.csv")})
    run("export_expediente", {"EXPEDIENTE": expediente, "PERIOD": "2025", "LEVEL": "localidad",
                              "OUTPUT": str(tmp_path / "expediente.pdf")})
    run("export_open_data", {"EXPEDIENTE": expediente, "PERIOD": "2025", "OUTPUT": str(tmp_path / "datos")})
    run("export_progress_templates", {"EXPEDIENTE": expediente, "PERIOD": "2026-S1", "ENTITY": "",
                                      "OUTPUT": str(tmp_path / "plantillas")})
    run("detect_occupation_alerts", {"EXPEDIENTE": expediente, "FROM_YEAR": 2018, "TO_YEAR": 2024,
                                     "DETECTION_DATE": "2025-01-15", "OUTPUT": str(tmp_path / "alertas.gpkg")})
    run("export_field_package", {"EXPEDIENTE": expediente, "INSPECTOR": "Ana", "OUTPUT": str(tmp_path / "paquete.zip")})
    run("migrate_expediente", {"INPUT": expediente, "OUTPUT": str(tmp_path / "copia.gpkg")})

    project = QgsProject.instance()
    project.clear()
    layers = add_expediente_to_project(expediente, project)
    try:
        assert layers and all(layer.isValid() for layer in layers.values())
        assert layers["proyecto"].featureCount() > 0
        assert "authcfg=" in layers["proyecto"].source()
        assert project.write(str(tmp_path / "proyecto.qgs"))
    finally:
        project.clear()

    written = [os.path.join(root, name) for root, _, names in os.walk(tmp_path) for name in names]
    assert len(written) > 10
    for path in written:
        with open(path, "rb") as f:
            assert SECRET.encode() not in f.read(), path


def test_a_password_in_a_uri_is_never_repeated(run, postgres):
    uri = postgres.uri("credenciales").replace("pot_test@", f"cartografa:{SECRET}@")
    with pytest.raises(QgsProcessingException) as refused:
        run("create_expediente", {"OUTPUT": uri})
    assert "ya contiene un expediente" in str(refused.value) and SECRET not in str(refused.value)
    assert "***" in str(refused.value)


def test_layers_are_not_opened_with_a_password_a_project_would_keep(postgres, saved_connection):
    from pot_seguimiento.core.errors import SchemaError
    from pot_seguimiento.gui.expediente_layers import add_expediente_to_project

    uri = postgres.uri("credenciales").replace("pot_test@", f"cartografa:{SECRET}@")
    project = QgsProject.instance()
    project.clear()
    with pytest.raises(SchemaError, match="guarde la conexión en QGIS") as refused:
        add_expediente_to_project(uri, project)
    assert SECRET not in str(refused.value) and not project.mapLayers()
