"""Section "patrimonio": the heritage observatory at the cut-off (issue 24; docs/patrimonio.md). Declared assets
(BIC) with their state of conservation (their latest inspection by the cut-off), counts by unit, the assets found in
bad state with their latest photo, works without licence, traditional activities and the banco de experiencias.

Published as it is (open data, minisite): no inspector, no private owner's name (core/heritage.public_owner)."""
import numpy as np
import shapely

from .. import heritage
from ..i18n import tr
from ..schema import DOMAINS
from . import territory as shared
from .format import number
from ..geojson import TEXT
from .model import Table, layer_of, section

ASSET_COLUMNS = ("codigo", "nombre", "ambito", "categoria", "acto_declaratorio", "nivel_conservacion", "uso",
                 "tipo_propietario", "propietario", "unidad")


def _label(domain, code):
    return DOMAINS[domain].get(code, code) if code else ""


def _state_label(state):
    return DOMAINS["estado_conservacion"].get(state) or tr("not inspected")


def _tables(data):
    assets = [[b["codigo"], b["nombre"], _label("ambito_patrimonio", b["ambito"]),
               _label("categoria_patrimonio", b["categoria"]), _state_label(b["estado"]), b["fecha_inspeccion"] or "",
               b["unidad_nombre"] or "", b["propietario_publico"] or ""] for b in data["bienes"]]
    units = [[u["nombre"], u["bienes"], u["inspeccionados"], u["bueno"], u["regular"], u["malo"], u["perdido"]]
             for u in data["por_unidad"]]
    experiences = [[e["codigo"], e["titulo"], e["proyecto"], e["anio"],
                    _label("beneficiarios_experiencia", e["beneficiarios"]), e["estrategia"], e["costo"],
                    e["resultados"], e["lecciones"]] for e in data["experiencias"]]
    return [
        Table("bienes", tr("Heritage assets and their state of conservation"),
              [tr("Code"), tr("Name"), tr("Declared by"), tr("Category"), tr("State"), tr("Last inspection"),
               tr("Unit"), tr("Public owner")], assets),
        Table("unidades", tr("Heritage assets by unit"),
              [tr("Unit"), tr("Assets"), tr("Inspected in the period"), "Bueno", "Regular", "Malo", "Perdido"], units),
        Table("experiencias", tr("Banco de experiencias"),
              [tr("Code"), tr("Title"), tr("Project"), tr("Year"), tr("Protected"), tr("Strategy"), tr("Cost (COP)"),
               tr("Results"), tr("Lessons learnt")], experiences),
    ]


def _units_of(points, geometries):
    """The index of the unit holding each point (-1 outside every unit)."""
    found = np.full(len(points), -1)
    if len(points) and len(geometries):
        present = ~shapely.is_missing(points)
        tree = shapely.STRtree(np.asarray(geometries, dtype=object))
        i, j = tree.query(np.asarray(points)[present], predicate="within")
        found[np.flatnonzero(present)[i]] = j
    return found


def _layers(data):
    """The assets with their state at the cut-off (a private owner never named) and the PEMP zones."""
    return [layer_of("bienes", tr("Heritage assets (BIC) and their state of conservation at their latest "
                                  "inspection; public owners only"), data["bienes"], [
        ("codigo", TEXT, "codigo"), ("nombre", TEXT, "nombre"),
        ("ambito", TEXT, lambda b: _label("ambito_patrimonio", b["ambito"])),
        ("categoria", TEXT, lambda b: _label("categoria_patrimonio", b["categoria"])),
        ("estado", TEXT, lambda b: _state_label(b["estado"])), ("fecha_inspeccion", TEXT, "fecha_inspeccion"),
        ("unidad", TEXT, "unidad_nombre"), ("propietario_publico", TEXT, "propietario_publico")]),
        layer_of("zonas", tr("Zones of the heritage assets' special plans (PEMP)"), data["zonas"], [
            ("codigo", TEXT, "codigo"), ("nombre", TEXT, "nombre"), ("tipo", TEXT, "tipo"), ("bien", TEXT, "bien")])]


@section("patrimonio", lambda: tr("Heritage observatory"), tables=_tables, layers=_layers,
         documents=("expediente", "informe", "datos_abiertos", "minisitio"))
