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


def _overlapping_layer(rng, count, frame_size):
    """Footprint-like boxes, many over each other and across unit edges, some drawn twice,
    some holed, one invalid bow-tie (make_valid repairs it), as a city's layers come."""
    x, y = rng.uniform(-50, frame_size, count), rng.uniform(-50, frame_size * 0.8, count)
    w, h = rng.uniform(5, 120, count), rng.uniform(5, 90, count)
    boxes = shapely.box(x, y, x + w, y + h)
    holed = shapely.difference(boxes[:20], shapely.box(x[:20] + 2, y[:20] + 2, x[:20] + 4, y[:20] + 4))
    bow_tie = shapely.Polygon([(100, 100), (300, 300), (300, 100), (100, 300)])
    return np.concatenate([boxes, boxes[:30], holed, [bow_tie]])


@pytest.mark.parametrize("seed", [5, 11])
def test_parts_apportion_like_one_union_cut_by_every_unit(seed):
    """The fast way (interior-disjoint parts, each unit settled by an STRtree) against the
    straightforward one (the layer dissolved into one union, intersected with every unit), on
    overlapping features crossing unit edges; the municipality is one more unit around the rest."""
    from pot_seguimiento.core.indicators.apportion import (area_by_unit, area_inside, disjoint_parts, dissolve,
                                                          intersect_parts, share_inside)

    rng = np.random.default_rng(seed)
    frame = shapely.box(0, 0, 5000, 4000)
    units = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(rng.uniform(0, 4000, (40, 2))),
                                                       extend_to=frame))
    units = np.append(shapely.intersection(units, frame), frame)
    footprints = _overlapping_layer(rng, 4000, 5000)
    zones = np.array([shapely.Point(2000, 2000).buffer(900), shapely.Point(2600, 2000).buffer(700),
                      shapely.box(0, 0, 5000, 300)], dtype=object)  # overlapping zones

    parts = disjoint_parts(footprints)
    assert len(parts) < len(footprints)  # clusters were merged
    assert shapely.area(parts).sum() == pytest.approx(dissolve(footprints).area, rel=1e-12)
    fast = area_by_unit(units, parts)
    plain = area_inside(units, dissolve(footprints))
    assert fast == pytest.approx(plain, rel=1e-9, abs=1e-6)
    assert fast[:-1].sum() == pytest.approx(fast[-1], rel=1e-9)  # the units tile the municipality
    assert 0 < fast[:-1].sum() < shapely.area(footprints).sum() * 0.95  # overlaps did count once

    zone_parts = disjoint_parts(zones)
    occupied = area_by_unit(units, intersect_parts(parts, zone_parts))
    plain = area_inside(units, shapely.intersection(dissolve(footprints), dissolve(zones)))
    assert occupied == pytest.approx(plain, rel=1e-9, abs=1e-6)
    assert occupied[-1] > 0

    bx, by = rng.uniform(0, 4900, 500), rng.uniform(0, 3900, 500)
    blocks = shapely.box(bx, by, bx + 90, by + 60)
    share = share_inside(blocks, zone_parts)
    plain = shapely.area(shapely.intersection(blocks, dissolve(zones))) / shapely.area(blocks)
    assert share == pytest.approx(plain, rel=1e-9, abs=1e-12)
    assert ((share > 0) & (share < 1)).sum() > 5  # blocks across the zones' edges were cut


def test_parts_of_nothing_and_of_a_single_union():
    from pot_seguimiento.core.indicators.apportion import area_by_unit, disjoint_parts, intersect_parts

    units = np.array([shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10)], dtype=object)
    assert list(area_by_unit(units, disjoint_parts([]))) == [0, 0]
    assert list(area_by_unit(units, None)) == [0, 0]
    assert list(area_by_unit(units, intersect_parts(None, [shapely.box(0, 0, 5, 5)]))) == [0, 0]
    # An already dissolved layer is one part: the same numbers.
    assert list(area_by_unit(units, shapely.box(5, 0, 15, 2))) == [10, 10]
    # Two squares drawn over each other, and a line that has no area.
    layer = [shapely.box(0, 0, 4, 4), shapely.box(2, 0, 6, 4), shapely.LineString([(0, 0), (9, 9)])]
    assert list(area_by_unit(units, disjoint_parts(layer))) == [24, 0]
