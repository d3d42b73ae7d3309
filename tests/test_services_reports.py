"""The observatory of social services in the documents (issue 22, point 5): the nodes of equipamientos with their
projects' progress in the expediente PDF, the chapter of the report to the Concejo, and legends that keep every class
in their frame. Figures are recomputed from the tables (SQLite), not from the engine or the report model; the pages
looked at are rendered to PNG in /work/shots/svc when that folder exists (else tmp_path)."""
import pathlib
import re
import shutil
import sqlite3
import subprocess
import unicodedata

import pytest

SECTORS = ("educacion", "bienestar", "cuidado")
SHOTS = pathlib.Path("/work/shots/svc")


@pytest.fixture(scope="module")
def services_store(run, demo_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("servicios_documentos") / "demo.gpkg"
    shutil.copy(demo_store, path)
    codes = [f"{prefix}_{sector}" for sector in SECTORS for prefix in
             ("oferta_demanda", "accesibilidad", "deficit", "poblacion_sin_servicio", "uso_capacidad")]
    run("compute_indicators", {"EXPEDIENTE": str(path), "PERIOD": "2025-S2", "LEVEL": "localidad",
                               "INDICATORS": ",".join(codes), "OUTPUT": "memory:"})
    return path


def pdf_pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text).split("\f")


def look(pdf, index, name, tmp_path):
    """Page `index` (0-based) as a PNG for a person to look at."""
    folder = SHOTS if SHOTS.is_dir() else tmp_path
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", "-f", str(index + 1), "-l", str(index + 1),
                    str(pdf), str(folder / name)], check=True)
    print("PNG:", folder / f"{name}.png")


def spanish(value, decimals):
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def progress_at_cutoff(connection, project, cutoff="2025-12-31", period="2025-S2"):
    """The project's cumulative physical progress in its latest report by the cut-off that no correction replaced, as
    a percentage of its goal; None without a report."""
    reports = connection.execute("SELECT fid, periodo, avance_fisico, reemplaza FROM avance WHERE proyecto = ? AND "
                                 "fecha_corte <= ? AND periodo <= ?", (project, cutoff, period)).fetchall()
    replaced = {r[3] for r in reports if r[3] is not None}
    valid = sorted((r for r in reports if r[0] not in replaced), key=lambda r: (r[1], r[0]))
    if not valid:
        return None
    goal = connection.execute("SELECT meta_cantidad FROM proyecto WHERE codigo = ?", (project,)).fetchone()[0]
    return valid[-1][2] / goal * 100


def test_the_expediente_pdf_maps_the_nodes_with_their_projects_progress(run, services_store, tmp_path):
    """A node that is a POT project shows its project's physical progress at the cut-off, as the progress reports
    give it; a node that is no project says so."""
    pdf = tmp_path / "expediente.pdf"
    run("export_expediente", {"EXPEDIENTE": str(services_store), "PERIOD": "2025-S2", "LEVEL": "localidad",
                              "OUTPUT": str(pdf)})
    pages = pdf_pages(pdf)
    index = next(i for i, page in enumerate(pages) if "Estado al 31 de diciembre de 2025 · un nodo que es proyecto del POT" in page)
    page = pages[index]
    with sqlite3.connect(services_store) as connection:
        nodes = connection.execute("SELECT codigo, nombre, proyecto FROM nodo_equipamiento ORDER BY codigo").fetchall()
        managers = dict(connection.execute("SELECT n.codigo, e.nombre FROM nodo_equipamiento n JOIN entidad e ON "
                                           "e.codigo = n.gestor").fetchall())
        expected = {code: progress_at_cutoff(connection, project) for code, _, project in nodes if project}
    assert len(nodes) == 4 and len(expected) == 3
    words = " ".join(page.split())  # (table cells wrap over several lines of text)
    # (the progress header wraps over three lines, each word read beside another column's line)
    assert all(word in words for word in ("Avance", "físico", "Gestor", "Proyecto del POT"))
    shown = re.findall(r"(\d+,\d) %", words)
    assert shown == [spanish(expected[code], 1) for code, _, project in nodes if project]  # in the nodes' order
    for code, name, project in nodes:
        assert code in words and managers[code].split()[-1] in words
        assert (project in words) if project else ("ninguno" in words)
    assert "3 de 4 nodos son proyectos del POT" in " ".join(page.split())
    look(pdf, index, "expediente-nodos", tmp_path)


