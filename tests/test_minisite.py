"""export_minisitio: the demo's public site in a real headless browser (Debian's chromium and chromedriver),
served from a local HTTP server on loopback."""
import functools
import http.server
import json
import os
import re
import shutil
import sqlite3
import threading
import time
import urllib.request

import pytest
import shapely

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
SERVICE_SECTORS = ("educacion", "bienestar")  # the observatory of social services' page (issue 22)
SHOTS = "/work/shots/svc"  # where a person looks at the pages (when the folder exists)
HOSTILE = 'Barrio "La Ñ" <script>window.__xss=1</script><img src=x onerror="window.__xss=2">'


@pytest.fixture(scope="module")
def site(run, demo_store, tmp_path_factory):
    """The demo's site (its 2025 indicators computed), from a copy whose first unit has a hostile name."""
    folder = tmp_path_factory.mktemp("sitio")
    store = folder / "demo.gpkg"
    shutil.copy(demo_store, store)
    from pot_seguimiento.store import open_store

    with open_store(str(store)) as expediente, expediente.transaction():  # (its SQL functions for the triggers)
        expediente.connection.execute("UPDATE unidad_territorial SET nombre = ? WHERE fid = (SELECT min(fid) FROM "
                                      "unidad_territorial WHERE nivel = 'localidad')", (HOSTILE,))
    run("compute_indicators", {"EXPEDIENTE": str(store), "PERIOD": "2025", "LEVEL": "localidad", "OUTPUT": "memory:"})
    run("compute_indicators", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "LEVEL": "localidad", "OUTPUT": "memory:",
                               "INDICATORS": ",".join(f"{p}_{s}" for s in SERVICE_SECTORS for p in (
                                   "oferta_demanda", "accesibilidad", "deficit", "poblacion_sin_servicio",
                                   "uso_capacidad"))})
    results = run("export_minisitio", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "LEVEL": "localidad",
                                       "OUTPUT": str(folder / "minisitio")})
    return store, folder / "minisitio", results


