"""The expediente PDF of real Bogotá (../shared/data/bogota), looked at as its cartographer would.

Sumapaz makes three quarters of the District: maps framed on the whole territory left the city a quarter
of the frame and 112 UPZ unreadable. These tests hold what a reader checks: the maps frame the city and
show the whole District as an inset, the scale bar's labels stand apart, every atlas map holds its unit
with a margin and no neighbour's edge through it, and the UPZ codes printed are the official ones.
"""
import csv
import re
import subprocess

import pytest
import shapely

from conftest import BOGOTA

MM = 72 / 25.4  # PDF points per millimetre
MAP_FRAME = (8, 35, 158, 175)  # the map item of a sheet (resources/templates/hoja.qpt), mm


def official_upz(year=2024):
    with open(BOGOTA / "poblacion_upz_2018_2024.csv", encoding="utf-8") as f:
        return {row["codigo_upz"]: row["nombre_upz"] for row in csv.DictReader(f) if int(row["ano"]) == year}


def units(path, level):
    from pot_seguimiento.store import open_store

    with open_store(path) as store:
        data, geometries = store.read("unidad_territorial", ["codigo", "nombre"], where="nivel = ?", params=(level,))
    return {str(code): geometry for code, geometry in zip(data["codigo"], geometries)}


def contains(extent, bounds, margin=0.0):
    xmin, ymin, xmax, ymax = bounds
    return (extent.xMinimum() <= xmin - margin and extent.yMinimum() <= ymin - margin and
            extent.xMaximum() >= xmax + margin and extent.yMaximum() >= ymax + margin)


@pytest.fixture(scope="module")
def report(bogota_expediente, tmp_path_factory):
    from pot_seguimiento.cartography.expediente_report import ExpedienteReport

    return ExpedienteReport(bogota_expediente, "2024", "upz", str(tmp_path_factory.mktemp("paginas")))


@pytest.fixture(scope="module")
def sheet(report):
    return report.indicator_sheet("acceso_transporte")[0]


