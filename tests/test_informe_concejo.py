"""export_informe_concejo on the demo: the PDF's pages read back, and the same content in the DOCX."""
import re
import subprocess
import unicodedata
import zipfile
from xml.etree import ElementTree

import pytest

SECTIONS = ("Resumen ejecutivo", "Análisis de suficiencia", "Articulación fines–medios",
            "Batería de indicadores de los objetivos", "Lectura operativa y evaluación de resultados",
            "Modelo de ocupación y valor del suelo", "Proyectos del POT", "Participación ciudadana",
            "Patrimonio y banco de experiencias", "DOFA",
            "Conclusiones y recomendaciones para la revisión del plan")


@pytest.fixture(scope="module")
def informe(run, demo_store, tmp_path_factory):
    pdf = tmp_path_factory.mktemp("informe") / "informe_concejo_2025.pdf"
    results = run("export_informe_concejo", {"EXPEDIENTE": str(demo_store), "YEAR": 2025, "OUTPUT": str(pdf)})
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return results, unicodedata.normalize("NFKC", text).split("\f")[:-1]  # NFKC: ligatures back to letters


def pages_with_images(pdf):
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {int(line.split()[0]) for line in listing.splitlines()[2:] if line.strip()}


def test_every_section_is_in_the_pdf_and_in_the_contents(informe):
    results, pages = informe
    assert len(pages) == results["PAGES"] >= 12
    assert "Informe al Concejo sobre el Plan de Ordenamiento Territorial" in " ".join(pages[0].split())
    for title in SECTIONS:
        listed = re.search(re.escape(title) + r"\s+(\d+)", pages[1])
        assert listed, title
        assert title in pages[int(listed.group(1)) - 1]  # the contents point at the section's first page


def test_no_page_is_blank(informe):
    results, pages = informe
    charts = pages_with_images(results["OUTPUT"])
    assert len(charts) == 3  # the summary's chart, sufficiency bars and the articulation heat map
    for number, page in enumerate(pages, start=1):
        body = [line for line in page.splitlines() if line.strip() and "Expediente Municipal del POT" not in line
                and "Fuente:" not in line]
        assert len(body) >= 3 or (number in charts and len(body) >= 2), f"page {number} is blank"


def test_the_evaluation_is_what_the_pdf_says(informe):
    _, pages = informe
    text = " ".join("\n".join(pages).split())  # lines as a reader follows them
    assert re.search(r"Suficiencia de los contenidos que exige la ley\s+81,8 %", text)
    assert re.search(r"Vacíos de articulación\s+9\b", text)
    for code in ("P6-30", "P5-25", "P6-29", "Índice relativo del valor del suelo"):  # the planted gaps
        assert code in text
    assert "Ley 388 de 1997, art. 12, num. 1" in text
    assert "Debilidad" in text and "Amenaza" in text
    assert "sin dato" in text  # O7 has neither projects nor a rating


def test_the_docx_holds_the_same_content(informe):
    results, pages = informe
    with zipfile.ZipFile(results["DOCUMENT"]) as docx:
        assert {"word/document.xml", "word/styles.xml", "[Content_Types].xml"} <= set(docx.namelist())
        xml = docx.read("word/document.xml").decode("utf-8")
        for part in docx.namelist():  # every part is well-formed XML, as Word and LibreOffice require
            ElementTree.fromstring(docx.read(part))
    text = re.sub(r"<[^>]+>", " ", xml)
    for title in SECTIONS:
        assert title in text
    for code in ("P6-30", "O7", "Ley 388 de 1997, art. 14"):
        assert code in text
    assert xml.count("<w:tbl>") >= 12


def test_no_code_or_dot_decimal_reaches_the_concejo(informe):
    from reader_text import defects

    _, pages = informe
    assert defects("\n".join(pages)) == {}


def test_the_heritage_chapter_lists_the_experiences_and_no_private_owner(informe):
    _, pages = informe
    text = " ".join("\n".join(pages).split())
    assert "Reubicación concertada" in text and "Plan de gestión social" in text
    assert re.search(r"3 experiencias, 4\.250\.000\.000 COP en total", text)
    assert "Hacienda El Retiro" in text  # lost: an asset in bad state
    for private in ("Rosa Elvira Castañeda", "Hernando Salcedo", "Ortiz Lozano"):
        assert private not in text