def heritage_section(store, period, level):
    """{bienes [{codigo, nombre, ambito, categoria, acto_declaratorio, nivel_conservacion, uso, tipo_propietario,
    propietario_publico, unidad, unidad_nombre (of `level`), estado, fecha_inspeccion, amenazas, inspeccionado,
    geometria}],
    por_unidad [{codigo, nombre, bienes, inspeccionados, bueno, regular, malo, perdido, sin_inspeccion}] (the
    municipality first; units with assets), en_mal_estado [{codigo, nombre, estado, fecha, observaciones, amenazas,
    inspecciones, foto}] (foto relative to the store's evidence_root), intervenciones_sin_licencia [{bien, tipo,
    fecha_inicio, estado}] begun in the period, zonas [{codigo, nombre, tipo, bien, geometria}] (PEMP influence
    zones), actividades {registradas, presentes, cerradas}, experiencias [...]}."""
    cutoff, start = period.cutoff.isoformat(), period.start.isoformat()
    data, points = store.read("bien_patrimonial", list(ASSET_COLUMNS))
    inspections, _ = store.read("inspeccion_patrimonio", geometry=False)
    inspections = {k: np.asarray(v, dtype=object) for k, v in inspections.items()}
    states, when, inspected = heritage.states_at(data["codigo"], inspections, cutoff, start)
    latest = heritage.latest_versions(inspections["uuid"], inspections["version"]) if len(inspections["uuid"]) \
        else np.zeros(0, bool)
    dated = np.asarray(inspections["fecha_hora"], dtype=object).astype(str).astype("U19") \
        if len(latest) else np.zeros(0, "U19")
    rows = np.flatnonzero(latest & (dated.astype("U10") <= cutoff))
    by_asset = {}  # each asset's latest inspection (by date) up to the cut-off, and how many it had
    for row in rows[np.argsort(dated[rows], kind="stable")]:
        code = inspections["bien"][row]
        by_asset[code] = (row, by_asset.get(code, (None, 0))[1] + 1)
    assets = []
    for k, code in enumerate(data["codigo"]):
        row = by_asset.get(code, (None, 0))[0]
        assets.append({
            **{c: data[c][k] for c in ASSET_COLUMNS if c != "propietario"},
            "propietario_publico": heritage.public_owner(data["tipo_propietario"][k], data["propietario"][k]),
            "estado": None if states[k] == heritage.NO_STATE else states[k],
            "fecha_inspeccion": None if when[k] is None else str(when[k])[:10],
            "amenazas": [t for t in heritage.THREATS if row is not None and inspections[t][row]],
            "inspeccionado": bool(inspected[k]), "geometria": points[k]})
    place = shared.territory(store, level, period.year)
    unit = _units_of(points, place["geometrias"])
    for asset, index in zip(assets, unit):  # documents name a unit, never by its code alone
        asset["unidad_nombre"] = place["nombres"][index] if index >= 0 else None
    by_unit = []
    for index, (ucode, name) in enumerate([(place["municipio_codigo"], place["municipio_nombre"])] +
                                          list(zip(place["codigos"], place["nombres"]))):
        mask = np.ones(len(assets), bool) if index == 0 else unit == index - 1
        if not mask.any():
            continue
        chosen = states[mask]
        by_unit.append({"codigo": ucode, "nombre": name, "bienes": int(mask.sum()),
                        "inspeccionados": int(inspected[mask].sum()),
                        **{s: int((chosen == s).sum()) for s in heritage.STATES + (heritage.NO_STATE,)}})
    photo_rows, _ = store.read("foto_inspeccion", ["inspeccion", "ruta"], geometry=False)
    photos = {}
    for uuid, path in zip(photo_rows["inspeccion"], photo_rows["ruta"]):
        photos.setdefault(uuid, []).append(path)
    bad = []
    for asset in assets:
        if asset["estado"] not in heritage.BAD:
            continue
        row, count = by_asset[asset["codigo"]]
        record = {c: inspections[c][row] for c in ("uuid", "foto_1", "foto_2", "foto_3", "observaciones")}
        stored = set(photos.get(record["uuid"], []))
        photo = next((record[f] for f in ("foto_1", "foto_2", "foto_3") if record[f] and record[f] in stored), None)
        bad.append({"codigo": asset["codigo"], "nombre": asset["nombre"], "estado": asset["estado"],
                    "fecha": asset["fecha_inspeccion"], "observaciones": record["observaciones"],
                    "amenazas": asset["amenazas"], "inspecciones": count, "foto": photo})
    works, _ = store.read("intervencion_patrimonio", ["bien", "tipo", "con_licencia", "fecha_inicio", "estado"],
                          geometry=False)
    unlicensed = [{"bien": b, "tipo": t, "fecha_inicio": str(d)[:10], "estado": s}
                  for b, t, licensed, d, s in zip(works["bien"], works["tipo"], works["con_licencia"],
                                                  works["fecha_inicio"], works["estado"])
                  if not licensed and start <= str(d)[:10] <= cutoff]
    activities, _ = store.read("actividad_tradicional", ["anio_registro", "anio_cierre"], geometry=False)
    registered = [int(r) for r in activities["anio_registro"] if int(r) <= period.year]
    closed = [c for r, c in zip(activities["anio_registro"], activities["anio_cierre"])
              if int(r) <= period.year and c is not None and int(c) <= period.year]
    zones, outlines = store.read("zona_influencia_patrimonio", ["codigo", "nombre", "tipo", "bien"])
    zones = [{"codigo": c, "nombre": n, "tipo": t, "bien": b, "geometria": g}
             for c, n, t, b, g in zip(zones["codigo"], zones["nombre"], zones["tipo"], zones["bien"], outlines)]
    experiences, _ = store.read("experiencia", geometry=False)
    columns = [c for c in experiences if c != "fid"]
    listed = sorted(({c: experiences[c][k] for c in columns} for k in range(len(experiences["codigo"]))
                     if experiences["anio"][k] <= period.year), key=lambda e: (e["anio"], e["codigo"]))
    return {"bienes": assets, "por_unidad": by_unit, "en_mal_estado": bad, "zonas": zones,
            "intervenciones_sin_licencia": unlicensed,
            "actividades": {"registradas": len(registered), "presentes": len(registered) - len(closed),
                            "cerradas": len(closed)},
            "experiencias": listed, "fecha_corte": cutoff, "costo_total": number(sum(
                float(e["costo"] or 0) for e in listed), 0)}
