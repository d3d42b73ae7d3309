"""POT Seguimiento: follow-up and evaluation of a municipal POT (Expediente Municipal)."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .dependencies import add_dependency_folder, missing_dependencies
    from .i18n import install_translator

    add_dependency_folder()
    install_translator()
    missing = missing_dependencies()
    if missing:
        from .plugin_without_dependencies import PluginWithoutDependencies
        return PluginWithoutDependencies(iface, missing)
    from .plugin import PotSeguimientoPlugin
    return PotSeguimientoPlugin(iface)
