"""generate_demo: a complete, realistic and deterministic municipality."""
import hashlib
import re
import sqlite3

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeedback



@pytest.fixture(scope="module")
def demo(demo_store):
    from pot_seguimiento.store import open_store

    store = open_store(str(demo_store))
    yield store
    store.close()


def values(store, table, column):
    return store.read(table, [column], geometry=False)[0][column]


def test_sizes_are_those_of_a_city(demo):
    assert 18_000 <= demo.count("predio") <= 22_000
    nivel = values(demo, "unidad_territorial", "nivel").tolist()
    assert nivel.count("municipio") == 1
    assert 17 <= nivel.count("localidad") <= 22
    assert 90 <= nivel.count("upz") <= 105
    assert demo.count("proyecto") == 30
    assert demo.count("programa") == 6


def test_units_nest_municipality_localidad_upz(demo):
    data, geoms = demo.read("unidad_territorial")
    municipality = geoms[data["nivel"] == "municipio"][0]
    localidades = dict(zip(data["codigo"][data["nivel"] == "localidad"], geoms[data["nivel"] == "localidad"]))
    assert sum(g.area for g in localidades.values()) == pytest.approx(municipality.area, rel=1e-6)
    for code, parent, geometry in zip(data["codigo"], data["codigo_padre"], geoms):
        if code.startswith("UPZ"):
            assert shapely.intersection(geometry, localidades[parent]).area == pytest.approx(geometry.area, rel=1e-6)


def test_barrios_tile_their_upz(demo):
    """A barrio level (about one barrio per 1,000 lots, at least one per UPZ), nested in the UPZ."""
    data, geoms = demo.read("unidad_territorial")
    upz = dict(zip(data["codigo"][data["nivel"] == "upz"], geoms[data["nivel"] == "upz"]))
    barrio = data["nivel"] == "barrio"
    assert len(upz) <= barrio.sum() <= 1.5 * len(upz)
    assert set(data["codigo_padre"][barrio]) == set(upz)
    parents = np.array([upz[c] for c in data["codigo_padre"][barrio]], dtype=object)
    inside = shapely.area(shapely.intersection(geoms[barrio], parents)) / shapely.area(geoms[barrio])
    assert inside.min() > 1 - 1e-9
    for code, geometry in upz.items():
        pieces = geoms[barrio][data["codigo_padre"][barrio] == code]
        assert shapely.area(pieces).sum() == pytest.approx(geometry.area, rel=1e-9)
        assert shapely.union_all(pieces).area == pytest.approx(geometry.area, rel=1e-9)  # no overlaps


def test_blocks_lie_in_their_upz(demo):
    units, unit_geoms = demo.read("unidad_territorial", ["codigo"])
    by_code = dict(zip(units["codigo"], unit_geoms))
    blocks, block_geoms = demo.read("manzana")
    parents = np.array([by_code[c] for c in blocks["unidad"]], dtype=object)
    inside = shapely.area(shapely.intersection(block_geoms, parents)) / shapely.area(block_geoms)
    assert inside.min() > 0.999


def test_population_for_two_census_years_adds_up_by_sex_and_age(demo):
    data, _ = demo.read("poblacion")
    assert sorted(set(data["anio"])) == [2018, 2024]
    total = data["poblacion"].astype(int)
    assert (data["mujeres"] + data["hombres"] == total).all()
    assert set(data["nivel"]) == {"manzana"}
    bands, _ = demo.read("poblacion_edad")
    declared = {}  # (ambito, anio) -> {(desde, hasta): personas}
    for ambito, anio, desde, hasta, personas in zip(bands["ambito"], bands["anio"], bands["edad_desde"],
                                                     bands["edad_hasta"], bands["personas"]):
        declared.setdefault((ambito, anio), {})[(desde, hasta)] = personas
    five_year = [(a, a + 4) for a in range(0, 80, 5)] + [(80, None)]
    for ambito, anio, people in zip(data["ambito"], data["anio"], total):  # DANE's five-year bands, adding up
        assert sorted(declared[(ambito, anio)], key=lambda b: b[0]) == five_year
        assert sum(declared[(ambito, anio)].values()) == people
    assert set(data["ambito"][data["anio"] == 2024]) == set(values(demo, "manzana", "codigo"))
    assert total[data["anio"] == 2024].sum() > total[data["anio"] == 2018].sum() > 100_000


def test_land_value_for_four_years_falls_away_from_the_centre(demo):
    data, _ = demo.read("valor_suelo")
    assert sorted(set(data["anio"])) == [2022, 2023, 2024, 2025]
    lots, lot_geoms = demo.read("predio", ["codigo"])
    value_2024 = dict(zip(data["codigo"][data["anio"] == 2024], data["valor_m2"][data["anio"] == 2024]))
    assert len(value_2024) == len(lots["codigo"])
    centre = shapely.centroid(shapely.union_all(lot_geoms[::50]))
    distance = shapely.distance(shapely.centroid(lot_geoms), centre)
    value = np.array([value_2024[c] for c in lots["codigo"]])
    near, far = distance < np.quantile(distance, 0.1), distance > np.quantile(distance, 0.9)
    assert value[near].mean() > 2 * value[far].mean()
    assert 500_000 < np.median(value) < 10_000_000  # COP/m², a plausible reference value


