"""The street network (`via`, schema v6) comes in through import_layer like any layer: lines kept (a LineString as a
one-part MultiLineString), points and polygons refused with nothing written."""
import pytest
from test_import_layer import geojson, import_layer, refused, square

MAPPING = "codigo=\"cod\"\nnombre=\"nom\"\ntipo=\"clase\""


def line(*points):
    return {"type": "LineString", "coordinates": [list(p) for p in points]}


def test_streets_import_as_lines(run, empty_store, tmp_path):
    from pot_seguimiento.store import open_store

    path = geojson(tmp_path / "malla_vial.geojson", [
        ({"cod": "T1", "nom": "Avenida Caracas", "clase": "arterial"}, line((-74.07, 4.60), (-74.07, 4.61))),
        ({"cod": "T2", "nom": "Calle 26", "clase": "intermedia"},
         {"type": "MultiLineString", "coordinates": [[[-74.08, 4.62], [-74.07, 4.62]],
                                                     [[-74.07, 4.62], [-74.06, 4.621]]]})])
    assert import_layer(run, empty_store, TABLE="via", INPUT=path, MAPPING=MAPPING)["IMPORTED"] == 2
    with open_store(str(empty_store)) as store:
        data, lines = store.read("via")
    assert list(data["tipo"]) == ["arterial", "intermedia"]
    assert [g.geom_type for g in lines] == ["MultiLineString", "MultiLineString"]
    assert lines[0].length == pytest.approx(1106, rel=0.01)  # 0.01° of latitude, in metres (EPSG:9377)


@pytest.mark.parametrize("geometry, kind", [({"type": "Point", "coordinates": [-74.07, 4.6]}, "Point"),
                                            (square(-74.07, 4.6), "Polygon")])
def test_a_street_layer_of_points_or_polygons_is_refused(run, empty_store, tmp_path, geometry, kind):
    path = geojson(tmp_path / "no_lineas.geojson", [
        ({"cod": "T1", "nom": "Avenida Caracas", "clase": "arterial"}, line((-74.07, 4.60), (-74.07, 4.61))),
        ({"cod": "T2", "nom": "Calle 26", "clase": "arterial"}, geometry)])
    message = refused(run, empty_store, "No se importó nada", TABLE="via", INPUT=path, MAPPING=MAPPING)
    assert f"tipo de geometría {kind}" in message and "'via'" in message


def test_a_street_of_an_unknown_type_is_refused(run, empty_store, tmp_path):
    path = geojson(tmp_path / "tipo.geojson", [({"cod": "T1", "nom": "Avenida", "clase": "autopista_voladora"},
                                               line((-74.07, 4.60), (-74.07, 4.61)))])
    refused(run, empty_store, "autopista_voladora", TABLE="via", INPUT=path, MAPPING=MAPPING)


def test_the_store_refuses_a_polygon_in_the_street_table_whoever_writes_it(empty_store):
    """A migration or a script writing to `via` meets the same rule (store/write_rules.py), and nothing is written."""
    import shapely

    from pot_seguimiento.core.errors import UnstorableError
    from pot_seguimiento.store import open_store

    with open_store(str(empty_store)) as store:
        with pytest.raises(UnstorableError, match="un Polygon no se puede guardar en una capa de líneas"):
            with store.transaction():
                store.insert("via", {"tipo": ["local", "local"]},
                             [shapely.LineString([(4_880_000, 2_070_000), (4_880_100, 2_070_000)]),
                              shapely.box(4_880_000, 2_070_000, 4_880_100, 2_070_100)])
        assert store.count("via") == 0
