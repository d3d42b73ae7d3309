"""export_expediente: the PDF is rendered and read back as a person would."""
import hashlib
import os
import re
import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtGui import QImage


@pytest.fixture(scope="module")
def exported(run, demo_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    store = folder / "demo.gpkg"
    shutil.copy(demo_store, store)
    shutil.copytree(demo_store.parent / "demo_evidencias", folder / "demo_evidencias")  # field photos travel along
    for period in ("2024", "2025"):
        run("compute_indicators", {"EXPEDIENTE": str(store), "PERIOD": period, "LEVEL": "localidad",
                                   "OUTPUT": "memory:"})
    run("evaluate_projects", {"EXPEDIENTE": str(store), "CUTOFF_DATE": "2025-12-31", "OUTPUT": "memory:"})
    pdf = folder / "Expediente 2025-S2.pdf"
    results = run("export_expediente", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "LEVEL": "localidad",
                                        "OUTPUT": str(pdf)})
    return store, pdf, results


def pdf_text(pdf, first=None, last=None):
    command = ["pdftotext", "-layout"]
    if first:
        command += ["-f", str(first), "-l", str(last or first)]
    text = subprocess.run(command + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # "ﬁ" ligatures read as "fi"


def page_image(pdf, page, folder):
    prefix = folder / f"pagina_{page}"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), str(pdf), str(prefix)],
                   check=True)
    return QImage(str(next(folder.glob(f"pagina_{page}*.png"))))


def colours_in(image, left, top, right, bottom):
    """Distinct colours and the share of non-white pixels in a region given in mm of an A4 landscape page."""
    sx, sy = image.width() / 297, image.height() / 210
    colours, inked, total = set(), 0, 0
    for x in range(int(left * sx), int(right * sx), 3):
        for y in range(int(top * sy), int(bottom * sy), 3):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            inked += rgb != 0xFFFFFF
            total += 1
    return len(colours), inked / total


def test_page_count_and_contents(exported):
    _, pdf, results = exported
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    # cover + contents + 28 indicator sheets + projects map + program summary + 4 accountability pages (the 4th:
    # participation) + field control (map and 6 confirmed cases) + 20 atlas pages, and a continuation page wherever
    # a table had more rows than its frame; the heritage observatory: 5 indicator sheets, its map and a page for
    # each of the 4 assets in bad state
    continued = pdf_text(pdf).count("(continuación)")
    # The observatory of instruments: 4 maps of investment per inhabitant by source in the accountability report
    # (the demo's sources of 2025 but regalías) and its 4 pages (obligations by state, where the money went,
    # territorialised investment, reconciliation)
    # The observatory of social services ("all" measures it for the demo's 7 sectors): a map of the nodes of
    # equipamientos and, per sector, its supply and accessibility maps
    assert pages == results["PAGES"] == 63 + 10 + 8 + 1 + 2 * 7 + continued
    assert os.stat(pdf).st_mode & 0o044  # readable by others, like any exported document
    assert "842 x 595" in info  # A4 landscape
    contents = pdf_text(pdf, 2)
    assert "Contenido" in contents
    atlas_page = int(next(line.split()[-1] for line in contents.splitlines() if "Atlas por unidad territorial" in line))
    assert "Localidad 01" in pdf_text(pdf, atlas_page)
    heritage_page = int(re.search(r"Observatorio de patrimonio\s+(\d+)", contents).group(1))  # (two columns)
    assert "Bienes de interés cultural (BIC) declarados por estado de conservación" in pdf_text(pdf, heritage_page)
    assert "Hacienda El Retiro (BIC-006)" in pdf_text(pdf, heritage_page + 1, heritage_page + 4)


def test_expected_titles_are_in_the_text(exported):
    from qgis.core import QgsCoordinateReferenceSystem

    _, pdf, _ = exported
    text = " ".join(pdf_text(pdf).split())  # titles may wrap
    # The CRS note says what PROJ calls EPSG:9377 ("MAGNA-SIRGAS 2018 / …" since PROJ 9.6).
    crs_name = QgsCoordinateReferenceSystem("EPSG:9377").description()
    assert crs_name.startswith("MAGNA-SIRGAS") and crs_name.endswith("Origen-Nacional")
    for title in ("Expediente Municipal del Plan de Ordenamiento Territorial", "Espacio público efectivo por habitante",
                  "Valor del suelo por metro cuadrado", "Proyectos del POT por estado",
                  "Resumen semestral por programa", "Rendición de cuentas: proyectos",
                  "Rendición de cuentas: por unidad territorial, sexo y edad", "Mujeres",
                  "Control de ocupaciones informales", "Rendición de cuentas: control de ocupaciones informales",
                  "Ocupación informal AO-", "Alertas de ocupación informal",
                  "Observatorio de instrumentos", "Destino del dinero recibido por obligaciones",
                  "Inversión territorializada 2025", "Conciliación de la inversión reportada",
                  "Rendición de cuentas: inversión por habitante, Privada",
                  f"Sistema de referencia: {crs_name}", "Alcaldía de San Isidro del Llano (demo)"):
        assert title in text, title


