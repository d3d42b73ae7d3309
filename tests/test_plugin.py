"""The plugin loads like QGIS loads it: menu, toolbar, provider, translation."""
import subprocess
import sys

from conftest import ROOT


def test_provider_has_the_contract_algorithms(plugin):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("pot_seguimiento")
    assert provider is not None
    ids = {a.id() for a in provider.algorithms()}
    # The Processing contract (the README's table of algorithms): ids scripts, models and checks depend on.
    contract = {"create_expediente", "generate_demo", "import_layer", "import_progress", "evaluate_projects",
                "compute_indicators", "export_expediente", "export_open_data", "export_progress_templates",
                "record_progress", "detect_occupation_alerts", "export_field_package", "import_field_checks",
                "record_control_action", "migrate_expediente", "grant_access", "import_documents", "evaluate_plan",
                "export_informe_concejo", "export_minisitio", "run_semiannual_cycle"}
    assert {f"pot_seguimiento:{name}" for name in contract} <= ids


def test_every_algorithm_that_writes_a_document_takes_language(plugin):
    """LANGUAGE (es by default, en) on each of them: documents are Spanish whatever QGIS speaks."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for name in ("export_expediente", "export_informe_concejo", "export_open_data", "export_minisitio",
                 "export_progress_templates", "run_semiannual_cycle"):
        parameter = registry.algorithmById(f"pot_seguimiento:{name}").parameterDefinition("LANGUAGE")
        assert parameter is not None, name
        assert parameter.defaultValue() == "es" and list(parameter.options()) == ["es", "en"], name


def test_menu_and_toolbar_are_in_spanish(plugin, qgis_iface):
    texts = [action.text() for action in plugin.actions]
    assert texts == ["Nuevo expediente…", "Abrir expediente…", "Abrir expediente desde PostgreSQL…",
                     "Seguimiento de proyectos", "Indicadores", "Control de ocupaciones informales",
                     "Evaluación del POT", "Exportar expediente…", "Publicar minisitio…",
                     "Ciclo semestral…", "Registrar actividad de participación", "Importar participación…",
                     "Informe de participación…"]
    assert plugin.toolbar.actions() == plugin.actions
    menus = [a.menu() for a in qgis_iface.mainWindow().menuBar().actions() if a.menu()]
    ours = [m for m in menus if m.title() == "POT Seguimiento"]
    assert len(ours) == 1 and ours[0].actions() == plugin.actions


def test_algorithm_names_are_translated(plugin):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("pot_seguimiento:import_layer")
    assert algorithm.displayName() == "Importar capa al expediente"
    assert algorithm.parameterDefinition("SKIP_INVALID").description().startswith("Omitir")


def test_missing_dependency_gives_a_message_not_a_crash(plugin, qgis_iface, monkeypatch):
    import pot_seguimiento
    from pot_seguimiento import dependencies
    from pot_seguimiento.plugin_without_dependencies import PluginWithoutDependencies

    monkeypatch.setattr(dependencies, "REQUIRED", dependencies.REQUIRED + (
        ("paquete_inexistente", (1, 0), "paquete-inexistente>=1", "python3-paquete-inexistente"),))
    instance = pot_seguimiento.classFactory(qgis_iface)
    assert isinstance(instance, PluginWithoutDependencies)
    instance.initGui()  # must not raise
    assert "paquete-inexistente>=1" in instance.message
    assert "Faltan paquetes de Python" in instance.message
    # The fix offered is the one for this Python: Debian's package where it is shapely 2, else a build.
    fix = "python3-paquete-inexistente" if sys.version_info >= (3, 12) else "make install"
    assert fix in instance.message


def test_a_shapely_2_that_does_not_know_its_version_is_accepted(plugin, monkeypatch):
    """Debian sid's shapely 2.2 says "0+unknown" in __version__ and in its package metadata."""
    import importlib.metadata

    import shapely
    from pot_seguimiento import dependencies

    monkeypatch.setattr(shapely, "__version__", "0+unknown")
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "0+unknown")
    assert dependencies.missing_dependencies() == []
    monkeypatch.delattr(shapely, "points")  # what shapely 1.8 lacks
    assert dependencies.missing_dependencies() == [("shapely>=2.0", "python3-shapely")]


def test_every_string_has_a_spanish_translation():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
