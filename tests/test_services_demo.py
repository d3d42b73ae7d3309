"""The services observatory on the demo municipality, checked independently: capacity by localidad and the target
population of education recomputed straight from the tables (SQLite and shapely, not the engine)."""
import shutil
import sqlite3

import numpy as np
import pytest
import shapely

P = pytest.approx


@pytest.fixture(scope="module")
def demo_services(run, demo_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo_servicios") / "demo.gpkg"
    shutil.copy(demo_store, path)
    codes = "oferta_demanda_educacion,accesibilidad_educacion,uso_capacidad_educacion,deficit_educacion"
    run("compute_indicators", {"EXPEDIENTE": str(path), "PERIOD": "2025-S2", "LEVEL": "localidad",
                               "INDICATORS": codes, "OUTPUT": "memory:"})
    return path


def geometries(connection, sql):
    from pot_seguimiento.store.geometry_blob import decode

    rows = connection.execute(sql).fetchall()
    return [row[:-1] for row in rows], np.asarray(decode([row[-1] for row in rows]), dtype=object)


def test_capacity_and_school_age_population_by_localidad_recomputed_from_the_tables(demo_services):
    with sqlite3.connect(demo_services) as connection:
        units, polygons = geometries(connection, "SELECT codigo, geom FROM unidad_territorial "
                                                 "WHERE nivel = 'localidad'")
        schools, points = geometries(connection, "SELECT capacidad, geom FROM equipamiento "
                                                 "WHERE sector = 'educacion' AND estado = 'operando'")
        blocks, shapes = geometries(connection, "SELECT codigo, geom FROM manzana")
        bands = connection.execute("SELECT ambito, edad_desde, personas FROM poblacion_edad WHERE anio = 2024 "
                                   "AND edad_desde IN (5, 10, 15)").fetchall()
        measured = {row[0]: row[1:] for row in connection.execute(
            "SELECT ambito, valor, numerador, denominador FROM medicion WHERE indicador = 'oferta_demanda_educacion' "
            "AND periodo = '2025-S2'")}
    school_age = {}
    for block, desde, persons in bands:  # 5–9 and 10–14 whole, 15–19 for ages 15 and 16: 2 of its 5 years
        school_age[block] = school_age.get(block, 0) + persons * (0.4 if desde == 15 else 1.0)
    anchors = shapely.point_on_surface(shapes)
    for (code,), polygon in zip(units, polygons):
        capacity = sum(c for (c,), p in zip(schools, points) if polygon.intersects(p))
        children = sum(school_age.get(b, 0) for (b,), a in zip(blocks, anchors) if polygon.contains(a))
        value, numerator, denominator = measured[code]
        assert numerator == P(capacity) and denominator == P(children)
        assert value == (P(capacity / children * 1000) if children else None)
    assert sum(1 for row in measured.values() if row[0] is not None) >= 10


def test_use_of_capacity_reads_the_reports_of_the_semester(demo_services):
    with sqlite3.connect(demo_services) as connection:
        users, capacity = connection.execute(
            "SELECT sum(r.usuarios), sum(e.capacidad) FROM reporte_equipamiento r JOIN equipamiento e "
            "ON e.codigo = r.equipamiento WHERE r.periodo = '2025-S2' AND e.sector = 'educacion' "
            "AND e.estado = 'operando'").fetchone()
        city = connection.execute("SELECT valor FROM medicion WHERE indicador = 'uso_capacidad_educacion' "
                                  "AND nivel = 'municipio' AND periodo = '2025-S2'").fetchone()[0]
        crowded = connection.execute("SELECT count(*) FROM reporte_equipamiento r JOIN equipamiento e ON "
                                     "e.codigo = r.equipamiento WHERE r.usuarios > e.capacidad").fetchone()[0]
    assert city == P(users / capacity * 100)
    assert crowded > 0  # the demo has facilities over capacity


def test_the_demo_measures_accessibility_along_its_streets(demo_services):
    """The demo has a street grid (via), so E2SFCA runs along it, which the note and parameters say; along streets no
    supply reaches more people than it has (Σ P·A is at most the schools' capacity)."""
    import json

    with sqlite3.connect(demo_services) as connection:
        streets, arterial = connection.execute("SELECT count(*), sum(tipo = 'arterial') FROM via").fetchone()
        capacity = connection.execute("SELECT sum(capacidad) FROM equipamiento WHERE sector = 'educacion' "
                                      "AND estado = 'operando'").fetchone()[0]
        value, numerator, note, parameters = connection.execute(
            "SELECT valor, numerador, nota, parametros FROM medicion WHERE indicador = 'accesibilidad_educacion' "
            "AND nivel = 'municipio' AND periodo = '2025-S2'").fetchone()
    assert streets > 1000 and arterial > 0
    assert json.loads(parameters)["distancia"] == "malla_vial"
    assert "distancias por la malla vial (tabla via:" in note
    assert 0 < numerator <= capacity + 1e-6 and value > 0


def test_the_demo_reports_users_in_its_population_bands(demo_services):
    """Users by age in DANE's five-year bands, the ones the demo's population declares; never more than the users."""
    with sqlite3.connect(demo_services) as connection:
        bands = connection.execute("SELECT DISTINCT edad_desde, edad_hasta FROM reporte_equipamiento_edad "
                                   "ORDER BY edad_desde").fetchall()
        declared = connection.execute("SELECT DISTINCT edad_desde, edad_hasta FROM poblacion_edad WHERE anio = 2024 "
                                      "ORDER BY edad_desde").fetchall()
        above = connection.execute("SELECT count(*) FROM reporte_equipamiento r JOIN (SELECT reporte, sum(usuarios) "
                                   "AS s FROM reporte_equipamiento_edad GROUP BY reporte) e ON e.reporte = r.fid "
                                   "WHERE e.s > r.usuarios").fetchone()[0]
    assert set(bands) <= set(declared) and len(declared) == 17 and len(bands) >= 10
    assert above == 0


def test_the_expediente_pdf_has_the_observatory_section(run, demo_services, tmp_path):
    """Supply-vs-demand and accessibility maps per sector with the facilities, the deficit table by unit; rendered
    to PNG (pdftoppm) for a person to look at: tmp_path/observatorio-*.png."""
    import subprocess

    sectors = ("educacion", "salud", "bienestar")
    codes = [f"{prefix}_{sector}" for sector in sectors for prefix in
             ("oferta_demanda", "accesibilidad", "deficit", "poblacion_sin_servicio", "uso_capacidad")]
    run("compute_indicators", {"EXPEDIENTE": str(demo_services), "PERIOD": "2025-S2", "LEVEL": "localidad",
                               "INDICATORS": ",".join(codes), "OUTPUT": "memory:"})
    pdf = tmp_path / "expediente.pdf"
    run("export_expediente", {"EXPEDIENTE": str(demo_services), "PERIOD": "2025-S2", "LEVEL": "localidad",
                              "OUTPUT": str(pdf)})
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")
    supply = [i for i, page in enumerate(pages) if "Oferta frente a demanda — educación" in page]
    access = [i for i, page in enumerate(pages) if "Accesibilidad (E2SFCA) — centro" in page or
              "Accesibilidad (E2SFCA) — bienestar social" in page]
    assert supply and access
    assert "Población objetivo" in pages[supply[0]] and "Uso de la capacidad %" in pages[supply[0]]
    assert not any("Accesibilidad a equipamientos de educación (E2SFCA)" in page for page in pages[2:supply[0]])
    for name, index in (("oferta_educacion", supply[0]), ("accesibilidad_bienestar", access[0])):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(index + 1), "-l", str(index + 1), str(pdf),
                        str(tmp_path / f"observatorio-{name}")], check=True)
    print("PNG:", sorted(str(p) for p in tmp_path.glob("observatorio-*.png")))


def test_the_open_data_publishes_the_deficit_table_by_unit(run, demo_services, tmp_path):
    """One CSV per sector measured for the period (the section's table), the municipality first."""
    import csv

    codes = [f"{prefix}_{sector}" for sector in ("educacion", "salud", "bienestar") for prefix in
             ("oferta_demanda", "accesibilidad", "deficit", "poblacion_sin_servicio", "uso_capacidad")]
    run("compute_indicators", {"EXPEDIENTE": str(demo_services), "PERIOD": "2025-S2", "LEVEL": "localidad",
                               "INDICATORS": ",".join(codes), "OUTPUT": "memory:"})
    run("export_open_data", {"EXPEDIENTE": str(demo_services), "PERIOD": "2025-S2", "OUTPUT": str(tmp_path)})
    files = sorted(tmp_path.glob("observatorio_servicios_deficit_*.csv"))
    assert [f.name.split("_")[3] for f in files] == ["bienestar", "educacion", "salud"]
    text = files[1].read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";" if ";" in text.splitlines()[0] else ","))
    assert rows[0][:3] == ["Unidad", "Población objetivo", "Oferta por 1.000"]
    assert rows[1][0] == "San Isidro del Llano (demo)" and len(rows) > 10
