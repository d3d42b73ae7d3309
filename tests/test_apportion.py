"""The raster shortcut for lots gives exactly the shares of plain geometry."""
import numpy as np
import pytest
import shapely


def test_box_shares_equal_exact_area_shares():
    from pot_seguimiento.core.indicators.apportion import area_shares, box_shares

    rng = np.random.default_rng(3)
    frame = shapely.box(0, 0, 5000, 4000)
    units = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(rng.uniform(0, 4000, (15, 2))),
                                                       extend_to=frame))
    units = shapely.intersection(units, frame)
    x, y = rng.uniform(-100, 5000, 20000), rng.uniform(-100, 4000, 20000)
    w, h = rng.uniform(2, 60, 20000), rng.uniform(2, 60, 20000)
    lots = shapely.box(x, y, x + w, y + h)  # some outside the frame, many across unit edges
    fast = box_shares(shapely.bounds(lots), units, lambda indices: lots[indices])
    exact = area_shares(lots, units)

    def as_dict(shares):
        return {(s, u): w for s, u, w in zip(shares.source, shares.unit, shares.weight)}

    fast, exact = as_dict(fast), as_dict(exact)
    assert fast.keys() == exact.keys()
    assert all(fast[k] == pytest.approx(exact[k], abs=1e-12) for k in exact)
    assert sum(1 for w in exact.values() if w < 1) > 100  # the test does cross edges
