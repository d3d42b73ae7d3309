"""Choose a shared expediente in PostgreSQL: a connection saved in QGIS (or service=…, or a
postgresql:// URI) and the schema that holds it."""
from qgis.core import QgsProviderRegistry
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from ..i18n import tr
from ..store.postgis import DEFAULT_SCHEMA


def saved_connection_names():
    return sorted(QgsProviderRegistry.instance().providerMetadata("postgres").connections())


class PostgisDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Open expediente from PostgreSQL"))
        self.connection = QComboBox()
        self.connection.setEditable(True)  # service=NAME or a postgresql:// URI may be typed too
        self.connection.addItems(saved_connection_names())
        self.connection.setToolTip(tr("A PostgreSQL connection saved in QGIS (Browser › PostgreSQL), "
                                      "service=NAME or postgresql://user@host/database"))
        self.schema = QLineEdit(DEFAULT_SCHEMA)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Connection"), self.connection)
        form.addRow(tr("Schema"), self.schema)
        form.addRow(buttons)

    def expediente(self):
        """What the plugin's algorithms take as EXPEDIENTE: the connection with ?schema=."""
        connection = self.connection.currentText().strip()
        schema_name = self.schema.text().strip() or DEFAULT_SCHEMA
        if not connection:
            return ""
        return f"{connection.split('?schema=')[0]}?schema={schema_name}"
