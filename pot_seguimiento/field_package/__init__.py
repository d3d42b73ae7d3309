"""Field packages for QField: building one from the expediente and reading one that comes back.

Like libqfieldsync, the packaging logic lives apart from the plugin's GUI: `package_data` and
`returned` are plain Python (no QGIS); `qfield_project` writes the .qgs with QGIS.
"""
PACKAGE_KIND = "paquete_campo"
PHOTO_FOLDER = "DCIM"  # QField's convention for attachments
PHOTO_FIELDS = ("foto_1", "foto_2", "foto_3")
# Tables of a package: the alerts to visit, the visits to fill in, and the context to read the map by.
CONTEXT_TABLES = ("unidad_territorial", "zonificacion", "amenaza", "espacio_publico", "manzana", "predio")
CONTEXT_MARGIN_M = 300.0