@pytest.fixture(scope="module")
def server(site):
    handler = functools.partial(_QuietHandler, directory=str(site[1]))
    httpd = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a browser closing a connection early is not news
        pass


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.fail("Debian's chromium and chromium-driver are needed (make test installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                     "--disable-dev-shm-usage", "--proxy-server=http://127.0.0.1:9"):
        options.add_argument(argument)  # a proxy that goes nowhere: a request leaving loopback fails (loopback bypasses it)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def load(browser, url):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(url)
    WebDriverWait(browser, 30).until(lambda d: d.execute_script("return document.body.dataset.listo") == "si")


def canvas_signature(browser, map_id="mapa-indicador"):
    """How many distinct colours the map's canvas shows, and a digest of its pixels."""
    return browser.execute_script("""
        const canvas = document.querySelector('#' + arguments[0] + ' canvas');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set();
        for (let i = 0; i < data.length; i += 4 * 97) colours.add(data[i] + ',' + data[i+1] + ',' + data[i+2] + ',' + data[i+3]);
        return [colours.size, canvas.toDataURL()];""", map_id)


def test_the_site_loads_with_no_console_error_and_a_light_first_page(site, server, browser):
    load(browser, server)
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert severe == []
    text = browser.find_element("tag name", "body").text
    assert "Plan de Ordenamiento Territorial de San Isidro del Llano" in text and "2025-S2" in text
    assert "Verde: meta cumplida" in text and "Incumplimiento" in text
    sizes = browser.execute_script(
        "return performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))"
        ".map(e => [e.name, e.encodedBodySize || e.transferSize || 0]);")
    assert sum(size for _, size in sizes) < 1_000_000
    assert all(name.startswith(server) for name, _ in sizes)  # nothing left loopback
    total = sum(os.path.getsize(os.path.join(root, name)) for root, _, names in os.walk(site[1]) for name in names)
    assert total < 5_000_000


def test_the_indicator_map_draws_changes_and_answers_a_click(site, server, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import Select

    store, folder, _ = site
    from selenium.webdriver.support.ui import WebDriverWait

    load(browser, server + "#mapa")
    time.sleep(1)  # Leaflet paints its canvas on animation frames
    first = canvas_signature(browser)
    assert first[0] > 3  # not a blank canvas: several colours of classes and outlines
    select = Select(browser.find_element("id", "selector"))
    code = next(o.get_attribute("value") for o in select.options if o.get_attribute("value") == "densidad_poblacion")
    select.select_by_value(code)
    WebDriverWait(browser, 10).until(lambda b: canvas_signature(b)[1] != first[1])  # the map changed
    units = json.loads((folder / "datos_sitio" / "unidades.geojson").read_text(encoding="utf-8"))["features"]
    unit = next(u for u in units if u["properties"]["nombre"] != HOSTILE)
    point = shapely.point_on_surface(shapely.from_geojson(json.dumps(unit["geometry"])))
    x, y = browser.execute_script("const p = potSitio.mapas.indicadores.latLngToContainerPoint([arguments[0], "
                                  "arguments[1]]); return [p.x, p.y];", point.y, point.x)
    element = browser.find_element("id", "mapa-indicador")
    size = element.size
    ActionChains(browser).move_to_element_with_offset(element, int(x - size["width"] / 2),
                                                      int(y - size["height"] / 2)).click().perform()
    shown = browser.find_element("id", "valor-unidad").text
    with sqlite3.connect(store) as connection:
        expected = connection.execute("SELECT valor FROM medicion WHERE indicador = ? AND ambito = ? AND periodo = "
                                      "'2025-S2' AND nivel = 'localidad'", (code, unit["properties"]["codigo"])).fetchone()
    if expected is None:  # the period is semiannual: the annual value of its year stands in
        with sqlite3.connect(store) as connection:
            expected = connection.execute("SELECT valor FROM medicion WHERE indicador = ? AND ambito = ? AND periodo "
                                          "= '2025'", (code, unit["properties"]["codigo"])).fetchone()
    value = float(shown.split()[0].replace(".", "").replace(",", "."))
    assert value == pytest.approx(round(expected[0], 2), abs=0.006)
    assert unit["properties"]["nombre"] in browser.find_element("id", "ficha").text


def test_the_footer_says_the_publication_date_in_words(server, browser):
    import datetime
    import re

    load(browser, server)
    footer = browser.find_element("id", "pie").text
    published = re.search(r"publicado el (\d{1,2}) de ([a-z]+) de (\d{4})", footer)
    assert published, footer  # '30 de noviembre de 2026', not 2026-11-30
    today = datetime.date.today()
    months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre"]
    assert published.groups() == (str(today.day), months[today.month - 1], str(today.year))


def test_a_project_is_found_and_has_its_page(server, browser):
    load(browser, server + "#proyectos")
    search = browser.find_element("id", "buscar")
    search.send_keys("P3-12")
    rows = browser.find_elements("css selector", "#tabla-proyectos tbody tr")
    assert len(rows) == 1 and rows[0].text.startswith("P3-12")
    rows[0].find_element("tag name", "a").click()
    time.sleep(0.5)
    assert browser.find_element("id", "proyecto-titulo").text.startswith("P3-12 — ")
    assert "Avance físico reportado" in browser.find_element("id", "grafico-proyecto-texto").text


def test_the_heritage_page_maps_the_assets_by_state_and_lists_the_experiences(site, server, browser):
    load(browser, server + "#patrimonio")
    time.sleep(1)  # Leaflet paints its canvas on animation frames
    assert canvas_signature(browser, "mapa-patrimonio")[0] > 3  # points of several states over the outlines
    rows = browser.find_elements("css selector", "#tabla-patrimonio tbody tr")
    assert len(rows) == 12
    text = browser.find_element("id", "sec-patrimonio").text
    assert "Hacienda El Retiro" in text and "Perdido" in text and "Sin inspección" in text
    assert "Municipio de San Isidro del Llano" in text  # a public owner is named; a private one never
    assert len(browser.find_elements("css selector", "#tabla-experiencias tbody tr")) == 3
    assert "Reubicación concertada de talleres" in text


def test_the_evaluation_page_rates_every_objective_and_lists_the_gaps(site, server, browser):
    """The report model's section "evaluacion" on the site: each objective with its rating, the sufficiency of the
    three types of plan, the articulation gaps; a screenshot for the coordinator (/work/shots/arch/)."""
    evaluation = json.loads((site[1] / "datos_sitio" / "evaluacion.json").read_text(encoding="utf-8"))
    load(browser, server + "#evaluacion")
    rows = browser.find_elements("css selector", "#tabla-objetivos tbody tr")
    assert len(rows) == len(evaluation["objetivos"]) >= 5
    text = browser.find_element("id", "sec-evaluacion").text
    assert "Evaluación del plan en 2025" in text and "Alto" in text and "Bajo" in text
    assert {r.text.split()[0] for r in browser.find_elements("css selector", "#tabla-suficiencia tbody tr")} == {
        "POT", "PBOT", "EOT"}
    assert len(browser.find_elements("css selector", "#tabla-brechas tbody tr")) == len(evaluation["brechas"]) > 0
    assert "valor_suelo" not in text  # an indicator's gap is named by the indicator, never by its code
    shots = "/work/shots/arch"
    if os.path.isdir(os.path.dirname(shots)):
        os.makedirs(shots, exist_ok=True)
        browser.save_screenshot(os.path.join(shots, "minisitio_evaluacion.png"))


def test_every_download_resolves(server, browser):
    load(browser, server + "#datos")
    links = [a.get_attribute("href") for a in browser.find_elements("css selector", "#descargas a")]
    assert len(links) >= 5 and any(link.endswith(".geojson") for link in links)
    for link in links:
        with urllib.request.urlopen(link) as response:
            assert response.status == 200 and response.read(1)


def test_names_are_shown_as_text_never_run(server, browser):
    load(browser, server + "#mapa")
    assert browser.execute_script("return window.__xss") is None
    assert HOSTILE in browser.find_element("id", "tabla-mapa").text


def test_no_personal_data_is_published(site):
    store, folder, _ = site
    with sqlite3.connect(store) as connection:  # people: inspectors, reporters who are not an entity, private owners
        names = {n for (n,) in connection.execute(
            "SELECT inspector FROM visita UNION SELECT reportado_por FROM avance WHERE reportado_por NOT IN "
            "(SELECT entidad FROM proyecto) UNION SELECT inspector FROM inspeccion_patrimonio "
            "UNION SELECT propietario FROM bien_patrimonial WHERE tipo_propietario = 'privado'") if n}
    assert len(names) >= 7
    for root, _, files in os.walk(folder):
        for name in files:
            assert not name.lower().endswith((".jpg", ".jpeg", ".png")), name  # no photos
            content = open(os.path.join(root, name), "rb").read()
            for person in names:
                assert person.encode() not in content, (name, person)
            if not name.endswith(".js"):  # (the site's code may name fields; the data must not carry them)
                assert not re.search(rb'[\s"](inspector|reportado_por|foto_[123])["\s,;:]', content), name


def test_a_cancelled_export_leaves_no_folder(run, site, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelWhileWriting(QgsProcessingFeedback):
        def setProgressText(self, text):  # noqa: N802 (the site's pages come after the open data)
            super().setProgressText(text)
            if "sitio" in text:
                self.cancel()

    store, _, _ = site
    with pytest.raises(QgsProcessingException, match="Cancelado"):
        run("export_minisitio", {"EXPEDIENTE": str(store), "PERIOD": "2025-S2", "OUTPUT": str(tmp_path / "sitio")},
            feedback=CancelWhileWriting())
    assert os.listdir(tmp_path) == []


def _rgb(hex_colour):
    return "rgb({}, {}, {})".format(*(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)))


def test_project_states_wear_the_pdfs_colours(site, server, browser, tmp_path):
    """One palette (core/report/palette.py) for project states: the QGIS style, the PDF's map and the site."""
    import xml.etree.ElementTree as ElementTree

    from pot_seguimiento.cartography.expediente_report import ExpedienteReport, EVALUATION_STYLE
    from pot_seguimiento.core.report.palette import PROJECT_STATES

    assert PROJECT_STATES["al_dia"] != PROJECT_STATES["terminado"]
    style = ElementTree.parse(EVALUATION_STYLE).getroot()
    symbols = {s.get("name"): s for s in style.iter("symbol")}
    qml = {c.get("value"): next(p.get("v") for p in symbols[c.get("symbol")].iter("prop") if p.get("k") == "color")
           for c in style.iter("category")}
    assert {state: _rgb(c).replace("rgb(", "").replace(" ", "").rstrip(")") + ",255"
            for state, c in PROJECT_STATES.items()} == qml
    store, _, _ = site
    pdf = ExpedienteReport(str(store), "2025-S2", "localidad", str(tmp_path))
    in_pdf = {c.value(): c.symbol().color().name() for c in pdf.projects_layer.renderer().categories()}
    assert in_pdf == PROJECT_STATES
    load(browser, server + "#proyectos")
    swatches = browser.execute_script(
        "return [...document.querySelectorAll('#leyenda-proyectos [data-estado]')].map(s => "
        "[s.dataset.estado, getComputedStyle(s.querySelector('.caja')).backgroundColor]);")
    assert len(swatches) >= 3
    assert {state: colour for state, colour in swatches} == {s: _rgb(PROJECT_STATES[s]) for s, _ in swatches}


def phone_cells(browser, table, column):
    """[left, right, the column's name shown before it] of the cell in `column` (1-based) of the table's first five
    rows, as a phone lays its cards out."""
    return browser.execute_script(
        f"return [...document.querySelectorAll('#{table} tbody tr')].slice(0, 5).map(tr => {{"
        f"const c = tr.children[{column - 1}]; const r = c.getBoundingClientRect();"
        "return [r.left, r.right, getComputedStyle(c, '::before').content]; });")


def test_on_a_phone_every_column_is_in_view(server, browser):
    """390 px wide: the home page's traffic light and the projects' entity are on screen, with their column's name."""
    browser.set_window_size(390, 844)
    try:
        for page, table, column in (("", "tabla-indicadores", 5), ("#proyectos", "tabla-proyectos", 4)):
            load(browser, server + page)
            width = browser.execute_script("return document.documentElement.clientWidth")
            cells = phone_cells(browser, table, column)
            assert cells
            for left, right, text in cells:
                assert 0 <= left and right <= width + 1, (table, left, right, width)
                assert text.strip('"').split(":")[0] in ("Semáforo", "Entidad"), text  # the column's name, shown
            assert browser.execute_script("return document.documentElement.scrollWidth") <= width + 1
    finally:
        browser.set_window_size(1280, 900)


AXE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "web", "node_modules", "axe-core",
                   "axe.min.js")
PAGES = ("", "#mapa", "#proyectos", "#proyecto/P3-12", "#rendicion", "#servicios", "#patrimonio", "#instrumentos",
         "#evaluacion",
         "#datos")


def axe_violations(browser):
    """axe-core's WCAG 2.1 A and AA violations of the page as shown: [(rule, impact, [targets])]."""
    with open(AXE, encoding="utf-8") as f:
        browser.execute_script(f.read())
    browser.set_script_timeout(60)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done(r.violations.map(v => [v.id, v.impact, v.nodes.slice(0, 5).map(n => n.target.join(' '))])))"
        ".catch(e => done([['axe-error', String(e), []]]));")
    return [tuple(v) for v in result]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_meets_wcag_21_aa_by_axe(server, browser, page):
    """Colombian public sites must meet WCAG 2.1 AA (NTC 5854, Resolución MinTIC 1519 de 2020): axe-core (npm,
    web/package.json) finds nothing on any page of the site, at desktop and at phone width."""
    if not os.path.exists(AXE):
        pytest.fail(f"axe-core is not in {AXE}: make build installs the web libraries (npm ci in web/)")
    for width, height in ((1280, 900), (390, 844)):
        browser.set_window_size(width, height)
        try:
            load(browser, server + page)
            time.sleep(0.5)
            assert axe_violations(browser) == [], (page, width)
        finally:
            browser.set_window_size(1280, 900)