def test_the_participation_chapter_says_what_the_participation_report_says(informe, run, demo_store, tmp_path):
    """The year's participation (the demo's entities' activities, plan and commitments): the figures the
    participation report of 2025 gives on its first page are the chapter's, in the PDF and in the DOCX."""
    results, pages = informe
    chapter = " ".join(" ".join(p for p in pages if "Participación ciudadana" in p).split())
    own = tmp_path / "informe_participacion_2025.pdf"
    run("export_participation_report", {"EXPEDIENTE": str(demo_store), "PERIOD": "2025", "OUTPUT": str(own)})
    first = subprocess.run(["pdftotext", "-layout", "-l", "1", str(own), "-"], capture_output=True, text=True,
                           check=True).stdout
    first = " ".join(unicodedata.normalize("NFKC", first).split())
    figures = re.findall(r"(Actividades ejecutadas \d+|Participantes [\d.]+|Mujeres % [\d,]+ %|"
                         r"Compromisos cumplidos % [\d,]+ %|Compromisos vencidos \d+)", first)
    assert len(figures) == 5, first
    for figure in figures:
        assert figure in chapter, figure
    assert re.search(r"En 2025 las entidades ejecutaron \d+ actividades", chapter)
    assert "Programadas" in chapter and "Ejecutadas" in chapter  # the plan by dependency
    with zipfile.ZipFile(results["DOCUMENT"]) as docx:
        text = " ".join(re.sub(r"<[^>]+>", " ", docx.read("word/document.xml").decode("utf-8")).split())
    assert "Participación ciudadana" in text and figures[0].split()[-1] in text


def test_the_executive_summary_fills_its_page(informe):
    """The key figures under the messages, not a small table alone at the bottom of an empty half-page; the
    indicators' chart draws the indicators the messages count (the grey bar of those without a target dwarfed
    them)."""
    results, pages = informe
    summary = next(i for i, page in enumerate(pages, start=1) if "Mensajes principales" in page and i > 2)
    output = subprocess.run(["pdftotext", "-bbox", "-f", str(summary), "-l", str(summary), results["OUTPUT"], "-"],
                            capture_output=True, text=True, check=True).stdout
    tops = {word: float(y) for y, word in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<', output)}
    messages_end = max(float(y) for y, word in re.findall(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<', output) if float(y) < tops["Aspecto"])
    assert tops["Aspecto"] - messages_end < 20 * 72 / 25.4  # within 2 cm of the last message
    text = " ".join(pages[summary - 1].split())
    assert "Indicadores con valor y meta" in text and re.search(r"\d+ \(\d+ cumplen su", text)
    assert "Gris (sin dato o sin meta)" not in text


def test_tables_are_set_in_readable_type_and_nothing_is_clipped(informe, demo_store, tmp_path):
    """Short tables in 9 pt (every table was 7 pt, a third of a page in small print), long ones smaller; a frame
    clips what does not fit, so every row's first cell must still be in the PDF."""
    from pot_seguimiento.cartography.informe_concejo import InformeConcejo, readable_size

    _, pages = informe
    text = " ".join(" ".join(pages).split())
    report = InformeConcejo(str(demo_store), 2025, str(tmp_path))
    tables = [block for section in report.sections() for block in section.blocks if block[0] == "table"]
    sizes = [readable_size(block[1], block[2][:30], 281, 156) for block in tables]
    assert 9 in sizes and min(sizes) >= 7
    for block in tables:
        for row in block[2]:
            first = " ".join(str(row[0]).split())
            words = first.split()[:4]  # a cell wraps: its first words are on one line
            assert " ".join(words) in text or all(w in text for w in words), first


def test_short_tables_of_a_chapter_share_a_page(informe, demo_store, tmp_path):
    """A chapter's short tables go one under the other (each table alone on its page left most of it empty): the
    participation chapter's figures and its programmed-against-executed table on one page, the later table's text
    above it, and no row of either lost or drawn over the other (every row read back in order)."""
    _, pages = informe
    shared = [page for page in pages if "Cifra" in page and "Dependencia" in page and "Programadas" in page]
    assert shared, "the participation chapter's two first tables are on different pages"
    page = shared[0]
    assert page.index("Compromisos vencidos") < page.index("Dependencia")  # the first table ends before the second
    rows = [line.split()[0] for line in page.splitlines() if line.strip().startswith(("Instituto", "Oficina",
                                                                                     "Secretaría", "Total"))]
    assert rows[-1] == "Total" and len(rows) >= 3
