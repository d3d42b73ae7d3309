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


def canvas_signature(browser):
    """How many distinct colours the map's canvas shows, and a digest of its pixels."""
    return browser.execute_script("""
        const canvas = document.querySelector('#mapa-indicador canvas');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set();
        for (let i = 0; i < data.length; i += 4 * 97) colours.add(data[i] + ',' + data[i+1] + ',' + data[i+2] + ',' + data[i+3]);
        return [colours.size, canvas.toDataURL()];""")


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
    with sqlite3.connect(store) as connection:  # people: inspectors, and reporters who are not an entity
        names = {n for (n,) in connection.execute(
            "SELECT inspector FROM visita UNION SELECT reportado_por FROM avance WHERE reportado_por NOT IN "
            "(SELECT entidad FROM proyecto)") if n}
    assert len(names) >= 2
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