@pytest.fixture(scope="module")
def pdf(run, bogota_expediente, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "expediente_bogota_2024.pdf"
    run("export_expediente", {"EXPEDIENTE": bogota_expediente, "PERIOD": "2024", "LEVEL": "upz", "OUTPUT": str(path)})
    return path


def words(pdf, page, region=None):
    """(text, x0, y0, x1) of the words of a page, in points; only those inside `region` (mm) if given."""
    output = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
    found = [(text, float(x0), float(y0), float(x1)) for x0, y0, x1, text in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', output)]
    if region:
        left, top, right, bottom = (v * MM for v in region)
        found = [w for w in found if left <= w[1] and w[3] <= right and top <= w[2] <= bottom]
    return found


def section_pages(pdf):
    """{section title: first page} from the contents page."""
    text = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return {m.group(1).strip(): int(m.group(2)) for m in re.finditer(r"^(\S.*?)\s{2,}(\d+)\s*$", text, re.M)}


def test_sheet_maps_frame_the_city_not_sumapaz(bogota_expediente, sheet):
    upz = units(bogota_expediente, "upz")
    city = shapely.total_bounds([upz[code] for code in official_upz() if code in upz])
    district = shapely.total_bounds(list(units(bogota_expediente, "localidad").values()))
    sumapaz = shapely.bounds(units(bogota_expediente, "localidad")["20"])
    extent = sheet.items["mapa"].extent()
    assert contains(extent, city)  # every UPZ with people is on the map
    assert not contains(extent, sumapaz)
    # the city fills the frame: the frame is at most a few percent taller and wider than it needs to be
    assert extent.height() < 1.1 * (city[3] - city[1]) or extent.width() < 1.1 * (city[2] - city[0])
    assert extent.height() < 0.4 * (district[3] - district[1])  # a scale at least 2.5 times the whole District's


def test_the_whole_district_is_an_inset_inside_the_map(bogota_expediente, sheet):
    district = shapely.total_bounds(list(units(bogota_expediente, "localidad").values()))
    main, inset = sheet.items["mapa"], sheet.items["localizacion"]
    assert contains(inset.extent(), district)
    assert inset.overview().linkedMap() is main  # the main map's frame is drawn on it
    inside = main.sceneBoundingRect()
    assert inside.contains(inset.sceneBoundingRect())
    box = inset.sceneBoundingRect()
    assert box.width() * box.height() < 0.15 * inside.width() * inside.height()  # a locator, not a second map
    assert "recuadro" in sheet.items["nota_mapa"].text()  # the reader is told what the frame is


def test_scale_bar_labels_fit_their_segments(report, sheet):
    """Labels are centred on the segment ends; two neighbours must fit in one segment with room between."""
    from qgis.PyQt.QtGui import QFontMetricsF, QGuiApplication

    from pot_seguimiento.cartography.scale_bar import label_texts, segment_millimetres

    dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
    small = min(range(len(report.unit_codes)), key=lambda i: report.unit_geometries[i].area)
    pages = [sheet, report.atlas_page(small)[0], report.cover()]
    for page in pages[:2]:
        scale, main = page.items["escala"], page.items["mapa"]
        metrics = QFontMetricsF(scale.textFormat().toQFont())
        texts = label_texts(scale)
        widths = [metrics.horizontalAdvance(text) * 25.4 / dpi for text in texts]
        segment = segment_millimetres(scale, main)
        assert scale.numberOfSegments() == 2 and scale.numberOfSegmentsLeft() == 0
        assert all((a + b) / 2 + 1.0 < segment for a, b in zip(widths, widths[1:])), (texts, widths, segment)
        assert 8 < 2 * segment < 0.4 * main.rect().width()  # a bar to measure with, not across the map
        metres = scale.unitsPerSegment() * (1000 if scale.unitLabel() == "km" else 1)
        assert scale.unitLabel() == ("km" if metres >= 1000 else "m")


def test_pdf_scale_bars_print_separate_round_labels(pdf):
    sections = section_pages(pdf)
    for page in (3, sections["Atlas por unidad territorial"]):
        bar = sorted(words(pdf, page, (8, 176, 80, 194)), key=lambda w: w[1])
        texts = [w[0] for w in bar]
        assert len(texts) == 4 and texts[0] == "0" and texts[-1] in ("m", "km"), texts  # before: "0 10.00020.000 m"
        assert all(a[3] < b[1] for a, b in zip(bar, bar[1:])), bar


def test_atlas_maps_hold_their_unit_with_a_margin_and_no_neighbour_across_it(report):
    from pot_seguimiento.cartography.map_frame import ATLAS_MARGIN

    for index, code in enumerate(report.unit_codes):
        page = report.atlas_page(index)[0]
        unit = report.unit_geometries[index]
        xmin, ymin, xmax, ymax = shapely.bounds(unit)
        margin = 0.9 * ATLAS_MARGIN * max(xmax - xmin, ymax - ymin)
        assert contains(page.items["mapa"].extent(), (xmin, ymin, xmax, ymax), margin), code
        inset = page.items["localizacion"].sceneBoundingRect()
        assert not inset.intersects(page.items["mapa"].sceneBoundingRect())  # beside the map: it hides none of it
        context = page.frames[-1].context_layer()
        drawn = [shapely.from_wkb(bytes(f.geometry().asWkb())) for f in context.getFeatures()]
        crossing = sum(shapely.area(shapely.intersection(g, unit)) for g in drawn)
        assert crossing < 1e-6 * shapely.area(unit), code  # the overlapping public polygons leave no line inside


def test_every_upz_code_printed_is_official(pdf):
    official = official_upz()
    sections = section_pages(pdf)
    printed = set()
    sheets = [page for title, page in sections.items() if 2 < page < sections["Proyectos del POT por estado"]]
    for page in sheets:  # each indicator's map sheet: the words inside its map frame are the units' labels
        printed |= {w[0] for w in words(pdf, page, MAP_FRAME)}
    assert printed <= set(official), printed - set(official)
    assert len(printed) > 80  # most UPZ are labelled; only the smallest may lack room
    atlas = subprocess.run(["pdftotext", "-f", str(sections["Atlas por unidad territorial"]), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    subtitles = re.findall(r"UPZ (\S+) · periodo", atlas)
    assert subtitles and set(subtitles) <= set(official), set(subtitles) - set(official)


def test_atlas_maps_are_centred_on_their_unit_and_framed_by_it(bogota_expediente, tmp_path_factory):
    """Sumapaz, three quarters of the District and far from the city, on its atlas page as every localidad: the map
    centred on the unit's own box (not on the city the thematic maps frame, nor on the features drawn with it)
    and the unit filling the frame but for the atlas margin (issue 20, point 8)."""
    from pot_seguimiento.cartography.expediente_report import ExpedienteReport
    from pot_seguimiento.cartography.map_frame import ATLAS_MARGIN

    report = ExpedienteReport(bogota_expediente, "2024", "localidad", str(tmp_path_factory.mktemp("atlas")))
    assert "20" in report.unit_codes  # Sumapaz
    for index, code in enumerate(report.unit_codes):
        page = report.atlas_page(index)[0]  # held: its layout goes with it
        extent = page.items["mapa"].extent()
        xmin, ymin, xmax, ymax = shapely.bounds(report.unit_geometries[index])
        assert abs(extent.center().x() - (xmin + xmax) / 2) < 0.01 * extent.width(), code
        assert abs(extent.center().y() - (ymin + ymax) / 2) < 0.01 * extent.height(), code
        filled = max((xmax - xmin) / extent.width(), (ymax - ymin) / extent.height())
        assert filled > 0.95 / (1 + 2 * ATLAS_MARGIN), (code, filled)
        if "localizacion" in page.items:  # the locator draws the main map's red frame whole (Sumapaz's was cut)
            assert page.items["localizacion"].extent().contains(extent), code
