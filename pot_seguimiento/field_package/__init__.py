"""Field packages for QField: building one from the expediente and reading one that comes back.

Like libqfieldsync, the packaging logic lives apart from the plugin's GUI: `package_data` and
`returned` are plain Python (no QGIS); `qfield_project` writes the .qgs with QGIS. What a package
carries depends on its kind (`kinds.py`: occupation alerts or heritage assets); the code is one.
"""
from .kinds import OCUPACION, PHOTO_FIELDS  # noqa: F401 (re-exported)

PACKAGE_KIND = "paquete_campo"
PHOTO_FOLDER = "DCIM"  # QField's convention for attachments
# The occupation package's context (kinds.OCUPACION.context_tables), under its older name.
CONTEXT_TABLES = OCUPACION.context_tables
CONTEXT_MARGIN_M = 300.0