def legend_rows(legend):
    """What the legend lists: (layer title, [class labels])."""
    model = legend.model()
    return [(node.name(), [n.data(0) for n in model.layerLegendNodes(node)])
            for node in model.rootGroup().findLayers()]


def test_every_legend_class_of_the_service_maps_is_inside_its_frame(services_store, tmp_path):
    """The early-childhood accessibility map had 7 value classes and its legend ran under the table: 'sin dato' and
    the facilities were hidden. Each service map's legend now lists every class the map draws, inside the box the
    page gives it, clear of the table."""
    from qgis.core import QgsLayoutFrame

    from pot_seguimiento.cartography.expediente_report import ExpedienteReport
    from pot_seguimiento.cartography.pages import MAX_CLASSES, legend_size

    renderer = ExpedienteReport(str(services_store), "2025-S2", "localidad", str(tmp_path))
    pages = renderer.social_services()
    checked = []
    for page in pages:
        legend = page.items.get("leyenda")
        if legend is None or page.items.get("mapa") is None:
            continue
        title = page.items["titulo"].text()
        map_layers = page.items["mapa"].layers()
        drawn = []  # the classes the map draws: its value classes, 'sin dato', the facilities or the nodes' states
        for layer in map_layers:
            renderer_ = layer.renderer()
            if layer.name() == "sin dato" or layer.name().startswith("Equipamientos"):
                drawn.append(layer.name())
            elif hasattr(renderer_, "ranges"):
                drawn += [r.label() for r in renderer_.ranges()]
                assert len(renderer_.ranges()) <= MAX_CLASSES, title
            elif hasattr(renderer_, "categories") and layer.name().startswith("Nodos"):
                drawn += [c.label() for c in renderer_.categories()]
        listed = [label for name, labels in legend_rows(legend) for label in (labels if len(labels) > 1 else [name])]
        assert sorted(listed) == sorted(drawn), title
        width, height = legend_size(page.layout, legend)
        box = legend.sizeWithUnits()
        assert height <= box.height() + 0.5, (title, width, height)  # (its width: clear of the items beside it)
        frames = [i for i in page.layout.items() if isinstance(i, QgsLayoutFrame)]
        assert not any(legend.sceneBoundingRect().intersects(f.sceneBoundingRect()) for f in frames), title
        checked.append(title)
    assert "Accesibilidad (E2SFCA) — bienestar social" in checked and "Nodos de equipamientos" in checked
    assert len(checked) == 2 * len(SECTORS) + 1


def test_the_early_childhood_accessibility_page_shows_sin_dato_and_the_facilities(run, services_store, tmp_path):
    """Rendered: the legend's last classes are on the page as text, above the table's first row."""
    pdf = tmp_path / "expediente.pdf"
    run("export_expediente", {"EXPEDIENTE": str(services_store), "PERIOD": "2025-S2", "LEVEL": "localidad",
                              "OUTPUT": str(pdf)})
    pages = pdf_pages(pdf)
    index = next(i for i, page in enumerate(pages) if "Accesibilidad (E2SFCA) — bienestar social" in page)
    lines = pages[index].splitlines()
    table = next(i for i, line in enumerate(lines) if "Déficit" in line)
    assert any("sin dato" in line for line in lines[:table]) and any("Equipamientos (" in line for line in lines[:table])
    look(pdf, index, "expediente-accesibilidad-primera-infancia", tmp_path)


