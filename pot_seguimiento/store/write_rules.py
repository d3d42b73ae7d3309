"""What every row passes on its way into the expediente, on both backends (GpkgStore.insert and
PostgisStore.insert, update_geometry), whoever writes it: an import, a detection, a migration.

- Geometries take their column's type: a MULTIPOLYGON column gets MultiPolygons (a Polygon is
  promoted; of a GeometryCollection, such as an intersection can return, its polygons are kept and
  its lines and points, which have no area, dropped); a POINT column gets Points (a one-point
  MultiPoint unwrapped); a MULTILINESTRING column (the streets) gets MultiLineStrings (a LineString
  promoted). A geometry with no part of the column's type, or with a NaN or infinite
  coordinate, is refused with UnstorableError naming the table and the row. A GeoPackage would take
  them; PostGIS refuses them, and a migration would stop on them.
- Date-times take the GeoPackage standard form in UTC, 'YYYY-MM-DDTHH:MM:SS.SSSZ' (value_rules),
  stored as that text on both backends, so a round trip returns them to the character.
No QGIS here.
"""
import numpy as np
import shapely

from ..core import schema
from ..core.errors import UnstorableError
from ..core.geometry import non_finite, non_finite_reason
from ..core.i18n import tr
from ..core.value_rules import standard_datetime

_POLYGON, _MULTIPOLYGON = shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON
_POINT, _MULTIPOINT = shapely.GeometryType.POINT, shapely.GeometryType.MULTIPOINT
_LINESTRING, _MULTILINESTRING = shapely.GeometryType.LINESTRING, shapely.GeometryType.MULTILINESTRING
_COLLECTION = shapely.GeometryType.GEOMETRYCOLLECTION


def row_labels(columns, count, fids=None):
    """How a row is named in a message: its code where the table has one, else its fid or position."""
    codes = columns.get("codigo") if columns else None
    if codes is not None and len(codes) == count:
        return [str(c) for c in codes]
    if fids is not None:
        return [f"fid {int(f)}" for f in fids]
    return [tr("row {number}").format(number=i + 1) for i in range(count)]


def _polygons_of(collection):
    """The polygons anywhere inside a collection, as one MultiPolygon (empty when there are none)."""
    polygons, pending = [], [collection]
    while pending:
        for part in shapely.get_parts(pending.pop()):
            kind = shapely.get_type_id(part)
            if kind == _POLYGON and not part.is_empty:
                polygons.append(part)
            elif kind in (_MULTIPOLYGON, _COLLECTION):
                pending.append(part)
    return shapely.MultiPolygon(polygons)


def _refuse(table, label, reason):
    raise UnstorableError(tr("Table '{table}', row {row}, field 'geometría': {reason}. Nothing was written.").format(
        table=table.name, row=label, reason=reason))


def _refuse_other_kinds(table, geometries, labels, present, kinds, reason):
    """The geometries' type ids, after refusing the first present geometry whose type is not one of `kinds`
    (`reason` names it through {kind})."""
    types = shapely.get_type_id(geometries)
    wrong = present & ~np.isin(types, kinds)
    if wrong.any():
        i = int(np.flatnonzero(wrong)[0])
        _refuse(table, labels[i], reason.format(kind=geometries[i].geom_type))
    return types


def conform_geometries(table, geometries, labels):
    """`geometries` (array-like, None for no geometry) as their column holds them; UnstorableError
    for the first that cannot be."""
    geometries = np.array(geometries, dtype=object)  # a copy: the caller's array is left as it was
    if table.geometry is None or not len(geometries):
        return geometries
    present = ~shapely.is_missing(geometries)
    broken = present & non_finite(geometries)
    if broken.any():
        _refuse(table, labels[int(np.flatnonzero(broken)[0])], non_finite_reason())
    types = shapely.get_type_id(geometries)
    if table.geometry == "MULTIPOLYGON":
        for i in np.flatnonzero(present & (types == _COLLECTION)):
            polygons = _polygons_of(geometries[i])
            if polygons.is_empty and not geometries[i].is_empty:
                _refuse(table, labels[i], tr("a {kind} without any polygon cannot be stored in a polygon layer").format(
                    kind=geometries[i].geom_type))
            geometries[i] = polygons
        types = _refuse_other_kinds(table, geometries, labels, present, [_POLYGON, _MULTIPOLYGON],
                                    tr("a {kind} cannot be stored in a polygon layer"))
        single = np.flatnonzero(types == _POLYGON)
        if len(single):
            geometries[single] = shapely.multipolygons(geometries[single], indices=np.arange(len(single)))
    elif table.geometry == "POINT":
        multi = np.flatnonzero(present & (types == _MULTIPOINT))
        for i in multi:
            if shapely.get_num_geometries(geometries[i]) != 1:
                _refuse(table, labels[i], tr("a multipoint with several points cannot be stored in a point layer"))
            geometries[i] = shapely.get_geometry(geometries[i], 0)
        _refuse_other_kinds(table, geometries, labels, present, [_POINT],
                            tr("a {kind} cannot be stored in a point layer"))
    elif table.geometry == "MULTILINESTRING":
        _refuse_other_kinds(table, geometries, labels, present, [_LINESTRING, _MULTILINESTRING],
                            tr("a {kind} cannot be stored in a line layer"))
        single = np.flatnonzero(types == _LINESTRING)
        if len(single):
            geometries[single] = shapely.multilinestrings(geometries[single], indices=np.arange(len(single)))
    return geometries


def conform_columns(table, columns, labels):
    """The columns with every DATETIME value in the standard form; UnstorableError naming the row and
    field of a value that is no date-time. Other columns pass as they are."""
    out = dict(columns)
    for name, values in columns.items():
        if table.field(name).type != schema.DATETIME:
            continue
        converted = []
        for label, value in zip(labels, values.tolist() if isinstance(values, np.ndarray) else values):
            if value is None or (isinstance(value, float) and value != value):
                converted.append(None)
                continue
            try:
                converted.append(standard_datetime(value))
            except (TypeError, ValueError):
                raise UnstorableError(tr("Table '{table}', row {row}, field '{field}': '{value}' is not a date and "
                                         "time. Nothing was written.").format(
                    table=table.name, row=label, field=name, value=value)) from None
        out[name] = converted
    return out


def conform(table, columns, geometries, fids=None):
    """(columns, geometries) as the store writes them; see the module's description."""
    count = len(next(iter(columns.values()))) if columns else (len(geometries) if geometries is not None else 0)
    labels = row_labels(columns, count, fids)
    if geometries is not None and table.geometry:
        geometries = conform_geometries(table, geometries, labels)
    return conform_columns(table, columns, labels), geometries
