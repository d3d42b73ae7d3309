"""What a field package carries, by kind: one description per kind, one packaging code for all.

- `ocupacion`: occupation alerts to visit (outline redrawable), visits back (docs/control_ocupaciones.md).
- `patrimonio`: declared heritage assets (BIC) to inspect, inspections of their state of conservation back
  (docs/patrimonio.md).

Each kind names the table of what is visited (`target_table`, known by `codigo`), the append-only table that comes
back from the phone (`record_table`, known by the phone's uuid, a correction being the next version), the field of a
record naming its target, the table of the record's photos and the context layers clipped around the targets. A
package's GeoPackage records its kind (key `clase`); a package made before kinds existed is an occupation package.
No QGIS here.
"""
from dataclasses import dataclass

from ..core.errors import InputError
from ..core.i18n import tr

PHOTO_FIELDS = ("foto_1", "foto_2", "foto_3")


@dataclass(frozen=True)
class PackageKind:
    name: str
    target_table: str  # what is visited, by its `codigo`
    record_table: str  # what the phone fills in: append-only, uuid + version
    target_field: str  # the record's field naming its target
    photo_table: str  # the record's photos with their checksums
    photo_key: str  # the photo table's field holding the record's uuid
    phone_fields: tuple  # what the phone fills; version, corrige and registrado_en are the expediente's
    context_tables: tuple  # clipped around the targets, read-only on the phone
    title: str  # the package's file names start with it
    photo_prefix: str  # photo files taken on the phone: <DCIM>/<prefix>_<date>_<uuid>_<n>.jpg
    evidence_folder: str = ""  # a sub-folder of the expediente's evidence folder for this kind's photos
    redrawable: bool = False  # the targets' outlines may be redrawn in the field (a new version each)
    phone_mandatory: tuple = ()  # mandatory on the phone beyond the schema's own required fields
    hidden_fields: tuple = ("fid", "version", "corrige", "registrado_en", "paquete")
    heavy_tables: tuple = ("predio",)  # in the package but switched off in the legend

    @property
    def content_fields(self):
        """The fields two arrivals of one uuid are compared on (photos by checksum, the point by its coordinates)."""
        return tuple(f for f in self.phone_fields if f not in PHOTO_FIELDS + ("uuid", "paquete"))

    @property
    def record_name(self):
        """What a record is called in an import's report: visita, inspeccion."""
        return self.photo_key

    @property
    def checked_tables(self):
        """Tables of a returned package whose shape must be the schema's."""
        return (self.record_table, self.target_table)

    def unknown_target(self, code):
        if self.name == "patrimonio":
            return tr("heritage asset '{code}' does not exist in the expediente").format(code=code)
        return tr("alert '{code}' does not exist in the expediente").format(code=code)


OCUPACION = PackageKind(
    name="ocupacion", target_table="alerta_ocupacion", record_table="visita", target_field="alerta",
    photo_table="foto_visita", photo_key="visita",
    phone_fields=("uuid", "alerta", "fecha_hora", "inspector", "hallazgo", "ocupacion", "viviendas_estimadas",
                  "observaciones", "foto_1", "foto_2", "foto_3", "precision_gps_m", "paquete"),
    context_tables=("unidad_territorial", "zonificacion", "amenaza", "espacio_publico", "manzana", "predio"),
    title="control_ocupaciones", photo_prefix="visita", redrawable=True, phone_mandatory=("ocupacion",))

PATRIMONIO = PackageKind(
    name="patrimonio", target_table="bien_patrimonial", record_table="inspeccion_patrimonio", target_field="bien",
    photo_table="foto_inspeccion", photo_key="inspeccion",
    phone_fields=("uuid", "bien", "fecha_hora", "inspector", "estado", "abandono", "intervencion_sin_licencia",
                  "grafiti", "cerramiento", "otra_amenaza", "observaciones", "foto_1", "foto_2", "foto_3",
                  "precision_gps_m", "paquete"),
    context_tables=("unidad_territorial", "zona_influencia_patrimonio", "espacio_publico", "manzana", "predio"),
    title="inspeccion_patrimonio", photo_prefix="inspeccion", evidence_folder="patrimonio")

KINDS = {kind.name: kind for kind in (OCUPACION, PATRIMONIO)}
DEFAULT_KIND = OCUPACION.name


def kind_of(name):
    """The PackageKind called `name` (None or empty: the occupation kind, what packages were before kinds)."""
    try:
        return KINDS[name or DEFAULT_KIND]
    except KeyError:
        raise InputError(tr("Unknown kind of field package '{kind}'. Kinds: {kinds}.").format(
            kind=name, kinds=", ".join(KINDS))) from None
