"""The demo municipality's heritage (core/demo/heritage.py), written with the store like users' data: assets on the
centre's blocks, their PEMP influence zones, inspections with photos (drawn here) and a correction, works,
traditional activities and the banco de experiencias."""
import os

import numpy as np
import shapely
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ..core.demo import heritage as story
from ..core.geometry import to_multipolygons
from ..core.occupation_alerts import unit_of
from ..field_package.kinds import PATRIMONIO
from ..store import field_control
from ..store.field_checks import PHOTO_FIELDS, evidence_location, photo_name, sha256
from .demo_field_control import save_stamped

STATE_COLOURS = {"bueno": "#e8d9b5", "regular": "#d8c08a", "malo": "#9c8a6a", "perdido": "#6f6a60"}
# Ranks of the blocks nearest the centre that hold the assets, and the traditional activities.
ASSET_RANKS = (0, 3, 7, 12, 18, 25, 33, 42, 52, 63, 75, 88)
ACTIVITY_RANKS = (1, 5, 9, 14, 20, 27, 36, 46, 57, 69)


def draw_facade(path, caption, state, variant):
    """A heritage photo stand-in: a colonial facade with its doors and windows, duller the worse its state."""
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.fillRect(0, 0, 640, 480, QColor("#a9c9e8"))
    painter.fillRect(60, 120, 520, 320, QColor(STATE_COLOURS[state]))
    painter.fillRect(40, 95, 560, 30, QColor("#8b3a1e"))  # clay-tile roof
    for k in range(4):
        x = 95 + 125 * k
        painter.fillRect(x, 170 if k % 3 else 250, 60, 110 if k % 3 else 190, QColor("#5b3a22"))
    if state in ("malo", "perdido"):
        painter.fillRect(60, 330 - 30 * variant, 520, 110 + 30 * variant, QColor("#7d776c"))  # fallen render
    save_stamped(painter, image, path, caption)


def _central_points(store):
    """Points of the blocks nearest the centre of the blocks, nearest first."""
    _, blocks = store.read("manzana", columns=[])
    points = shapely.point_on_surface(blocks)
    xy = shapely.get_coordinates(points)
    centre = np.median(xy, axis=0)
    order = np.argsort(np.hypot(*(xy - centre).T), kind="stable")
    return points[order]


def add_heritage(store, expediente_path, level="localidad"):
    points = _central_points(store)
    codes, units = field_control.units_of_level(store, level)
    assets = story.ASSETS
    asset_points = points[[r % len(points) for r in ASSET_RANKS[:len(assets)]]]
    activity_points = points[[r % len(points) for r in ACTIVITY_RANKS[:len(story.ACTIVITIES)]]]
    asset_codes = [a[0] for a in assets]
    protected = [k for k, a in enumerate(assets) if a[2] in ("nacional", "departamental")]
    rows = story.inspections(asset_codes, asset_points)
    root, folder = evidence_location(store, expediente_path)
    folder = f"{folder}/{PATRIMONIO.evidence_folder}"
    photos = []
    for row in rows:
        for k in range(row.pop("photos")):
            temporary = os.path.join(root, folder, f".{row['bien']}_{k}.jpg")
            os.makedirs(os.path.dirname(temporary), exist_ok=True)
            draw_facade(temporary, f"{row['bien']} · {row['fecha_hora'][:10]} · {row['estado']}", row["estado"], k)
            digest = sha256(temporary)
            relative = photo_name(folder, row["bien"], row["uuid"], PHOTO_FIELDS[k], digest, temporary)
            os.makedirs(os.path.dirname(os.path.join(root, relative)), exist_ok=True)
            os.replace(temporary, os.path.join(root, relative))
            row[PHOTO_FIELDS[k]] = relative
            photos.append((row["uuid"], relative, digest, os.path.getsize(os.path.join(root, relative))))
    names = sorted({n for row in rows for n in row if n != "geometry"} | set(PHOTO_FIELDS))
    with store.transaction():
        store.insert("bien_patrimonial", {
            "codigo": asset_codes, "nombre": [a[1] for a in assets], "ambito": [a[2] for a in assets],
            "categoria": [a[3] for a in assets], "acto_declaratorio": [story.ACT] * len(assets),
            "nivel_conservacion": [a[4] for a in assets], "uso": [a[5] for a in assets],
            "tipo_propietario": [a[6] for a in assets], "propietario": [a[7] for a in assets],
            "unidad": unit_of(asset_points, codes, units)}, asset_points)
        store.insert("zona_influencia_patrimonio", {
            "codigo": [f"ZI-{assets[k][0]}" for k in protected],
            "nombre": [f"Zona de influencia de {assets[k][1]}" for k in protected],
            "tipo": ["zona_influencia"] * len(protected), "bien": [assets[k][0] for k in protected],
            "norma": ["Resolución 0321 de 2020 (PEMP, demo)"] * len(protected),
            "vigente_desde": ["2020-06-30"] * len(protected)},
            to_multipolygons(shapely.buffer(asset_points[protected], 100)))
        for version in (1, 2):  # a correction names the fid of the version it corrects
            chosen = [r for r in rows if r["version"] == version]
            if version == 2:
                first, _ = store.read_where_in("inspeccion_patrimonio", "version", [1], geometry=False)
                fid_of = dict(zip(first["uuid"], first["fid"]))
                for row in chosen:
                    row["corrige"] = int(fid_of[row["uuid"]])
            columns = names + (["corrige"] if version == 2 else [])
            store.insert("inspeccion_patrimonio", {n: [r.get(n) for r in chosen] for n in columns},
                         np.array([r["geometry"] for r in chosen], dtype=object))
        store.insert("foto_inspeccion", {"inspeccion": [p[0] for p in photos], "ruta": [p[1] for p in photos],
                                         "sha256": [p[2] for p in photos], "bytes": [p[3] for p in photos]})
        fields = ("bien", "tipo", "con_licencia", "licencia", "entidad", "fecha_inicio", "fecha_fin", "estado",
                  "observaciones")
        store.insert("intervencion_patrimonio", {f: [w[k] for w in story.WORKS] for k, f in enumerate(fields)})
        activities = story.ACTIVITIES
        store.insert("actividad_tradicional", {
            "codigo": [a[0] for a in activities], "nombre": [a[1] for a in activities],
            "actividad": [a[2] for a in activities], "desde": [a[3] for a in activities],
            "anio_registro": [2020] * len(activities), "anio_cierre": [a[4] for a in activities],
            "unidad": unit_of(activity_points, codes, units)}, activity_points)
        fields = ("codigo", "titulo", "proyecto", "anio", "entidad", "beneficiarios", "estrategia", "costo",
                  "resultados", "lecciones", "documentos", "unidades")
        store.insert("experiencia", {f: [e[k] for e in story.EXPERIENCES] for k, f in enumerate(fields)})
    field_control.mark_packaged(store, [a[0] for a in assets if a[8][1]], story.PACKAGE, "bien_patrimonial")
