"""What the schema upgrades and unit imports compute, the same on both backends.

Each backend (gpkg.py, postgis.py) keeps one function per version step for its own SQL; the decisions about
the data (which level a population row is at, which age bands old columns held, the municipality's own unit)
are taken here once.
"""
import numpy as np
import shapely

from ..core import schema
from ..core.geometry import to_multipolygons
from ..core.i18n import tr
from ..core.text import safe_name
from ..core.unit_codes import UnitIndex

# The fixed age columns of schema v1–v3 and the bands they held (edad_hasta None: "and older").
V3_AGE_COLUMNS = (("edad_0_14", 0, 14), ("edad_15_64", 15, 64), ("edad_65_mas", 65, None))
# v5's fixed columns of users by life-course group in reporte_equipamiento and their bands (v6: rows of
# reporte_equipamiento_edad).
V5_USER_AGE_COLUMNS = tuple((schema.user_age_column(desde, hasta), desde, hasta)
                            for desde, hasta in schema.USER_AGE_GROUPS)
# The fields of tables older than v5 that name an entity by its name (v5 registers them in `entidad`).
ENTITY_NAME_FIELDS = (("proyecto", "entidad"), ("accion_control", "entidad"), ("documento", "entidad"))
# Where the expediente records that its `municipio` unit was made by the plugin, and from which level.
DERIVED_MUNICIPALITY_KEY = "municipio_derivado_de"


def population_levels(index, ambitos):
    """The v4 `nivel` of each pre-v4 population row, from what its `ambito` matched.

    A block code → 'manzana' (blocks won on equal codes in the pre-v4 engine). Else the unit whose code is the
    ambito, or failing that one written in another usual form of its level (unit_codes). If several levels
    match, the one with fewest units (the coarsest: population was published for it) is taken. A code that matches
    nothing is kept with nivel 'sin_unidad', to be corrected by the office: no row is ever dropped."""
    sizes = {level: len(codes) for level, codes in index.by_level.items()}
    levels = []
    for ambito in ambitos:
        candidates = index.levels_of(ambito)
        if not candidates:
            levels.append(schema.NIVEL_SIN_UNIDAD)
        else:
            levels.append(min(candidates, key=lambda c: (sizes.get(c[0], 0), c[0]))[0])
    return levels


def population_levels_of(store, ambitos):
    return population_levels(UnitIndex.of_store(store), ambitos)


def v3_age_bands(rows):
    """poblacion_edad columns from pre-v4 rows (ambito, nivel, anio, edad_0_14, edad_15_64, edad_65_mas): one band
    row per value present (an empty column declares no band)."""
    columns = {name: [] for name in ("ambito", "nivel", "anio", "sexo", "edad_desde", "edad_hasta", "personas")}
    for ambito, nivel, anio, *ages in rows:
        for value, (_, desde, hasta) in zip(ages, V3_AGE_COLUMNS):
            if value is None:
                continue
            for name, item in zip(columns, (ambito, nivel, anio, "total", desde, hasta, int(value))):
                columns[name].append(item)
    return columns


def v5_user_bands(rows, names):
    """reporte_equipamiento_edad columns from v5 reports (fid, then the age columns `names`, of V5_USER_AGE_COLUMNS):
    one band row per value present (an empty column reported nothing for that group)."""
    groups = {name: (desde, hasta) for name, desde, hasta in V5_USER_AGE_COLUMNS}
    columns = {name: [] for name in ("reporte", "edad_desde", "edad_hasta", "usuarios")}
    for fid, *ages in rows:
        for value, (desde, hasta) in zip(ages, (groups[name] for name in names)):
            if value is None:
                continue
            for name, item in zip(columns, (int(fid), desde, hasta, int(value))):
                columns[name].append(item)
    return columns


