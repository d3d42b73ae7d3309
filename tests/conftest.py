"""Session fixtures: the real plugin, loaded as QGIS loads it, in Spanish.

Tests import the plugin from build/ (what `make build` packages), load it
through classFactory and initProcessing like QGIS does, and run algorithms
through Processing.
"""
import contextlib
import hashlib
import os
import pathlib
import sqlite3
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
BOGOTA = ROOT.parent / "shared" / "data" / "bogota"
sys.path.insert(0, str(BUILD))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_iface, qgis_processing):
    from qgis.PyQt.QtCore import QSettings

    QSettings().setValue("locale/userLocale", "es_CO")  # our users work in Spanish
    qgis_iface.firstRightStandardMenu = lambda: None  # pytest-qgis's mock lacks these
    qgis_iface.removeDockWidget = lambda widget: None
    import pot_seguimiento

    instance = pot_seguimiento.classFactory(qgis_iface)
    instance.initProcessing()
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture(scope="session")
def run(plugin):
    """run(algorithm, parameters) -> results, through Processing like the toolbox."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def _run(algorithm, parameters, feedback=None):
        context = QgsProcessingContext()
        return processing.run(f"pot_seguimiento:{algorithm}", parameters, context=context,
                              feedback=feedback or QgsProcessingFeedback())
    return _run


@pytest.fixture(scope="session")
def demo_store(run, tmp_path_factory):
    """The default demo municipality, generated once for the session."""
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    run("generate_demo", {"OUTPUT": str(path), "LOTS": 20000, "SEED": 42})
    return path


@pytest.fixture
def empty_store(run, tmp_path):
    path = tmp_path / "expediente.gpkg"
    run("create_expediente", {"OUTPUT": str(path), "CRS": "EPSG:9377", "MUNICIPALITY": "Bogotá D.C.",
                              "DANE_CODE": "11001"})
    return path


def store_fingerprint(path):
    """A digest of every row of every table: equal means the store did not change."""
    with sqlite3.connect(path) as connection:
        digest = hashlib.sha256()
        for line in connection.iterdump():
            digest.update(line.encode())
    return digest.hexdigest()


def count(path, table):
    """Rows of a table of an expediente, GeoPackage or PostGIS."""
    from pot_seguimiento.store import open_store

    with open_store(str(path)) as store:
        return store.count(table)


def v1_in_postgis(run, postgres, folder, schema_name):
    """The expediente written by release 0.1.0, copied into `folder` and migrated into `schema_name` of the test
    server (schema v1 upgraded on the way); returns its URI."""
    import shutil

    path = folder / "v1.gpkg"
    shutil.copy(ROOT / "tests" / "data" / "expediente_v1.gpkg", path)
    uri = postgres.uri(schema_name)
    run("migrate_expediente", {"INPUT": str(path), "OUTPUT": uri})
    return uri


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL + PostGIS server for the session, thrown away afterwards."""
    from postgres_cluster import Cluster

    cluster = Cluster()
    yield cluster
    cluster.stop()


@contextlib.contextmanager
def english_qgis():
    """QGIS with its interface in English (userLocale en): the plugin's Spanish translator out for the block."""
    from qgis.PyQt.QtCore import QCoreApplication, QSettings
    from pot_seguimiento import i18n

    settings = QSettings()
    locale = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "en_US")
    for translator in i18n._translators:
        QCoreApplication.removeTranslator(translator)
    try:
        yield
    finally:
        for translator in i18n._translators:
            QCoreApplication.installTranslator(translator)
        settings.setValue("locale/userLocale", locale)


BOGOTA_PRESETS = (("bogota_localidades", "localidades.geojson"), ("bogota_upz", "upz.geojson"),
                  ("bogota_colegios", "colegios.geojson"), ("bogota_transmilenio", "transporte.geojson"),
                  ("bogota_areas_actividad", "area_actividad_pot.zip"),
                  ("bogota_poblacion_upz", "poblacion_upz_2018_2024.csv"))


@pytest.fixture(scope="session")
def bogota_expediente(run, tmp_path_factory):
    """Real Bogotá as `make demo-bogota` builds it (../shared/data/bogota): every layer through its preset,
    the SDP/DANE population by UPZ, the indicators of 2024 by UPZ and by localidad. Shared by the tests that
    only read it; copy it before writing."""
    path = str(tmp_path_factory.mktemp("bogota") / "bogota.gpkg")
    run("create_expediente", {"OUTPUT": path, "CRS": "EPSG:9377", "MUNICIPALITY": "Bogotá D.C.",
                              "DANE_CODE": "11001"})
    for preset, source in BOGOTA_PRESETS:
        run("import_layer", {"EXPEDIENTE": path, "INPUT": str(BOGOTA / source), "PRESET": preset})
    for level in ("upz", "localidad"):
        run("compute_indicators", {"EXPEDIENTE": path, "PERIOD": "2024", "LEVEL": level, "OUTPUT": "memory:"})
    return path
