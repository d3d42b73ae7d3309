"""Merging a returned field package into the expediente: lossless and idempotent, whatever its kind
(field_package/kinds.py: visits of occupation alerts, inspections of heritage assets; "visit" below is either).

- A visit is known by the uuid QField gave it. Seen before with the same content: a duplicate,
  nothing written. Seen before with other content (edited on the phone after an earlier import):
  a correction, stored as the next version next to the original.
- Photos are copied to <expediente>_evidencias/<alerta>/ (heritage: .../patrimonio/<bien>/) under names made of
  the visit, the field and the photo's SHA-256, so two photos never collide and the same photo is stored once.
- An alert outline redrawn in the field becomes the alert's next version; the old one stays.
- Everything is checked before anything is written, and the rows land in one transaction.
"""
import hashlib
import os
import re
from dataclasses import dataclass

import numpy as np
import shapely

from ..core import importing, schema
from ..core.errors import InputError
from ..core.i18n import tr
from ..field_package import PHOTO_FIELDS
from ..field_package.kinds import OCUPACION
from ..field_package.returned import photo_values
from .field_control import refresh_states, set_alert_outline
from .files import staged_copies

# What the phone fills in a visit; version, corrige and registrado_en are the expediente's (each kind: kinds.py).
PHONE_FIELDS = OCUPACION.phone_fields
CONTENT_FIELDS = OCUPACION.content_fields


def _after_merge(store, kind, touched):
    """What follows from new records, inside the merge's transaction: an alert's state follows its visits; an
    asset's state is read from its inspections when needed (core/heritage.py), nothing is stored."""
    if kind.name == "ocupacion":
        refresh_states(store, touched)


@dataclass
class Line:
    kind: str  # visita (inspeccion in a heritage package), foto, alerta
    key: str
    result: str  # importada, corregida, duplicada, rechazada, nueva_version
    message: str = ""


def evidence_location(store, expediente, kind="evidencias"):
    """(root, sub-folder for new files of `kind`: evidencias, archivo): stored paths are relative to root.
    Each backend knows its own (store.evidence_location)."""
    return store.evidence_location(expediente, kind)


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _comparable(value):
    """A value as both ends compare it: a boolean the phone wrote as 1 and the store reads as True is one value."""
    return int(value) if isinstance(value, (bool, np.bool_)) else value


def _content(values, point, photo_hashes, kind=OCUPACION):
    coordinates = tuple(np.round(shapely.get_coordinates(point)[0], 3)) if point is not None else None
    return tuple(_comparable(values[name]) for name in kind.content_fields) + (coordinates, tuple(photo_hashes))


def _stored_latest(store, visit_uuid, kind=OCUPACION):
    table = kind.record_table
    data, points = store.read(table, where=f"uuid = ? AND version = (SELECT max(version) FROM {table} WHERE uuid = ?)",
                              params=(visit_uuid, visit_uuid))
    if not len(data["fid"]):
        return None
    record = {name: values[0] for name, values in data.items()}
    hashes = dict(store.connection.execute(
        f"SELECT ruta, sha256 FROM {kind.photo_table} WHERE {kind.photo_key} = ?", (visit_uuid,)).fetchall())
    photos = [hashes.get(record[name]) for name in PHOTO_FIELDS if record[name]]
    return record, _content(record, points[0], photos, kind)


def photo_name(folder, alert, visit_uuid, field, digest, original):
    extension = os.path.splitext(original)[1].lower() or ".jpg"
    clean = re.sub(r"[^0-9a-zA-Z]", "", visit_uuid)
    return f"{folder}/{re.sub(r'[^0-9A-Za-z_-]', '_', alert)}/{clean}_{field}_{digest[:16]}{extension}"


