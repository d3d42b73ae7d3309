"""Which unit a small box lies in, by raster lookup instead of geometry predicates.

The units are burnt into a grid (unit index per cell) and their boundaries are
marked, conservatively, as "edge" cells (every cell a boundary touches, grown by
one cell). A box whose cells include no edge cell lies wholly inside the unit
of any of its cells, and a summed-area table answers "any edge cell in this
rectangle?" with four lookups. Boxes near a boundary are left for an exact test.
Nothing is created per box: a million lots settle in a few numpy operations.
"""
import numpy as np
import shapely

from ..gdal_support import gdal_exceptions, memory_vector_driver

MAX_CELLS_PER_SIDE = 2500


class UnitGrid:
    def __init__(self, units):
        with gdal_exceptions():
            self._burn(units)

    def _burn(self, units):
        from osgeo import gdal, ogr, osr

        units = np.asarray(units, dtype=object)
        minx, miny, maxx, maxy = shapely.total_bounds(units)
        self.cell = max(maxx - minx, maxy - miny, 1e-6) / MAX_CELLS_PER_SIDE
        self.left, self.top = minx - self.cell, maxy + self.cell
        self.columns = int(np.ceil((maxx - minx) / self.cell)) + 3
        self.rows = int(np.ceil((maxy - miny) / self.cell)) + 3
        raster = gdal.GetDriverByName("MEM").Create("", self.columns, self.rows, 2, gdal.GDT_Int32)
        raster.SetGeoTransform([self.left, self.cell, 0, self.top, 0, -self.cell])
        raster.GetRasterBand(1).Fill(-1)
        plane = osr.SpatialReference()
        plane.SetLocalCS("plano")  # the same (unnamed) plane for raster and vectors: no reprojection
        raster.SetProjection(plane.ExportToWkt())
        vectors = memory_vector_driver().CreateDataSource("")
        areas = vectors.CreateLayer("units", plane, ogr.wkbUnknown)
        areas.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
        edges = vectors.CreateLayer("edges", plane, ogr.wkbUnknown)
        boundaries = shapely.to_wkb(shapely.boundary(units))
        for index, (polygon, boundary) in enumerate(zip(shapely.to_wkb(units), boundaries)):
            feature = ogr.Feature(areas.GetLayerDefn())
            feature.SetField("id", index)
            feature.SetGeometry(ogr.CreateGeometryFromWkb(polygon))
            areas.CreateFeature(feature)
            line = ogr.Feature(edges.GetLayerDefn())
            line.SetGeometry(ogr.CreateGeometryFromWkb(boundary))
            edges.CreateFeature(line)
        gdal.RasterizeLayer(raster, [1], areas, options=["ATTRIBUTE=id"])
        gdal.RasterizeLayer(raster, [2], edges, burn_values=[1], options=["ALL_TOUCHED=TRUE"])
        self.unit = raster.GetRasterBand(1).ReadAsArray()
        edge = raster.GetRasterBand(2).ReadAsArray() > 0
        grown = edge.copy()  # one more cell all round: no reliance on exact rasterisation at cell borders
        grown[1:, :] |= edge[:-1, :]
        grown[:-1, :] |= edge[1:, :]
        grown[:, 1:] |= edge[:, :-1]
        grown[:, :-1] |= edge[:, 1:]
        # int32 holds any count of a grid this size (at most 2,503² cells) at half int64's memory and time.
        self.edge_sum = np.zeros((self.rows + 1, self.columns + 1), np.int32)
        self.edge_sum[1:, 1:] = grown.cumsum(axis=0, dtype=np.int32).cumsum(axis=1, dtype=np.int32)

    def settle(self, boxes):
        """(unit index per box, or -1 where the box is in no unit; True where that is certain)."""
        boxes = np.asarray(boxes, float).reshape(-1, 4)
        c0 = np.floor((boxes[:, 0] - self.left) / self.cell).astype(np.int64)
        c1 = np.floor((boxes[:, 2] - self.left) / self.cell).astype(np.int64)
        r0 = np.floor((self.top - boxes[:, 3]) / self.cell).astype(np.int64)
        r1 = np.floor((self.top - boxes[:, 1]) / self.cell).astype(np.int64)
        on_grid = (c0 >= 0) & (r0 >= 0) & (c1 < self.columns) & (r1 < self.rows)
        c0, c1, r0, r1 = (np.clip(v, 0, limit - 1) for v, limit in
                          ((c0, self.columns), (c1, self.columns), (r0, self.rows), (r1, self.rows)))
        s = self.edge_sum
        edges = s[r1 + 1, c1 + 1] - s[r0, c1 + 1] - s[r1 + 1, c0] + s[r0, c0]
        certain = on_grid & (edges == 0)
        return np.where(certain, self.unit[r0, c0], -1), certain