def test_no_code_or_dot_decimal_reaches_a_citizen(server, browser):
    """The text of every page, and the map's legend and table for every indicator, as a citizen reads them."""
    from reader_text import defects
    from selenium.webdriver.support.ui import Select

    texts = []
    for page in PAGES:
        load(browser, server + page)
        texts.append(browser.find_element("tag name", "body").text)
    load(browser, server + "#mapa")
    select = Select(browser.find_element("id", "selector"))
    for value in [o.get_attribute("value") for o in select.options]:
        select.select_by_value(value)
        texts.append(browser.find_element("id", "sec-mapa").text)
    found = defects("\n".join(texts).replace(HOSTILE, ""))
    assert found == {}
    load(browser, server + "#datos")
    descriptions = [li.text.split(" — ", 1)[1] for li in browser.find_elements("css selector", "#descargas li")]
    assert len(set(descriptions)) == len(descriptions)  # each file says what it holds


def test_the_observatory_of_instruments_page(site, server, browser, tmp_path):
    """Issue 23: the page draws instruments, obligations by state and actions, and its tables; promoters that are
    natural persons are named nowhere in the site."""
    from pot_seguimiento.core.demo.instruments import _PEOPLE

    load(browser, server + "#instrumentos")
    time.sleep(1)  # Leaflet paints its canvas on animation frames
    text = browser.find_element("id", "sec-instrumentos").text
    for expected in ("Observatorio de instrumentos", "Cesión de suelo", "Vencida sin cumplir",
                     "Destino del dinero recibido por obligaciones", "Inversión de 2025 por unidad territorial",
                     "Renovación del centro tradicional"):
        assert expected in text, expected
    colours = browser.execute_script("""
        const canvas = document.querySelector('#mapa-instrumentos canvas');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set();
        for (let i = 0; i < data.length; i += 4 * 53) colours.add(data[i] + ',' + data[i+1] + ',' + data[i+2]);
        return colours.size;""")
    assert colours > 4  # outlines, instruments, obligations in several states, actions
    browser.save_screenshot(str(tmp_path / "instrumentos.png"))
    published = "".join(path.read_text(encoding="utf-8") for path in (site[1] / "datos_sitio").iterdir())
    observatory = json.loads((site[1] / "datos_sitio" / "instrumentos.json").read_text(encoding="utf-8"))
    assert "Persona natural" in {f["properties"]["promotor"] for f in observatory["instrumentos"]["features"]}
    assert not [name for name in _PEOPLE if name in published]