class Merge:
    """One returned package against one expediente; `plan()` checks everything, `write()` lands it."""

    def __init__(self, store, package, expediente_path):
        self.store, self.package, self.kind = store, package, package.kind
        self.root, self.folder = evidence_location(store, expediente_path)
        if self.kind.evidence_folder and self.folder is not None:
            self.folder = f"{self.folder}/{self.kind.evidence_folder}"
        self.lines, self.rows, self.photos = [], [], {}  # photos: destination -> (source, sha, bytes, uuid)

    def plan(self):
        if self.package.info.get("expediente_origen") != self.store.expediente_id:
            raise InputError(tr("The field package '{package}' was made from another expediente; it cannot be "
                                "imported here. Nothing was imported.").format(package=self.package.package_id))
        visits = self.package.visits
        count = len(visits["fid"])
        for row in range(count):  # a path that leaves the package refuses the whole package
            for relative in photo_values(self.package, row).values():
                self.package.photo_path(relative)
        ids = [str(u) if u else tr("row {fid}").format(fid=f) for u, f in zip(visits["uuid"], visits["fid"])]
        columns = {name: list(visits[name]) for name in self.kind.phone_fields}
        columns["paquete"] = [p or self.package.package_id for p in columns["paquete"]]
        table = self.kind.record_table
        prepared = importing.prepare(table, columns, self.package.visit_points, ids, layer_name=table,
                                     area=self.store.area_of_use()) \
            if count else None
        rejected = {}
        for problem in (prepared.rejected if prepared else []):
            rejected.setdefault(problem.feature, []).append(f"{problem.field}: {problem.reason}")
        for visit_id, reasons in rejected.items():
            self.lines.append(Line(self.kind.record_name, visit_id, "rechazada", "; ".join(reasons)))
        if prepared:
            self._plan_visits(prepared)
        self._plan_outlines()
        return self

    def _plan_visits(self, prepared):
        kind = self.kind
        known = {code for (code,) in self.store.connection.execute(f"SELECT codigo FROM {kind.target_table}")}
        seen = set()
        for row, visit_id in enumerate(prepared.feature_ids):
            values = {name: prepared.columns[name][row] for name in kind.phone_fields}
            point = prepared.geometries[row]
            target = values[kind.target_field]
            if target not in known:
                self.lines.append(Line(kind.record_name, visit_id, "rechazada", kind.unknown_target(target)))
                continue
            if visit_id in seen:
                self.lines.append(Line(kind.record_name, visit_id, "rechazada", tr("uuid repeated in the package")))
                continue
            seen.add(visit_id)
            photos, missing = {}, []
            for field in PHOTO_FIELDS:
                if values[field]:
                    source = self.package.photo_path(values[field])
                    if os.path.isfile(source):
                        photos[field] = (source, sha256(source))
                    else:
                        missing.append(values[field])
            if missing:
                self.lines.append(Line(kind.record_name, visit_id, "rechazada", tr(
                    "photo not found in the package: {photos}").format(photos=", ".join(missing))))
                continue
            content = _content(values, point, [photos[f][1] for f in PHOTO_FIELDS if f in photos], kind)
            latest = _stored_latest(self.store, values["uuid"], kind)
            if latest is not None and latest[1] == content:
                self.lines.append(Line(kind.record_name, visit_id, "duplicada", tr("already imported")))
                continue
            if photos and self.root is None:
                raise InputError(tr("This shared expediente has no folder for field photos; the planning office "
                                    "sets it (create_expediente EVIDENCE_FOLDER, or the key carpeta_evidencias). "
                                    "Nothing was imported."))
            for field, (source, digest) in photos.items():
                destination = photo_name(self.folder, target, values["uuid"], field, digest, source)
                values[field] = destination
                self.photos[destination] = (source, digest, os.path.getsize(source), values["uuid"])
            values["version"] = 1 if latest is None else latest[0]["version"] + 1
            values["corrige"] = None if latest is None else latest[0]["fid"]
            self.rows.append((values, point))
            self.lines.append(Line(kind.record_name, visit_id, "importada" if latest is None else "corregida",
                                   "" if latest is None else tr("new version {version} of the visit").format(
                                       version=values["version"])))

    def _plan_outlines(self):
        """Outlines that differ from the version the package carried were redrawn in the field."""
        self.outlines = []
        if not self.kind.redrawable:  # an asset's location is the expediente's, not the phone's
            return
        for code, outline in zip(self.package.alert_codes, self.package.alert_outlines):
            _, previous = self.store.read("alerta_version", columns=[], where="alerta = ?", params=(code,))
            if not len(previous) or outline is None:
                continue
            if not any(shapely.equals_exact(outline, p, tolerance=0.01) for p in previous):
                self.outlines.append((code, importing.check_geometries(
                    schema.table("alerta_ocupacion"), [outline], [code], [])[0]))

    def write(self):
        """Copy photos, then one transaction for every row; photos of a failed write are removed."""
        pairs = [(source, os.path.join(self.root, destination))
                 for destination, (source, digest, _, _) in self.photos.items()
                 if not (os.path.exists(os.path.join(self.root, destination))
                         and sha256(os.path.join(self.root, destination)) == digest)]
        with staged_copies(pairs), self.store.transaction():
            self._write_rows()
        return self.lines

    def _write_rows(self):
        store, kind = self.store, self.kind
        if self.rows:
            names = kind.phone_fields + ("version", "corrige")
            store.insert(kind.record_table, {n: [values[n] for values, _ in self.rows] for n in names},
                         np.array([point for _, point in self.rows], dtype=object))
        stored = {ruta for (ruta,) in store.connection.execute(f"SELECT ruta FROM {kind.photo_table}")}
        new_photos = [(d, p) for d, p in self.photos.items() if d not in stored]
        if new_photos:
            store.insert(kind.photo_table, {kind.photo_key: [p[3] for _, p in new_photos],
                                            "ruta": [d for d, _ in new_photos],
                                            "sha256": [p[1] for _, p in new_photos],
                                            "bytes": [p[2] for _, p in new_photos]})
            self.lines.extend(Line("foto", d, "importada", p[1]) for d, p in new_photos)
        for code, outline in self.outlines:
            if set_alert_outline(store, code, outline, "campo", self.package.package_id):
                self.lines.append(Line("alerta", code, "nueva_version", tr("outline redrawn in the field")))
        touched = {values[kind.target_field] for values, _ in self.rows} | {code for code, _ in self.outlines}
        _after_merge(store, kind, touched)


def merge_returned(store, package, expediente_path):
    """Check and merge; returns the report lines. Raises InputError with nothing written."""
    return Merge(store, package, expediente_path).plan().write()