def test_the_report_to_the_concejo_has_the_services_chapter(run, services_store, tmp_path):
    """Per sector: supply against demand, accessibility, deficit and use of capacity, in Spanish numbers; by unit in a
    table; the municipality's figures the same as the measurements of the year's last semester."""
    pdf = tmp_path / "informe.pdf"
    run("export_informe_concejo", {"EXPEDIENTE": str(services_store), "YEAR": 2025, "OUTPUT": str(pdf)})
    pages = pdf_pages(pdf)
    chapter = [i for i, page in enumerate(pages) if "Observatorio de servicios sociales" in "".join(
        page.splitlines()[:8])]
    assert chapter, "no services chapter"
    text = " ".join(" ".join(pages[i] for i in chapter).split())
    with sqlite3.connect(services_store) as connection:
        city = {(code, ): (valor, denominador) for code, valor, denominador in connection.execute(
            "SELECT indicador, valor, denominador FROM medicion WHERE periodo = '2025-S2' AND nivel = 'municipio'")}
        units = connection.execute("SELECT count(*) FROM unidad_territorial WHERE nivel = 'localidad'").fetchone()[0]
    for sector, name in (("educacion", "Educación"), ("bienestar", "Bienestar social"), ("cuidado", "Cuidado")):
        supply, target = city[(f"oferta_demanda_{sector}",)]
        access = city[(f"accesibilidad_{sector}",)][0]
        deficit = city[(f"deficit_{sector}",)][0]
        sentence = f"{name} (medido en 2025-S2): {spanish(supply, 2)} cupos por cada 1.000 de las "
        assert sentence in text, sentence
        assert f"accesibilidad de {spanish(access, 2)} por 1.000; {spanish(deficit, 0)} personas sin capacidad" in text
    assert "Población objetivo" in text and "Uso de la capacidad %" in text
    assert text.count("Localidad 01") >= len(SECTORS) and units >= 10
    assert "Nodos de equipamientos: 4, de los cuales 3 son proyectos del POT" in text
    look(pdf, chapter[0], "informe-concejo-servicios", tmp_path)
    assert not [line for i in chapter for line in pages[i].splitlines() if " 0.5" in line or "None" in line]


def test_the_open_data_has_geojson_beside_the_csv_each_file_described(run, services_store, tmp_path):
    """Issue 22, open data: the services indicators by unit (numbers), the operating facilities and the nodes as
    GeoJSON beside the CSVs; the observatories of participation, heritage and instruments too; metadatos.json describes
    every file in Spanish, each in its own words. Capacities and target populations recomputed from the tables."""
    import json

    run("export_open_data", {"EXPEDIENTE": str(services_store), "PERIOD": "2025-S2", "OUTPUT": str(tmp_path)})
    names = sorted(p.name for p in tmp_path.iterdir())
    for sector in SECTORS:
        assert f"observatorio_servicios_deficit_{sector}_2025_s2.csv" in names
        assert f"observatorio_servicios_unidades_{sector}_2025_s2.geojson" in names
    for stem in ("participacion_actividades", "patrimonio_bienes", "patrimonio_zonas", "instrumentos_instrumentos",
                 "instrumentos_obligaciones", "instrumentos_actuaciones", "observatorio_servicios_nodos"):
        collection = json.loads((tmp_path / f"{stem}_2025_s2.geojson").read_text(encoding="utf-8"))
        assert collection["features"], stem
        lon, lat = (collection["features"][0]["geometry"]["coordinates"] + [None])[:2] if \
            collection["features"][0]["geometry"]["type"] == "Point" else (None, None)
        assert lon is None or (-82 < lon < -66 and -5 < lat < 14), stem  # WGS84, in Colombia

    def features(name):
        return json.loads((tmp_path / name).read_text(encoding="utf-8"))["features"]

    with sqlite3.connect(services_store) as connection:
        measured = {(i, a): (v, d) for i, a, v, d in connection.execute(
            "SELECT indicador, ambito, valor, denominador FROM medicion WHERE periodo = '2025-S2' AND nivel = "
            "'localidad'")}
        capacity = dict(connection.execute("SELECT sector, sum(coalesce(capacidad, 1)) FROM equipamiento WHERE "
                                           "estado = 'operando' GROUP BY sector").fetchall())
        nodes = connection.execute("SELECT codigo, proyecto FROM nodo_equipamiento ORDER BY codigo").fetchall()
        progress = {code: progress_at_cutoff(connection, project) for code, project in nodes if project}
        private = [n for (n,) in connection.execute("SELECT propietario FROM bien_patrimonial WHERE "
                                                     "tipo_propietario = 'privado'") if n]
    for sector in SECTORS:
        units = features(f"observatorio_servicios_unidades_{sector}_2025_s2.geojson")
        for unit in units:
            p = unit["properties"]
            value, target = measured[(f"accesibilidad_{sector}", p["codigo"])]
            assert p["accesibilidad"] == (pytest.approx(value) if value is not None else None)
            assert p["poblacion_objetivo"] == pytest.approx(target)
        facilities = features(f"observatorio_servicios_equipamientos_{sector}_2025_s2.geojson")
        assert sum(f["properties"]["capacidad"] or 1 for f in facilities) == pytest.approx(capacity[sector])
    shown = {f["properties"]["codigo"]: f["properties"] for f in features("observatorio_servicios_nodos_2025_s2.geojson")}
    assert sorted(shown) == [code for code, _ in nodes]
    for code, value in progress.items():
        assert shown[code]["avance_fisico_pct"] == pytest.approx(value)
    assert shown["NE-04"]["proyecto"] is None and shown["NE-04"]["gestor"].startswith("Secretaría")
    heritage = (tmp_path / "patrimonio_bienes_2025_s2.geojson").read_text(encoding="utf-8")
    assert private and not [name for name in private if name in heritage]
    metadata = json.loads((tmp_path / "metadatos.json").read_text(encoding="utf-8"))
    described = metadata["descripciones"]
    assert set(described) == set(names) - {"metadatos.json"}
    assert len(set(described.values())) == len(described)  # each file in its own words
    assert described["observatorio_servicios_nodos_2025_s2.geojson"].startswith("Nodos de equipamientos: gestor")
    assert described["observatorio_servicios_unidades_bienestar_2025_s2.geojson"].startswith(
        "Observatorio de servicios sociales, bienestar social: población objetivo")
    assert all(d.endswith("(GeoJSON, WGS84)") for n, d in described.items() if n.endswith(".geojson"))