def ensure_municipality(store, first_levels=None):
    """The expediente's `municipio` unit, inside the caller's transaction: one the office imported stays as it is;
    else it is the union of the units of the first import (`first_levels`: the levels it brought, e.g. Bogotá's
    UPZ and UPR together; for an older expediente, the level of its first unit), made now or remade when more
    units of those levels arrive, coded with the expediente's DANE code. Units of those levels without a parent
    get it as codigo_padre. Returns the municipality's code, or None while the expediente has no units."""
    rows = store.connection.execute("SELECT nivel, codigo FROM unidad_territorial ORDER BY fid").fetchall()
    derived_from = [level for level in (store.info.get(DERIVED_MUNICIPALITY_KEY) or "").split(",") if level]
    imported = [code for level, code in rows if level == "municipio"]
    if imported and not derived_from:
        return imported[0]
    if imported and first_levels and not set(first_levels) & set(derived_from):
        return imported[0]  # units of other levels: the municipality is as it was
    present = [level for level, _ in rows if level != "municipio"]
    levels = [level for level in (derived_from or first_levels or present[:1]) if level in present]
    if not levels:
        return imported[0] if imported else None
    placeholders = ", ".join("?" * len(levels))
    _, geometries = store.read("unidad_territorial", [], where=f"nivel IN ({placeholders})", params=tuple(levels))
    union = to_multipolygons([shapely.union_all(shapely.make_valid(np.asarray(geometries, dtype=object)))])
    code = store.info.get("codigo_dane") or (imported[0] if imported else "municipio")
    name = store.info.get("municipio") or tr("Municipality")
    store.connection.execute("DELETE FROM unidad_territorial WHERE nivel = 'municipio'")
    store.insert("unidad_territorial", {"codigo": [code], "nombre": [name], "nivel": ["municipio"],
                                        "codigo_padre": [None]}, union)
    store.connection.execute(f"UPDATE unidad_territorial SET codigo_padre = ? WHERE nivel IN ({placeholders}) "
                             "AND codigo_padre IS NULL", (code, *levels))
    set_info(store, DERIVED_MUNICIPALITY_KEY, ",".join(levels))
    return code


def municipality_code(store):
    """The code of the expediente's municipio unit, or the one it will have."""
    row = store.connection.execute("SELECT codigo FROM unidad_territorial WHERE nivel = 'municipio' "
                                   "ORDER BY fid LIMIT 1").fetchone()
    return row[0] if row else (store.info.get("codigo_dane") or "municipio")


def forget_derived_municipality(store):
    """An imported `municipio` unit takes the place of the one the plugin made (inside the caller's transaction)."""
    if store.info.get(DERIVED_MUNICIPALITY_KEY):
        store.connection.execute("DELETE FROM unidad_territorial WHERE nivel = 'municipio'")
        store.connection.execute(f'DELETE FROM "{schema.INFO_TABLE}" WHERE clave = ?', (DERIVED_MUNICIPALITY_KEY,))
        store.info.pop(DERIVED_MUNICIPALITY_KEY, None)


def set_info(store, key, value):
    store.connection.execute(f'DELETE FROM "{schema.INFO_TABLE}" WHERE clave = ?', (key,))
    store.connection.execute(f'INSERT INTO "{schema.INFO_TABLE}" (clave, valor) VALUES (?, ?)', (key, str(value)))
    store.info[key] = str(value)


def register_entities_in_use(store):
    """Every entity name the expediente's tables use and `entidad` lacks, registered with a code made from its name
    ('Secretaría de Movilidad' -> 'secretaria_de_movilidad'; a clash gets _2, _3…), inside the caller's transaction.
    Returns how many were added."""
    names = []
    for table, field in ENTITY_NAME_FIELDS:
        names += [name for (name,) in store.connection.execute(
            f'SELECT DISTINCT "{field}" FROM "{table}" WHERE "{field}" IS NOT NULL ORDER BY 1').fetchall()]
    registered = store.connection.execute("SELECT codigo, nombre FROM entidad").fetchall()
    codes, known = {code for code, _ in registered}, {name for _, name in registered}
    new = {"codigo": [], "nombre": []}
    for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        if name in known:
            continue
        code, n = safe_name(name), 1
        while code in codes:
            n += 1
            code = f"{safe_name(name)}_{n}"
        codes.add(code)
        known.add(name)
        new["codigo"].append(code)
        new["nombre"].append(name)
    if new["codigo"]:
        store.insert("entidad", new)
    return len(new["codigo"])


def facility_codes(fids, codes):
    """The v5 `equipamiento.codigo` of each row (required and unique from v5): a row keeps its code (trimmed) unless
    it has none or an earlier row (lower fid) already has it; those get 'EQ-<fid>' ('EQ-<fid>-2'… if taken), so the
    office can tell the codes the upgrade made. Returns the codes aligned with the rows."""
    order = sorted(range(len(fids)), key=lambda i: fids[i])
    kept = [None] * len(fids)
    taken = set()
    for i in order:
        code = (str(codes[i]).strip() if codes[i] is not None else "")
        if code and code not in taken:
            kept[i] = code
            taken.add(code)
    given = set(taken)
    for i in order:
        if kept[i] is None:
            code, n = f"EQ-{int(fids[i])}", 1
            while code in given:
                n += 1
                code = f"EQ-{int(fids[i])}-{n}"
            kept[i] = code
            given.add(code)
    return kept