def test_natural_persons_are_never_named(exported):
    from pot_seguimiento.core.demo.instruments import _PEOPLE

    _, pdf, _ = exported
    text = " ".join(pdf_text(pdf).split())
    assert not [name for name in _PEOPLE if name in text]


def test_maps_are_not_blank(exported, tmp_path):
    _, pdf, _ = exported
    cover = page_image(pdf, 1, tmp_path)
    sheet = page_image(pdf, 3, tmp_path)
    colours, inked = colours_in(sheet, 10, 37, 156, 173)  # the map frame of an indicator sheet
    assert colours > 4 and inked > 0.3
    colours, inked = colours_in(cover, 62, 70, 235, 176)
    assert colours > 4 and inked > 0.05


def test_missing_data_reads_sin_dato(exported):
    _, pdf, _ = exported
    sheet = pdf_text(pdf, 3)
    assert "sin dato" in sheet  # rural localidades without population
    atlas = int(re.search(r"Atlas por unidad territorial\s+(\d+)", pdf_text(pdf, 2)).group(1))
    rural_atlas = pdf_text(pdf, atlas)  # Localidad 01, no project touches it
    assert "Localidad 01" in rural_atlas and "sin dato" in rural_atlas


def test_an_existing_pdf_is_not_overwritten_without_consent(run, exported):
    store, pdf, _ = exported
    before = hashlib.sha256(pdf.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match="ya existe"):
        run("export_expediente", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "OUTPUT": str(pdf)})
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == before


class CancelWhileWriting(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress > 60:
            self.cancel()


def test_a_cancelled_export_leaves_no_file(run, exported, tmp_path):
    store, _, _ = exported
    target = tmp_path / "cancelado.pdf"
    with pytest.raises(QgsProcessingException, match="Cancelado"):
        run("export_expediente", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "OUTPUT": str(target)},
            feedback=CancelWhileWriting())
    assert os.listdir(tmp_path) == []


# The observatory of social services for the demo's 7 sectors ("all" measures them): each sector's deficit table (CSV)
# and its units and facilities (GeoJSON); the nodes of equipamientos as both.
SERVICE_SECTORS = ("bienestar", "cuidado", "cultura", "educacion", "recreacion", "salud", "seguridad")
SERVICES_FILES = [f"observatorio_servicios_deficit_{s}_2025.csv" for s in SERVICE_SECTORS] + [
    f"observatorio_servicios_{kind}_{s}_2025.geojson" for kind in ("unidades", "equipamientos")
    for s in SERVICE_SECTORS] + ["observatorio_servicios_nodos_2025.csv", "observatorio_servicios_nodos_2025.geojson"]