def test_zoning_hazards_public_space_facilities_transit(demo):
    zoning, _ = demo.read("zonificacion", ["tipo", "categoria"])
    classes = set(zoning["categoria"][zoning["tipo"] == "clasificacion_suelo"])
    assert classes == {"urbano", "expansion", "rural"}
    assert "proteccion" in set(zoning["tipo"]) and "tratamiento" in set(zoning["tipo"])
    assert set(values(demo, "amenaza", "nivel")) == {"alta", "media", "baja"}
    assert set(values(demo, "espacio_publico", "efectivo")) == {0, 1}
    assert len(set(values(demo, "equipamiento", "sector"))) >= 4
    assert set(values(demo, "transporte", "capacidad")) == {"alta", "baja"}


def test_informal_growth_reaches_protection_land_and_high_hazard(demo):
    footprints, geoms = demo.read("huella")
    zoning, zoning_geoms = demo.read("zonificacion", ["tipo"])
    hazard, hazard_geoms = demo.read("amenaza", ["nivel"])
    protection = shapely.union_all(zoning_geoms[zoning["tipo"] == "proteccion"])
    high = shapely.union_all(hazard_geoms[hazard["nivel"] == "alta"])
    informal = footprints["informal"] == 1
    assert sorted(set(footprints["anio"])) == [2018, 2024]
    for year_before, year_after in [(2018, 2024)]:
        before = informal & (footprints["anio"] == year_before)
        after = informal & (footprints["anio"] == year_after)
        assert shapely.intersects(geoms[after], protection).sum() > shapely.intersects(geoms[before], protection).sum() > 0
        assert shapely.intersects(geoms[after], high).sum() > 0
    built_2018 = shapely.area(geoms[footprints["anio"] == 2018]).sum()
    built_2024 = shapely.area(geoms[footprints["anio"] == 2024]).sum()
    assert built_2024 > built_2018


def test_projects_have_an_uneven_history(demo):
    projects, _ = demo.read("proyecto")
    assert set(projects["horizonte"]) == {"corto", "mediano", "largo"}
    progress, _ = demo.read("avance")
    assert {"sin_iniciar", "en_ejecucion", "suspendido", "terminado"} <= set(progress["estado_reportado"])
    corrections = [r for r in progress["reemplaza"] if r is not None]
    assert corrections and all(progress["proyecto"][r - 1] for r in corrections)
    assert set(progress["proyecto"]) < set(projects["codigo"])  # some never reported
    budget, _ = demo.read("presupuesto_anual")
    # Most projects have an annual allocation; some have none (what proyectos_en_presupuesto measures).
    assert set(budget["proyecto"]) < set(projects["codigo"]) and len(set(budget["proyecto"])) >= len(projects["codigo"]) // 2


def test_indicator_definitions_cover_the_batteries(demo):
    codes = set(values(demo, "indicador", "codigo"))
    expected = {"epe_hab", "epe_deficit", "densidad_poblacion", "densidad_viviendas", "huella_urbana", "lcrpgr",
                "ocupacion_proteccion", "ocupacion_amenaza_alta", "poblacion_expuesta_amenaza",
                "cobertura_educacion", "acceso_transporte", "expansion_desarrollada", "valor_suelo_m2",
                "valor_suelo_mediana", "valor_suelo_variacion", "valor_suelo_variacion_real",
                "valor_suelo_indice", "proyectos_incumplimiento_corto", "proyectos_en_presupuesto",
                "avance_fisico_ponderado", "ejecucion_financiera", "inversion_per_capita"}
    assert expected <= codes


def _data_fingerprint(path):
    """Every row, but for what names the moment or the file: creation time, identifier, the time a
    row was recorded, and the evidence and archive folders (named after the expediente's file)."""
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM expediente WHERE clave IN ('creado_en', 'expediente_id')")
        connection.execute("UPDATE gpkg_contents SET last_change = ''")
        digest = hashlib.sha256()
        for line in connection.iterdump():
            line = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", "", line)
            digest.update(line.replace(f"{path.stem}_evidencias", "evidencias").replace(
                f"{path.stem}_archivo", "archivo").encode())
    return digest.hexdigest()


def test_same_seed_same_municipality(run, tmp_path):
    paths = [tmp_path / name for name in ("a.gpkg", "b.gpkg", "c.gpkg")]
    for path, seed in zip(paths, (7, 7, 8)):
        run("generate_demo", {"OUTPUT": str(path), "LOTS": 2000, "SEED": seed})
    a, b, c = (_data_fingerprint(p) for p in paths)
    assert a == b
    assert a != c


class CancelWhileWriting(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress > 50:
            self.cancel()


def test_cancelled_demo_leaves_no_file(run, tmp_path):
    path = tmp_path / "cancelado.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelado"):
        run("generate_demo", {"OUTPUT": str(path), "LOTS": 2000}, feedback=CancelWhileWriting())
    assert list(tmp_path.iterdir()) == []
