"""A field package as it comes back from QField: checked before anything is read from it.

Refused with a Spanish message, before the expediente is touched: a damaged or truncated zip, a
member or photo path that leaves the package, a link, device or anything else that is not a
regular file, a photo that does not decode as an image, a GeoPackage that is not a field package
or whose record or target tables (visits and alerts, inspections and assets: kinds.py) changed shape. No QGIS here.
"""
import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass

import numpy as np

from ..core import schema
from ..core.errors import InputError
from ..core.gdal_support import gdal_exceptions
from ..core.i18n import tr
from ..store import geometry_blob, gpkg_schema
from . import PACKAGE_KIND, PHOTO_FIELDS
from .kinds import OCUPACION, kind_of


@dataclass
class ReturnedPackage:
    folder: str  # the package's files (extracted when it came as a zip)
    info: dict  # the package's record: paquete, clase, expediente_origen, inspector…
    visits: dict  # column -> values of every record on the phone (visits or inspections; fid included)
    visit_points: np.ndarray
    alert_codes: np.ndarray  # the codes of the package's targets (alerts or assets)
    alert_outlines: np.ndarray
    kind: object = OCUPACION  # kinds.PackageKind

    @property
    def package_id(self):
        return self.info.get("paquete")

    def photo_path(self, relative):
        """The file a photo field names, or an InputError when the path leaves the package, is a link
        or anything but a regular file, or is not an image. A photo that is not there at all is left
        to the caller (the visit is rejected, the rest of the package lands)."""
        full = inside(self.folder, relative)
        unresolved = os.path.join(self.folder, str(relative).replace("\\", "/"))
        if os.path.islink(unresolved) or _not_regular(unresolved):
            _refuse_not_regular(relative)
        if os.path.isfile(full) and not decodes_as_image(full):
            raise InputError(tr("The photo '{name}' of the field package is not an image (it does not decode as "
                                "JPEG, PNG, WEBP or HEIF): refused, nothing was imported.").format(name=relative))
        return full


# What a phone's camera writes and QField keeps in DCIM/.
PHOTO_DRIVERS = ["JPEG", "PNG", "WEBP", "HEIF", "GTiff"]