def test_open_data_geojson_csv_and_metadata_without_personal_data(run, exported, tmp_path):
    import csv
    import json

    store, _, _ = exported
    results = run("export_open_data", {"EXPEDIENTE": str(store), "PERIOD": "2025", "OUTPUT": str(tmp_path)})
    names = sorted(os.listdir(tmp_path))
    assert names == sorted(["acciones_control_2025.csv", "alertas_ocupacion_2025.geojson", "avance_proyectos_2025.csv",
                     "indicadores_localidad_2025.geojson", "indicadores_municipio_2025.geojson",
                     "mediciones_2025.csv", "metadatos.json", "participacion_actividades_2025.csv",
                     "participacion_compromisos_2025.csv", "participacion_plan_2025.csv",
                     "participacion_unidades_2025.csv", "patrimonio_bienes_2025.csv",
                     "patrimonio_experiencias_2025.csv", "patrimonio_unidades_2025.csv", "proyectos_2025.geojson"] + [
                     f"instrumentos_{t}_2025.csv" for t in ("destino_recaudo", "inversion_unidades", "necesidades",
                                                            "obligaciones", "por_tipo")] + SERVICES_FILES + [
                     f"{layer}_2025.geojson" for layer in ("participacion_actividades", "patrimonio_bienes",
                                                           "patrimonio_zonas", "instrumentos_instrumentos",
                                                           "instrumentos_obligaciones", "instrumentos_actuaciones")] + [
                     # the evaluation of the plan (section "evaluacion"), as its tables
                     f"evaluacion_{t}_2025.csv" for t in ("brechas", "dofa", "objetivos", "requisitos", "suficiencia")])
    assert results["FILES"] == 20 + len(SERVICES_FILES) + 6 + 5
    units = json.loads((tmp_path / "indicadores_localidad_2025.geojson").read_text(encoding="utf-8"))
    assert len(units["features"]) == 20
    first = units["features"][0]
    assert "epe_hab" in first["properties"] and "valor_suelo_m2" in first["properties"]
    coordinates = first["geometry"]["coordinates"]
    while isinstance(coordinates[0], list):  # Polygon or MultiPolygon: down to the first position
        coordinates = coordinates[0]
    lon, lat = coordinates[:2]
    assert -80 < lon < -66 and -5 < lat < 14  # WGS84 over Colombia, as GeoJSON requires
    with open(tmp_path / "mediciones_2025.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {"indicador", "nombre_ambito", "valor", "numerador", "denominador", "nota"} <= set(rows[0])
    metadata = json.loads((tmp_path / "metadatos.json").read_text(encoding="utf-8"))
    assert metadata["licencia"].startswith("Creative Commons") and metadata["periodo"] == "2025"
    assert metadata["indicadores"]["epe_hab"]["unidad"] == "m²/hab"
    everything = "".join((tmp_path / n).read_text(encoding="utf-8") for n in names)
    assert "reportado_por" not in everything
    assert "Instituto de Desarrollo Urbano" in everything  # entities are public; people are not
    # inspectors, field notes and photos of visits and heritage inspections, private owners of heritage assets
    for private in ("Rincón", "Cárdenas", "_evidencias/", ".jpg", "foto_", "madera y zinc", "zinc, sin licencia",
                    "Benavides", "Quintero", "pañete desprendido", "Castañeda", "Salcedo Pinilla", "Ortiz Lozano"):
        assert private not in everything, private
    # Promoters of instruments: companies are public, natural persons never (issue 23).
    from pot_seguimiento.core.demo.instruments import _PEOPLE
    assert "Urbanizadora La Sabana S.A." in everything and "Persona natural" in everything
    assert not [name for name in _PEOPLE if name in everything]
    alerts = json.loads((tmp_path / "alertas_ocupacion_2025.geojson").read_text(encoding="utf-8"))
    assert len(alerts["features"]) > 50 and {"codigo", "estado", "prioridad"} <= set(alerts["features"][0]["properties"])
    with open(tmp_path / "acciones_control_2025.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == 8
    with open(tmp_path / "avance_proyectos_2025.csv", encoding="utf-8") as f:
        assert "reportado_por" not in f.readline()


def test_upz_tables_continue_on_extra_pages(run, exported, tmp_path):
    """About 100 UPZ do not fit a sheet's table: the rest continues, nothing is left out."""
    store, _, _ = exported
    run("compute_indicators", {"EXPEDIENTE": str(store), "PERIOD": "2025", "LEVEL": "upz",
                               "INDICATORS": "epe_hab", "OUTPUT": "memory:"})
    pdf = tmp_path / "upz.pdf"
    run("export_expediente", {"EXPEDIENTE": str(store), "PERIOD": "2025", "LEVEL": "upz", "OUTPUT": str(pdf)})
    text = pdf_text(pdf)
    assert "Espacio público efectivo por habitante (continuación)" in text
    import sqlite3

    with sqlite3.connect(store) as connection:
        names = [r[0] for r in connection.execute("SELECT nombre FROM unidad_territorial WHERE nivel = 'upz'")]
    assert len(names) > 80 and all(name in text for name in names)


def scale_bar_labels(pdf, page):
    """The words printed under a map sheet's frame (the scale bar), left to right, as (text, x0, x1) in points."""
    import re

    output = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
    mm = 72 / 25.4
    words = []
    for x0, y0, x1, text in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                                       output):
        if float(x1) < 80 * mm and 176 * mm < float(y0) < 194 * mm:  # left of the note on the framing
            words.append((text, float(x0), float(x1)))
    return sorted(words, key=lambda word: word[1])


def test_scale_bars_print_round_separate_labels(exported):
    """'0 750 1,500 m' or '0 5 10 km': round steps, a space between every label, km past a kilometre."""
    _, pdf, _ = exported
    contents = pdf_text(pdf, 2)
    atlas_page = int(next(line.split()[-1] for line in contents.splitlines() if "Atlas por unidad territorial" in line))
    for page in (3, atlas_page):
        words = scale_bar_labels(pdf, page)
        texts = [text for text, _, _ in words]
        assert len(texts) == 4 and texts[0] == "0" and texts[-1] in ("m", "km"), (page, texts)
        assert all(left[2] < right[1] for left, right in zip(words, words[1:])), (page, words)  # no label runs into the next
        step, end = (float(t.replace(",", ".")) for t in texts[1:3])
        assert end == 2 * step and step / 10 ** int(f"{step:e}".split("e")[1]) in (1, 2, 2.5, 5), texts
        assert texts[-1] == "km" or end <= 1000, texts  # never "10000 m"


def test_no_code_or_dot_decimal_reaches_the_reader(exported):
    """Every word and number of the PDF as a reader sees it: names, not codes; Spanish decimals; whole people."""
    from reader_text import defects

    _, pdf, _ = exported
    assert defects(pdf_text(pdf)) == {}


@pytest.fixture(scope="module")
def report_pages(exported, tmp_path_factory):
    """The PDF's pages as layouts (what write_pdf renders), with the renderer that made them."""
    from pot_seguimiento.cartography.expediente_report import ExpedienteReport

    store, _, _ = exported
    renderer = ExpedienteReport(str(store), "2025-S2", "localidad", str(tmp_path_factory.mktemp("hojas")))
    return renderer, renderer.pages()


def _rect(item):
    """Where a legend draws: its box grown to its contents (a fixed box lets long labels run out of it)."""
    item.setResizeToContents(True)
    item.refresh()
    item.adjustBoxSize()
    return item.sceneBoundingRect()


def test_no_legend_hides_under_another_item(report_pages):
    """A legend grows with its classes: nothing else on its page may sit where it draws (issue 20, point 5)."""
    from qgis.core import QgsLayoutFrame, QgsLayoutItemLegend, QgsLayoutItemPicture

    _, pages = report_pages
    checked = 0
    for number, page in enumerate(pages, start=1):
        legends = [i for i in page.layout.items() if isinstance(i, QgsLayoutItemLegend)]
        others = [i for i in page.layout.items() if isinstance(i, (QgsLayoutFrame, QgsLayoutItemPicture))]
        for legend in legends:
            box = _rect(legend)
            for other in others:
                assert not box.intersects(other.sceneBoundingRect()), (number, page.items.get("titulo").text())
            checked += 1
    assert checked >= 25


def test_every_unit_is_drawn_on_every_indicator_map_and_the_legend_names_the_indicator(report_pages):
    """Each sheet's map draws every unit (a value's class, or 'sin dato'), and its legend is titled with the
    indicator's name and unit, never its code (issue 20, point 4)."""
    from pot_seguimiento.cartography.pages import UNITS_PROPERTY, wrapped
    from pot_seguimiento.core.report.format import titled

    renderer, pages = report_pages
    units = len(renderer.unit_codes)
    sheets = [p for p in pages if p.items.get("mapa") is not None and p.items.get("titulo") is not None
              and p.items["titulo"].text() in {i["nombre"] for i in renderer.indicators.values()}]
    assert len(sheets) >= 20
    for page in sheets:
        indicator = next(i for i in renderer.indicators.values() if i["nombre"] == page.items["titulo"].text())
        layers = [layer for layer in page.items["mapa"].layers() if layer.customProperty(UNITS_PROPERTY)]
        drawn = sum(layer.featureCount() for layer in layers)
        assert drawn == units, indicator["codigo"]
        titles = [node.customProperty("legend/title-label")
                  for node in page.items["leyenda"].model().rootGroup().findLayers()]
        assert titles[0] == wrapped(titled(indicator["nombre"], indicator["unidad"]))
        assert indicator["codigo"] not in " ".join(titles)


def test_a_map_with_a_target_is_coloured_by_the_traffic_light(report_pages):
    """Localidad 02 with 64,15 % transport access is yellow in the table: it is yellow on the map too, and the
    legend says what yellow means (issue 20, point 2)."""
    from qgis.core import QgsExpression, QgsExpressionContext

    from pot_seguimiento.core.report.palette import TRAFFIC_LIGHTS

    renderer, pages = report_pages
    indicator = renderer.indicators["acceso_transporte"]
    page = next(p for p in pages if p.items.get("titulo") is not None
                and p.items["titulo"].text() == indicator["nombre"])
    layer = page.items["mapa"].layers()[0]
    style = layer.renderer()
    assert style.type() == "categorizedSymbol"
    colours = {c.value(): c.symbol().color().name() for c in style.categories()}
    assert {k: v for k, v in colours.items()} == {k: TRAFFIC_LIGHTS[k] for k in colours}
    expression, context = QgsExpression(style.classAttribute()), QgsExpressionContext()
    lights = indicator["semaforos"]["corto"]
    for feature in layer.getFeatures():
        context.setFeature(feature)
        assert expression.evaluate(context) == lights[feature["codigo"]], feature["nombre"]
    assert any(c.label().startswith("Meta cumplida") for c in style.categories())
