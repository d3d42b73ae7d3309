"""The demo's street network (`via`): the grid of streets between its blocks, so the services observatory's
distances along the streets (core/indicators/street_network.py) can be tried.

One segment per block side, from one street crossing to the next, on the centre line of the 16 m street between
blocks; a side is kept where a block borders it. Every eighth street of each direction is an arterial that goes on
across the whole urban area, bridges over the river's ronda included (the local grid stops at the ronda, as its
blocks do); every fourth is an intermediate street. Segments meet at shared crossing points (a noded network). No
random draw: the rest of the demo is the same with or without it.
"""
import numpy as np
import shapely

from .territory import BLOCK_H, BLOCK_W, STREET

ARTERIAL_EVERY, INTERMEDIATE_EVERY = 8, 4


def grid(territory, x0, y0):
    """via columns and lines for the blocks whose lower-left corners are (x0, y0) (Territory.block_grid)."""
    minx, miny, _, _ = territory.urban.bounds
    pitch_x, pitch_y = BLOCK_W + STREET, BLOCK_H + STREET
    i = np.rint((np.asarray(x0) - minx) / pitch_x).astype(int)
    j = np.rint((np.asarray(y0) - miny) / pitch_y).astype(int)
    nx, ny = int(i.max()) + 2, int(j.max()) + 2  # crossings around every block
    block = np.zeros((nx + 1, ny + 1), bool)  # padded: block[i, j] of the cell whose lower-left crossing is (i, j)
    block[i, j] = True
    cross_x = minx - STREET / 2 + np.arange(nx + 1) * pitch_x
    cross_y = miny - STREET / 2 + np.arange(ny + 1) * pitch_y
    # Horizontal sides: crossing (a, b) to (a + 1, b), between the cells (a, b - 1) and (a, b).
    ha, hb = (g.ravel() for g in np.meshgrid(np.arange(nx), np.arange(ny + 1), indexing="ij"))
    h_blocks = block[ha, hb] | block[ha, np.maximum(hb - 1, 0)] & (hb > 0)
    # Vertical sides: crossing (a, b) to (a, b + 1), between the cells (a - 1, b) and (a, b).
    va, vb = (g.ravel() for g in np.meshgrid(np.arange(nx + 1), np.arange(ny), indexing="ij"))
    v_blocks = block[va, vb] | block[np.maximum(va - 1, 0), vb] & (va > 0)
    shapely.prepare(territory.urban)
    h_mid = shapely.points((cross_x[ha] + cross_x[ha + 1]) / 2, cross_y[hb])
    v_mid = shapely.points(cross_x[va], (cross_y[vb] + cross_y[vb + 1]) / 2)
    h_arterial = (hb % ARTERIAL_EVERY == 0) & shapely.contains(territory.urban, h_mid)
    v_arterial = (va % ARTERIAL_EVERY == 0) & shapely.contains(territory.urban, v_mid)
    h_keep, v_keep = h_blocks | h_arterial, v_blocks | v_arterial
    ha, hb, h_arterial = ha[h_keep], hb[h_keep], h_arterial[h_keep]
    va, vb, v_arterial = va[v_keep], vb[v_keep], v_arterial[v_keep]
    lines = np.concatenate([
        shapely.linestrings(np.stack([np.column_stack([cross_x[ha], cross_y[hb]]),
                                      np.column_stack([cross_x[ha + 1], cross_y[hb]])], axis=1)),
        shapely.linestrings(np.stack([np.column_stack([cross_x[va], cross_y[vb]]),
                                      np.column_stack([cross_x[va], cross_y[vb + 1]])], axis=1))])
    street = np.concatenate([hb, va])  # the street's number along its direction
    arterial = np.concatenate([h_arterial, v_arterial])
    kind = np.where(arterial, "arterial", np.where(street % INTERMEDIATE_EVERY == 0, "intermedia", "local"))
    names = np.concatenate([np.char.add("Calle ", (hb + 1).astype(str)), np.char.add("Carrera ", (va + 1).astype(str))])
    n = len(lines)
    return {"codigo": np.char.add("V", np.char.zfill(np.arange(1, n + 1).astype(str), 6)).astype(object),
            "nombre": names.astype(object), "tipo": kind.astype(object),
            "sentido": np.full(n, "doble", dtype=object)}, lines
