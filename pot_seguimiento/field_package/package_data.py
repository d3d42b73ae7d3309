"""The GeoPackage of a field package: the expediente's own schema, holding the alerts to visit,
an empty `visita` table, and the context layers clipped around the alerts. No QGIS here."""
import datetime

import numpy as np
import shapely

from ..core.geometry import polygonal_part, to_multipolygons
from ..store import GpkgStore, gpkg_schema
from . import CONTEXT_MARGIN_M, CONTEXT_TABLES, PACKAGE_KIND


def _without_fid(data):
    return {name: values for name, values in data.items() if name != "fid"}


def write_package_data(store, codes, path, package_id, inspector):
    """Write the package's GeoPackage at `path` (new file); returns the number of alerts in it."""
    placeholders = ", ".join("?" * len(codes))
    alerts, outlines = store.read("alerta_ocupacion", where=f"codigo IN ({placeholders})", params=tuple(codes))
    area = shapely.box(*shapely.total_bounds(outlines)).buffer(CONTEXT_MARGIN_M, join_style="mitre")
    package = GpkgStore.create(path, store.crs_authid, store.info.get("municipio", ""),
                               store.info.get("codigo_dane", ""))
    with package:
        with package.transaction() as connection:
            connection.executemany(
                f"INSERT OR REPLACE INTO {gpkg_schema.quote('expediente')} (clave, valor) VALUES (?, ?)",
                [("tipo", PACKAGE_KIND), ("expediente_origen", store.expediente_id), ("paquete", package_id),
                 ("inspector", inspector),
                 ("empaquetado_en", datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"))])
            package.insert("alerta_ocupacion", _without_fid(alerts), outlines)
            for table_name in CONTEXT_TABLES:
                data, geometries = store.read_in_box(table_name, area.bounds)
                clipped = to_multipolygons(polygonal_part(shapely.intersection(geometries, area))) \
                    if len(geometries) else geometries
                keep = ~shapely.is_empty(clipped) if len(geometries) else np.zeros(0, bool)
                package.insert(table_name, {k: v[keep] for k, v in _without_fid(data).items()}, clipped[keep])
            # On the phone a visit may be corrected in place; the expediente keeps both versions on return.
            for operation in ("update", "delete"):
                connection.execute(f'DROP TRIGGER "visita_solo_adicion_{operation}"')
    return len(alerts["codigo"])
