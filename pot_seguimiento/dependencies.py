"""Python packages the plugin needs beyond what QGIS ships.

`make install` puts them in a folder of the QGIS profile (not in the plugin
folder, which "Install from ZIP" replaces); this module puts that folder on
sys.path and reports what is still missing instead of letting an import crash.
"""
import importlib
import importlib.metadata
import os
import sys

FOLDER_NAME = "pot_seguimiento_deps"
# (module, minimum version, pip requirement, Debian package)
REQUIRED = (("numpy", (1, 22), "numpy", "python3-numpy"),
            ("shapely", (2, 0), "shapely>=2.0", "python3-shapely"),
            ("openpyxl", (3, 0), "openpyxl>=3", "python3-openpyxl"))


def dependency_folder():
    from qgis.core import QgsApplication
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "python", FOLDER_NAME)


def add_dependency_folder():
    folder = dependency_folder()
    if os.path.isdir(folder) and folder not in sys.path:
        sys.path.insert(0, folder)


def _parse(text):
    parts = []
    for piece in str(text).split("+")[0].split(".")[:2]:
        digits = "".join(c for c in piece if c.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


# An attribute that only the minimum version and later have, for builds that do not know their version.
FEATURES = {"shapely": "points"}  # shapely 2.0's vectorised constructors


def _version(module, minimum=(0,)):
    """(major, minor). Some distribution builds report "0+unknown" as __version__ and in their
    metadata (Debian sid's shapely 2.2): then the feature of the minimum version decides."""
    version = _parse(getattr(module, "__version__", "0"))
    if version[0] == 0:
        try:
            version = _parse(importlib.metadata.version(module.__name__))
        except importlib.metadata.PackageNotFoundError:
            pass
    if version[0] == 0 and hasattr(module, FEATURES.get(module.__name__, "__no_feature__")):
        version = tuple(minimum)
    return version


def missing_dependencies():
    """(pip requirement, Debian package) of what is not importable at the needed version."""
    missing = []
    for name, minimum, requirement, debian_package in REQUIRED:
        try:
            module = importlib.import_module(name)
        except ImportError:
            missing.append((requirement, debian_package))
            continue
        if _version(module, minimum) < minimum:
            missing.append((requirement, debian_package))
    return missing