def test_all_indicators_include_the_services_observatory_where_there_are_facilities(run, demo_store, tmp_path):
    """compute_indicators with no codes ("all") measures the observatory's five indicators for every sector with
    facilities; the municipality's supply of health is the capacity of its operating facilities (a facility without
    capacity counts one), summed here from the table. The bench's battery leaves them out (timed apart)."""
    from pot_seguimiento.core import indicators

    path = tmp_path / "demo.gpkg"
    shutil.copy(demo_store, path)
    run("compute_indicators", {"EXPEDIENTE": str(path), "PERIOD": "2025-S2", "LEVEL": "localidad", "OUTPUT": "memory:"})
    with sqlite3.connect(path) as connection:
        sectors = [s for (s,) in connection.execute("SELECT DISTINCT sector FROM equipamiento ORDER BY sector")]
        measured = {c for (c,) in connection.execute("SELECT DISTINCT indicador FROM medicion WHERE periodo = "
                                                     "'2025-S2'")}
        supply = connection.execute("SELECT numerador FROM medicion WHERE periodo = '2025-S2' AND nivel = 'municipio' "
                                    "AND indicador = 'oferta_demanda_salud'").fetchone()[0]
        capacity = connection.execute("SELECT sum(coalesce(capacidad, 1)) FROM equipamiento WHERE sector = 'salud' "
                                      "AND estado = 'operando'").fetchone()[0]
    assert len(sectors) == 7
    expected = {f"{p}_{s}" for s in sectors for p in ("oferta_demanda", "accesibilidad", "deficit",
                                                      "poblacion_sin_servicio", "uso_capacidad")}
    assert expected <= measured
    assert supply == pytest.approx(capacity)
    assert not expected & set(indicators.computable_codes(sectors, services_observatory=False))
    assert not [c for c in indicators.computable_codes([]) if c.startswith(("accesibilidad_", "uso_capacidad_"))]
