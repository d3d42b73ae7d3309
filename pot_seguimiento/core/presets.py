"""Ready-made field mappings for known public layers.

Each maps a store field to a QGIS expression over the source layer. Text is repaired from double UTF-8 encoding
by the importer, whatever the preset; unit codes are stored in their level's canonical form (core/unit_codes.py:
UPZ '016', localidad '01', UPR '1') whatever form the source writes them in.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    table: str
    mapping: dict
    description: str
    # Units: the level whose unit holding most of each unit's area becomes its codigo_padre, when the source has
    # no such field (core/unit_geometry.py). Import that level first.
    parent_level: str = None
    # A QGIS expression choosing the source's features this preset imports (None: all of them).
    filter: str = None


PRESETS = {
    "bogota_localidades": Preset("unidad_territorial", {
        "codigo": '"LocCodigo"',
        "nombre": '"LocNombre"',
        "nivel": "'localidad'",
        "codigo_padre": "'11001'",
    }, "Localidades de Bogotá D.C. (IDECA)"),
    # IDECA's layer holds the 112 UPZ and the 4 rural planning units (UPR) together; `uplcodigo` is the official
    # code ('UPZ16' is UPZ 016 Santa Bárbara, as SDP's tables write it; 'UPR3' is UPR 3 Río Tunjuelo), `id` only
    # the row number. It has no localidad field: each UPZ's localidad is the one holding most of its area, which
    # is SDP's own link (the population annex's codigo_localidad) for all 112.
    "bogota_upz": Preset("unidad_territorial", {
        "codigo": '"uplcodigo"',
        "nombre": '"nombre"',
        "nivel": "CASE WHEN upper(\"uplcodigo\") LIKE 'UPR%' THEN 'upr' ELSE 'upz' END",
    }, "Unidades de Planeamiento Zonal (UPZ) y rurales (UPR) de Bogotá D.C.", parent_level="localidad"),
    "bogota_areas_actividad": Preset("zonificacion", {
        "codigo": '"CODIGO_ID"',
        "tipo": "'area_actividad'",
        "categoria": '"NOMBRE_ARE"',
        "norma": "'Decreto ' || \"NUMERO_ACT\" || ' de ' || year(\"FECHA_ACTO\")",
        "vigente_desde": '"FECHA_ACTO"',
    }, "Áreas de actividad del POT de Bogotá (Decreto 555 de 2021)"),
    # The zoning of Decreto 555 de 2021 carries the 11 areas whose norm is a national BIC's PEMP (Plan Especial de
    # Manejo y Protección, Ley 1185 de 2008): the heritage observatory's influence zones, the PEMP's whole scope.
    "bogota_pemp": Preset("zona_influencia_patrimonio", {
        "codigo": "'PEMP-' || trim(\"CODIGO_ID\")",
        "nombre": "'PEMP de BIC nacional (área ' || trim(\"CODIGO_ID\") || ')'",
        "tipo": "'pemp'",
        "norma": "'Decreto ' || \"NUMERO_ACT\" || ' de ' || year(\"FECHA_ACTO\")",
        "vigente_desde": '"FECHA_ACTO"',
    }, "Ámbitos de PEMP de bienes de interés cultural nacionales en la zonificación del POT de Bogotá",
        filter="\"CODIGO_ARE\" = 'PEMP'"),
    # The layer has no code of its own: its feature number makes one (stable while the file is the same), and its
    # SECTOR (OFICIAL / NO OFICIAL) says who runs each school.
    "bogota_colegios": Preset("equipamiento", {
        "codigo": "'COL-' || lpad(to_string($id), 4, '0')",
        "nombre": '"NOMBRE_ESTABLECIMIENTO_EDUCATIVO"',
        "sector": "'educacion'",
        "naturaleza": "CASE WHEN upper(trim(\"SECTOR\")) = 'OFICIAL' THEN 'publica' "
                      "WHEN upper(trim(\"SECTOR\")) = 'NO OFICIAL' THEN 'privada' END",
    }, "Colegios de Bogotá D.C. (Secretaría de Educación)"),
    # A station by its trunk and name ('F-Ricaurte' and 'E-Ricaurte' are two stations); the trunk letter alone
    # named 16 stations at once.
    "bogota_transmilenio": Preset("transporte", {
        "codigo": 'upper(trim("troncal_estacion")) || \'-\' || trim("nombre_estacion")',
        "nombre": '"nombre_estacion"',
        "capacidad": "'alta'",
    }, "Estaciones de TransMilenio (alta capacidad)"),
    # SDP/DANE population by UPZ 2018–2024 (CNPV 2018 adjusted, projections): one row per UPZ and year, with the
    # broad age groups SDP publishes (stored as declared bands in poblacion_edad).
    "bogota_poblacion_upz": Preset("poblacion", {
        "ambito": '"codigo_upz"',
        "nivel": "'upz'",
        "anio": '"ano"',
        "poblacion": '"poblacion_total"',
        "mujeres": '"poblacion_mujeres"',
        "hombres": '"poblacion_hombres"',
        "edad_0_14": '"poblacion_0_14"',
        "edad_15_59": '"poblacion_15_59"',
        "edad_60_mas": '"poblacion_60_mas"',
    }, "Población por UPZ 2018–2024 (SDP/DANE, por sexo y grandes grupos de edad)"),
}
