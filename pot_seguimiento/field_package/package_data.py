"""The GeoPackage of a field package: the expediente's own schema, holding the targets of its kind (alerts to
visit, heritage assets to inspect), an empty table for what the phone records, and the context layers clipped
around the targets. No QGIS here."""
import datetime

import numpy as np
import shapely

from ..core.geometry import polygonal_part, to_multipolygons
from ..store import GpkgStore, gpkg_schema
from . import CONTEXT_MARGIN_M, PACKAGE_KIND
from .kinds import OCUPACION


def _without_fid(data):
    return {name: values for name, values in data.items() if name != "fid"}


def write_package_data(store, codes, path, package_id, inspector, kind=OCUPACION):
    """Write the package's GeoPackage at `path` (new file); returns the number of targets in it."""
    placeholders = ", ".join("?" * len(codes))
    targets, geometries = store.read(kind.target_table, where=f"codigo IN ({placeholders})", params=tuple(codes))
    area = shapely.box(*shapely.total_bounds(geometries)).buffer(CONTEXT_MARGIN_M, join_style="mitre")
    package = GpkgStore.create(path, store.crs_authid, store.info.get("municipio", ""),
                               store.info.get("codigo_dane", ""))
    with package:
        with package.transaction() as connection:
            connection.executemany(
                f"INSERT OR REPLACE INTO {gpkg_schema.quote('expediente')} (clave, valor) VALUES (?, ?)",
                [("tipo", PACKAGE_KIND), ("clase", kind.name), ("expediente_origen", store.expediente_id),
                 ("paquete", package_id), ("inspector", inspector),
                 ("empaquetado_en", datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"))])
            package.insert(kind.target_table, _without_fid(targets), geometries)
            for table_name in kind.context_tables:
                data, context = store.read_in_box(table_name, area.bounds)
                clipped = to_multipolygons(polygonal_part(shapely.intersection(context, area))) \
                    if len(context) else context
                keep = ~shapely.is_empty(clipped) if len(context) else np.zeros(0, bool)
                package.insert(table_name, {k: v[keep] for k, v in _without_fid(data).items()}, clipped[keep])
            # On the phone a record may be corrected in place; the expediente keeps both versions on return.
            for operation in ("update", "delete"):
                connection.execute(f'DROP TRIGGER "{kind.record_table}_solo_adicion_{operation}"')
    return len(targets["codigo"])
