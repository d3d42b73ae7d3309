"""The packaged plugin: the zip QGIS installs, `make install`, and qgis_process."""
import configparser
import csv
import json
import os
import subprocess
import zipfile

import pytest

from conftest import BOGOTA, ROOT


def test_zip_is_what_install_from_zip_accepts():
    with zipfile.ZipFile(ROOT / "dist" / "pot_seguimiento.zip") as package:
        names = set(package.namelist())
        metadata = configparser.ConfigParser()
        metadata.read_string(package.read("pot_seguimiento/metadata.txt").decode("utf-8"))
    assert {"pot_seguimiento/__init__.py", "pot_seguimiento/metadata.txt",
            "pot_seguimiento/resources/icons/pot_seguimiento.svg",
            "pot_seguimiento/i18n/pot_seguimiento_es.qm", "pot_seguimiento/LICENSE"} <= names
    assert all(name.startswith("pot_seguimiento/") for name in names)
    assert not any("__pycache__" in name for name in names)
    general = metadata["general"]
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    # QGIS 4 (Qt 6) is offered the plugin: its plugin manager reads qgisMaximumVersion and ignores
    # supportsQt6, which plugins.qgis.org asks to drop (tests/test_qt6_names.py checks the names).
    assert general["qgisMaximumVersion"] == "4.99" and "supportsQt6" not in general
    assert general["icon"] == "resources/icons/pot_seguimiento.svg"
    assert "Seguimiento y evaluación" in general["description"] and "Follow-up" in general["description"]
    for key in ("name", "version", "author", "email", "homepage", "tracker", "repository"):
        assert general[key]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    config = tmp_path_factory.mktemp("qgis-config")
    result = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "install", f"QGIS_CONFIG={config}"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return config


def qgis_process(config, *arguments):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(config),
           "LANG": "es_CO.UTF-8"}
    result = subprocess.run(["/usr/bin/qgis_process.bin", "--json", *arguments], capture_output=True, text=True,
                            env=env)
    return result.returncode, result.stdout, result.stderr


def test_make_install_puts_plugin_and_dependencies_in_the_profile(installed):
    profile = installed / "profiles" / "default"
    assert (profile / "python" / "plugins" / "pot_seguimiento" / "metadata.txt").exists()
    assert (profile / "python" / "pot_seguimiento_deps" / "shapely" / "__init__.py").exists()
    settings = (profile / "QGIS" / "QGIS3.ini").read_text()
    assert "pot_seguimiento=true" in settings


def test_qgis_process_runs_the_installed_algorithms(installed, tmp_path):
    store = tmp_path / "bogota.gpkg"
    code, out, err = qgis_process(installed, "run", "pot_seguimiento:create_expediente", "--",
                                  f"OUTPUT={store}", "MUNICIPALITY=Bogotá D.C.", "DANE_CODE=11001")
    assert code == 0, out + err
    assert json.loads(out)["results"]["OUTPUT"] == str(store)
    code, out, err = qgis_process(installed, "run", "pot_seguimiento:import_layer", "--",
                                  f"EXPEDIENTE={store}", f"INPUT={BOGOTA / 'localidades.geojson'}",
                                  "PRESET=bogota_localidades")
    assert code == 0, out + err
    assert json.loads(out)["results"]["IMPORTED"] == 20


@pytest.mark.parametrize("lang, words", [("es_CO.UTF-8", "Correspondencias predefinidas: bogota_localidades"),
                                         ("C", "Presets: bogota_localidades")])
def test_qgis_process_help_of_import_layer(installed, lang, words):
    """The README's own example: its help holds JSON braces and the list of presets."""
    result = subprocess.run(["/usr/bin/qgis_process.bin", "help", "pot_seguimiento:import_layer"], capture_output=True,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                            "QGIS_CUSTOM_CONFIG_PATH": str(installed), "LANG": lang, "LC_ALL": lang})
    assert result.returncode == 0, result.stdout + result.stderr
    assert words in result.stdout and '{"codigo"' in result.stdout


def test_qgis_process_reports_bad_input_in_spanish(installed, tmp_path):
    code, out, err = qgis_process(installed, "run", "pot_seguimiento:create_expediente", "--",
                                  f"OUTPUT={tmp_path / 'x.gpkg'}", "CRS=EPSG:4326")
    assert code != 0
    assert "no es proyectado" in out + err
    assert not (tmp_path / "x.gpkg").exists()


def test_documents_are_spanish_from_a_shell_in_the_c_locale(installed, tmp_path):
    """qgis_process run from a plain shell (LANG=C, no translation installed): the report to the Concejo,
    the open data and the notes stored with the measurements are still Spanish."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(installed),
                   "LANG": "C", "LC_ALL": "C"}

    def run(*arguments):
        result = subprocess.run(["/usr/bin/qgis_process.bin", "--json", "run", *arguments], capture_output=True,
                                text=True, env=environment)
        assert result.returncode == 0, result.stdout + result.stderr
        return json.loads(result.stdout)

    store = tmp_path / "demo.gpkg"
    run("pot_seguimiento:generate_demo", "--", f"OUTPUT={store}", "LOTS=1000", "SEED=7")
    run("pot_seguimiento:compute_indicators", "--", f"EXPEDIENTE={store}", "PERIOD=2025", "LEVEL=localidad",
        "OUTPUT=TEMPORARY_OUTPUT")
    informe = run("pot_seguimiento:export_informe_concejo", "--", f"EXPEDIENTE={store}", "YEAR=2025",
                  f"OUTPUT={tmp_path / 'informe.pdf'}")
    text = subprocess.run(["pdftotext", informe["results"]["OUTPUT"], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Resumen ejecutivo" in text and "Executive summary" not in text
    run("pot_seguimiento:export_open_data", "--", f"EXPEDIENTE={store}", "PERIOD=2025",
        f"OUTPUT={tmp_path / 'datos'}")
    metadata = json.loads((tmp_path / "datos" / "metadatos.json").read_text(encoding="utf-8"))
    assert metadata["titulo"].startswith("Expediente Municipal del POT") and metadata["datos_personales"].startswith(
        "Ninguno")
    with open(tmp_path / "datos" / "mediciones_2025.csv", encoding="utf-8") as f:
        notes = {row["nota"] for row in csv.DictReader(f) if row["nota"]}
    english = {"the unit has no population", "no data for the denominator", "the unit has no urban land",
               "no building footprints", "needs footprints at two dates", "no projects in this scope"}
    assert notes and not notes & english, notes
