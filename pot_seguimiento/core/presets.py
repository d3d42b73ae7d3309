"""Ready-made field mappings for known public layers.

Each maps a store field to a QGIS expression over the source layer. Text is
repaired from double UTF-8 encoding by the importer, whatever the preset.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    table: str
    mapping: dict
    description: str


PRESETS = {
    "bogota_localidades": Preset("unidad_territorial", {
        "codigo": '"LocCodigo"',
        "nombre": '"LocNombre"',
        "nivel": "'localidad'",
        "codigo_padre": "'11001'",
    }, "Localidades de Bogotá D.C. (IDECA)"),
    "bogota_upz": Preset("unidad_territorial", {
        "codigo": 'to_string("id")',
        "nombre": '"nombre"',
        "nivel": "'upz'",
    }, "Unidades de Planeamiento Zonal de Bogotá D.C."),
    "bogota_areas_actividad": Preset("zonificacion", {
        "codigo": '"CODIGO_ID"',
        "tipo": "'area_actividad'",
        "categoria": '"NOMBRE_ARE"',
        "norma": "'Decreto ' || \"NUMERO_ACT\" || ' de ' || year(\"FECHA_ACTO\")",
        "vigente_desde": '"FECHA_ACTO"',
    }, "Áreas de actividad del POT de Bogotá (Decreto 555 de 2021)"),
    "bogota_colegios": Preset("equipamiento", {
        "nombre": '"NOMBRE_ESTABLECIMIENTO_EDUCATIVO"',
        "sector": "'educacion'",
    }, "Colegios de Bogotá D.C. (Secretaría de Educación)"),
    "bogota_transmilenio": Preset("transporte", {
        "codigo": '"troncal_estacion"',
        "nombre": '"nombre_estacion"',
        "capacidad": "'alta'",
    }, "Estaciones de TransMilenio (alta capacidad)"),
}
