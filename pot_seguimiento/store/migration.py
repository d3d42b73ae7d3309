"""Copy a whole expediente between backends (GeoPackage ⇄ PostGIS), losing nothing.

Every table is copied in schema order (parents before children) with its own feature ids, so
history rows that point at others (corrections, versions) still do; then both sides are read back
and compared, table by table, as a count and a SHA-256 of every normalised row and geometry.
"""
import hashlib
import os
import shutil
from dataclasses import dataclass

import numpy as np
import shapely

from ..core import schema
from ..core.errors import SchemaError
from ..core.i18n import tr
from . import open_store, write_rules
from .schema_upgrades import DERIVED_MUNICIPALITY_KEY, set_info
from .postgis import PostgisStore, is_postgres, without_password


@dataclass
class Copied:
    table: str
    rows: int
    checksum: str


def checksum(table_name, data, geometries):
    """A digest of the rows as values, the same whichever backend they were read from."""
    table = schema.table(table_name)
    digest = hashlib.sha256()
    wkb = shapely.to_wkb(geometries, byte_order=1, flavor="iso") if geometries is not None else None
    for i, fid in enumerate(data["fid"]):
        values = [int(fid)] + [_normalised(table.field(n), data[n][i]) for n in table.field_names]
        if wkb is not None:
            values.append(None if wkb[i] is None else bytes(wkb[i]).hex())
        digest.update(repr(values).encode())
    return digest.hexdigest()


def _normalised(field, value):
    if value is None:
        return None
    if field.type == schema.BOOLEAN:
        return int(bool(value))
    if field.type == schema.REAL:
        return float(value)
    if field.type == schema.INTEGER:
        return int(value)
    return str(value)


def _as_written(table, data, geometries):
    columns, geometries = write_rules.conform(table, {n: data[n] for n in table.field_names}, geometries,
                                              fids=data["fid"])
    return {"fid": data["fid"], **{n: np.array(v, dtype=object) if not isinstance(v, np.ndarray) else v
                                   for n, v in columns.items()}}, geometries


def _target_exists(text):
    return PostgisStore.exists(text) if is_postgres(text) else os.path.exists(text)


def _new_target(text, source):
    """A new, empty expediente with the source's record (store.new_expediente), standing at `text` (in the place
    of what was there) only when the whole copy succeeded."""
    from . import new_expediente

    info = source.info
    return new_expediente(text, info.get("crs") or f"EPSG:{info['srs_id']}", info.get("municipio", ""),
                          info.get("codigo_dane", ""), info.get("expediente_id"), source.evidence_root,
                          staged=True)


def migrate(source_text, target_text, replace=False, progress=None):
    """Copy the expediente at `source_text` to `target_text`; returns [Copied] per table, checked."""
    if _target_exists(target_text) and not replace:
        raise SchemaError(tr("'{target}' already holds an expediente: nothing was copied. Choose another "
                             "destination, or replace it explicitly (REPLACE).").format(
            target=without_password(target_text)))
    copied = []
    with open_store(source_text) as source, _new_target(target_text, source) as target:
        with target.transaction():
            if source.info.get(DERIVED_MUNICIPALITY_KEY):  # its municipio unit was made by the plugin
                set_info(target, DERIVED_MUNICIPALITY_KEY, source.info[DERIVED_MUNICIPALITY_KEY])
            for position, table in enumerate(schema.TABLES):
                data, geometries = source.read(table.name)
                # What the target's write path makes of the rows (multi geometries, standard date-times) is
                # what is compared afterwards; a row it cannot carry stops the copy here, named.
                data, geometries = _as_written(table, data, geometries)
                columns = {n: data[n] for n in table.field_names}
                target.insert(table.name, columns, geometries, fids=np.asarray(data["fid"], np.int64))
                copied.append(Copied(table.name, len(data["fid"]), checksum(table.name, data, geometries)))
                if progress:
                    progress((position + 1) / len(schema.TABLES), table.name)
        for entry in copied:  # read back what landed: the same rows, the same digest
            data, geometries = target.read(entry.table)
            if len(data["fid"]) != entry.rows or checksum(entry.table, data, geometries) != entry.checksum:
                raise SchemaError(tr("The copy of table '{table}' differs from the original; the destination "
                                     "was not kept.").format(table=entry.table))
        photos = [ruta for (ruta,) in source.connection.execute("SELECT ruta FROM foto_visita")]
        source_root = source.evidence_root
    if not is_postgres(target_text):
        _copy_photos(photos, source_root, os.path.dirname(os.path.abspath(target_text)))
    return copied


def _copy_photos(photos, source_root, target_root):
    """Field photos go with a GeoPackage copy: its paths are relative to the file's own folder."""
    if not source_root or os.path.abspath(source_root) == target_root:
        return
    for ruta in photos:
        source, target = os.path.join(source_root, ruta), os.path.join(target_root, ruta)
        if os.path.isfile(source) and not os.path.exists(target):
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source, target)