def test_the_social_services_page_tables_by_unit_and_the_nodes(site, server, browser, tmp_path):
    """Issue 22: per sector measured, a map of accessibility by unit with the nodes, and the table by unit whose
    municipality row is the measurement of the period in Spanish numbers; the nodes with their project's progress.
    Screenshots at desktop and phone width (SHOTS, else tmp_path)."""
    from selenium.webdriver.support.ui import Select, WebDriverWait

    store, folder, _ = site
    load(browser, server + "#servicios")
    time.sleep(1)  # Leaflet paints its canvas on animation frames
    assert canvas_signature(browser, "mapa-servicios")[0] > 3  # classes, outlines and nodes
    text = browser.find_element("id", "sec-servicios").text
    assert "Observatorio de servicios sociales" in text and "Nodos de equipamientos" in text
    with sqlite3.connect(store) as connection:
        units = connection.execute("SELECT count(*) FROM unidad_territorial WHERE nivel = 'localidad'").fetchone()[0]
        city = dict(connection.execute("SELECT indicador, valor FROM medicion WHERE periodo = '2025-S2' AND nivel = "
                                       "'municipio'").fetchall())
        nodes = connection.execute("SELECT codigo, proyecto FROM nodo_equipamiento ORDER BY codigo").fetchall()
    select = Select(browser.find_element("id", "selector-servicios"))
    assert {"Bienestar social", "Educación"} <= {o.text for o in select.options}  # (2025's "all" has every sector)
    for option, sector in (("bienestar", "bienestar"), ("educacion", "educacion")):
        select.select_by_value(option)
        rows = browser.find_elements("css selector", "#tabla-servicios tbody tr")
        assert len(rows) == units + 1
        first = [c.text for c in rows[0].find_elements("css selector", "th, td")]
        assert first[0] == "San Isidro del Llano (demo)"
        expected = f"{city[f'accesibilidad_{sector}']:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
        assert first[3] == expected, (sector, first)
    WebDriverWait(browser, 5).until(lambda b: "Educación" in b.find_element("id", "titulo-servicios").text)
    node_rows = [r.text for r in browser.find_elements("css selector", "#tabla-nodos tbody tr")]
    assert [r.split()[0] for r in node_rows] == [code for code, _ in nodes]
    assert all((project in row) if project else ("ninguno" in row) for row, (_, project) in zip(node_rows, nodes))
    shots = SHOTS if os.path.isdir(SHOTS) else str(tmp_path)
    browser.set_window_size(1280, 2000)  # the whole page: map, legend, table and nodes
    browser.save_screenshot(os.path.join(shots, "minisitio-servicios-escritorio.png"))
    browser.set_window_size(390, 844)
    try:
        load(browser, server + "#servicios")
        width = browser.execute_script("return document.documentElement.clientWidth")
        for table, column in (("tabla-servicios", 7), ("tabla-nodos", 5)):
            cells = phone_cells(browser, table, column)
            assert cells
            for left, right, label in cells:
                assert 0 <= left and right <= width + 1, (table, left, right, width)
                assert label.strip('"').split(":")[0] in ("Uso de la capacidad %", "Avance físico al corte"), label
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width + 1
        browser.set_window_size(390, 3000)
        browser.save_screenshot(os.path.join(shots, "minisitio-servicios-390px.png"))
    finally:
        browser.set_window_size(1280, 900)
