"""The demo municipality's field control, written with the same functions users' data goes through:
detection, a field package, visits with photos (drawn here), control actions and states."""
import datetime
import os

import numpy as np
import shapely
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ..core import occupation_alerts
from ..core.demo import field_control as story
from ..store import field_control
from ..store.field_checks import PHOTO_FIELDS, photo_name, evidence_location, sha256

CITIZEN_REPORTS = 2


def draw_photo(path, caption, variant):
    """A field photo stand-in: sky, hillside, a zinc-roofed shack, the caption an inspector's camera stamps."""
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.fillRect(0, 0, 640, 300, QColor("#9cc3e6"))
    painter.fillRect(0, 300, 640, 180, QColor(("#6b8e23", "#8b7d5a", "#7a9a4a")[variant % 3]))
    x = 140 + 90 * variant
    painter.fillRect(x, 230, 220, 140, QColor("#8b5a2b"))
    painter.fillRect(x - 15, 210, 250, 25, QColor("#b0b7bd"))
    painter.fillRect(x + 90, 300, 40, 70, QColor("#4a3020"))
    save_stamped(painter, image, path, caption)


def save_stamped(painter, image, path, caption):
    """Stamps `caption` along the bottom as a camera does, ends `painter` and writes `image` to `path` as JPEG."""
    painter.setPen(QColor("#ffffff"))
    painter.setFont(QFont("DejaVu Sans", 14))
    painter.fillRect(0, 440, 640, 40, QColor(0, 0, 0, 140))
    painter.drawText(QRectF(10, 440, 620, 40), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, caption)
    painter.end()
    if not image.save(path, "JPG", 80):
        raise OSError(f"cannot write {path}")


def _citizen_reports(store, level):
    """Two lots reported by citizens: low priority, nothing around them, never visited."""
    data, lots = store.read_first_and_last("predio", columns=["codigo"])
    lots = np.asarray(lots, dtype=object)[:CITIZEN_REPORTS]
    codes, units = field_control.units_of_level(store, level)
    area = shapely.area(lots)
    return occupation_alerts.Detection(
        code=np.full(len(lots), None, dtype=object), geometry=lots,
        reason=np.full(len(lots), "reporte_ciudadano", dtype=object),
        reasons=np.full(len(lots), "reporte_ciudadano", dtype=object),
        unit=occupation_alerts.unit_of(lots, codes, units), area_m2=np.round(area, 2),
        priority=occupation_alerts.priority(np.zeros(len(lots)), np.zeros(len(lots)), area,
                                            np.ones(len(lots)), np.full(len(lots), np.nan)),
        footprints=np.ones(len(lots), int))


def add_field_control(store, expediente_path, level="localidad"):
    detected = datetime.date.fromisoformat(story.DETECTION_DATE)
    codes, units = field_control.units_of_level(store, level)
    detection = occupation_alerts.merge_by_code(occupation_alerts.detect(
        field_control.footprints_of_year(store, 2018), field_control.footprints_of_year(store, 2024),
        field_control.restricted_zones(store), codes, units, field_control.existing_alerts(store, detected)))
    field_control.write_detection(store, detection, detected, 2024)
    field_control.write_detection(store, _citizen_reports(store, level), detected, 2024)

    data, outlines = store.read("alerta_ocupacion", columns=["codigo", "prioridad", "motivo"])
    detected_on_images = data["motivo"] != "reporte_ciudadano"
    data, outlines = {k: v[detected_on_images] for k, v in data.items()}, outlines[detected_on_images]
    order = np.lexsort((data["codigo"].astype(str), -data["prioridad"].astype(float)))
    visits, actions, packaged = story.plan(data["codigo"][order], shapely.point_on_surface(outlines[order]))
    field_control.mark_packaged(store, packaged, story.PACKAGE)

    root, folder = evidence_location(store, expediente_path)
    photos = []
    for visit in visits:
        for k in range(visit.pop("photos")):
            temporary = os.path.join(root, folder, f".{visit['alerta']}_{k}.jpg")
            os.makedirs(os.path.dirname(temporary), exist_ok=True)
            draw_photo(temporary, f"{visit['alerta']} · {visit['fecha_hora'][:10]} · {visit['inspector']}", k)
            digest = sha256(temporary)
            relative = photo_name(folder, visit["alerta"], visit["uuid"], PHOTO_FIELDS[k], digest, temporary)
            os.makedirs(os.path.dirname(os.path.join(root, relative)), exist_ok=True)
            os.replace(temporary, os.path.join(root, relative))
            visit[PHOTO_FIELDS[k]] = relative
            photos.append((visit["uuid"], relative, digest, os.path.getsize(os.path.join(root, relative))))
    names = [n for n in visits[0] if n != "geometry"] if visits else []
    with store.transaction():
        store.insert("visita", {n: [v.get(n) for v in visits] for n in set(names) | set(PHOTO_FIELDS)},
                     np.array([v["geometry"] for v in visits], dtype=object))
        store.insert("foto_visita", {"visita": [p[0] for p in photos], "ruta": [p[1] for p in photos],
                                     "sha256": [p[2] for p in photos], "bytes": [p[3] for p in photos]})
        field_control.refresh_states(store)
    for action in actions:
        field_control.record_action(store, action)