def _not_regular(path):
    """True when `path` is there but is not a regular file: a link, a device, a pipe, a socket."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _refuse_not_regular(name):
    raise InputError(tr("'{name}' in the field package is not a regular file (a link, a device or a pipe): "
                        "refused, nothing was imported.").format(name=name))


def decodes_as_image(path):
    """True when GDAL reads `path` as a photo (JPEG, PNG, WEBP, HEIF, TIFF) and decodes its pixels."""
    from osgeo import gdal

    with gdal_exceptions():
        try:
            dataset = gdal.OpenEx(path, gdal.OF_RASTER, allowed_drivers=PHOTO_DRIVERS)
            if dataset is None or dataset.RasterCount == 0:
                return False
            band = dataset.GetRasterBand(1)
            size = min(64, dataset.RasterXSize), min(64, dataset.RasterYSize)
            return band.ReadRaster(0, 0, dataset.RasterXSize, dataset.RasterYSize, *size) is not None
        except RuntimeError:
            return False


def inside(folder, relative):
    relative = str(relative).replace("\\", "/")
    root = os.path.realpath(folder)
    full = os.path.realpath(os.path.join(root, relative))
    if os.path.isabs(relative) or os.path.commonpath([root, full]) != root:
        raise InputError(tr("The path '{path}' leads outside the field package: refused, nothing was "
                            "imported.").format(path=relative))
    return full


def _extract(zip_path, target):
    try:
        with zipfile.ZipFile(zip_path) as archive:
            damaged = archive.testzip()
            if damaged is not None:
                raise InputError(tr("The field package '{path}' is damaged or was modified (file '{member}' "
                                    "fails its check): nothing was imported.").format(path=zip_path, member=damaged))
            for member in archive.infolist():
                inside(target, member.filename)
                mode = member.external_attr >> 16  # Unix mode, when the zip was made on Unix
                if mode and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                    _refuse_not_regular(member.filename)  # extracted, a link would become a file of its target
            archive.extractall(target)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:  # a bad deflate stream: zlib
        raise InputError(tr("'{path}' is not a complete field package (damaged or truncated zip: {error}); "
                            "nothing was imported.").format(path=zip_path, error=error)) from None


def _package_gpkg(folder):
    found = [name for name in os.listdir(folder) if name.lower().endswith(".gpkg")]
    if len(found) != 1:
        raise InputError(tr("A field package holds exactly one GeoPackage next to its project; '{folder}' "
                            "holds {count}.").format(folder=folder, count=len(found)))
    return os.path.join(folder, found[0])


def _check_shape(connection, path, kind):
    for table in kind.checked_tables:
        expected = ["fid", gpkg_schema.GEOMETRY_COLUMN] + schema.table(table).field_names
        found = [row[1] for row in connection.execute(f"PRAGMA table_info({gpkg_schema.quote(table)})")]
        if sorted(found) != sorted(expected):
            changed = sorted(set(found) ^ set(expected)) or [table]
            raise InputError(tr("The GeoPackage of the field package '{path}' has a changed table '{table}' "
                                "(columns {columns}); nothing was imported.").format(
                path=path, table=table, columns=", ".join(changed)))


@contextlib.contextmanager
def open_returned(path):
    """Yield the ReturnedPackage at `path` (folder or .zip); temporary copies go away afterwards."""
    work = tempfile.mkdtemp(prefix="pot_retorno_")
    try:
        if os.path.isdir(path):
            folder = path
            for root, folders, files in os.walk(folder):  # links, devices, pipes: never followed or read
                for name in folders + files:
                    if os.path.islink(os.path.join(root, name)) or _not_regular(os.path.join(root, name)):
                        _refuse_not_regular(os.path.relpath(os.path.join(root, name), folder))
        elif zipfile.is_zipfile(path) or path.lower().endswith(".zip"):
            folder = os.path.join(work, "paquete")
            _extract(path, folder)
        else:
            raise InputError(tr("'{path}' is neither a field package folder nor a .zip.").format(path=path))
        gpkg = _package_gpkg(folder)
        copy = os.path.join(work, "paquete.gpkg")
        for suffix in ("", "-wal", "-shm"):  # QField may leave its write-ahead log beside the file
            if os.path.exists(gpkg + suffix):
                shutil.copy(gpkg + suffix, copy + suffix)
        yield _read(folder, gpkg, copy)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _read(folder, original, copy):
    try:
        connection = sqlite3.connect(copy)
        with contextlib.closing(connection):
            info = dict(connection.execute("SELECT clave, valor FROM expediente").fetchall())
            if info.get("tipo") != PACKAGE_KIND or not info.get("expediente_origen"):
                raise InputError(tr("'{path}' is not a POT Seguimiento field package.").format(path=original))
            kind = kind_of(info.get("clase"))
            _check_shape(connection, original, kind)
            names = ["fid"] + schema.table(kind.record_table).field_names
            cursor = connection.execute(f"SELECT {', '.join(map(gpkg_schema.quote, names))}, geom FROM "
                                        f"{gpkg_schema.quote(kind.record_table)} ORDER BY fid")
            rows = cursor.fetchall()
            alerts = connection.execute(f"SELECT codigo, geom FROM {gpkg_schema.quote(kind.target_table)} "
                                        "ORDER BY fid").fetchall()
    except sqlite3.DatabaseError as error:
        raise InputError(tr("The GeoPackage of the field package '{path}' cannot be read ({error}); "
                            "nothing was imported.").format(path=original, error=error)) from None
    columns = list(zip(*rows)) if rows else [()] * (len(names) + 1)
    visits = {name: np.array(values, dtype=object) for name, values in zip(names, columns)}
    return ReturnedPackage(
        folder=folder, info=info, visits=visits,
        visit_points=geometry_blob.decode(list(columns[-1])) if rows else np.array([], dtype=object),
        alert_codes=np.array([a[0] for a in alerts], dtype=object),
        alert_outlines=geometry_blob.decode([a[1] for a in alerts]) if alerts else np.array([], dtype=object),
        kind=kind)


def photo_values(package, row):
    """{photo field: relative path} of one visit, empty ones left out."""
    return {name: package.visits[name][row] for name in PHOTO_FIELDS
            if package.visits[name][row] not in (None, "")}
