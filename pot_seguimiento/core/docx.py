"""A minimal Word document (DOCX, Office Open XML) writer: headings, paragraphs and tables, enough for
an editable copy of a report that the office finishes in Word or LibreOffice. No dependencies."""
import zipfile
from xml.sax.saxutils import escape

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="word/document.xml"/>
</Relationships>"""
_DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
 Target="styles.xml"/>
</Relationships>"""
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PAGE_WIDTH, MARGIN = 16838, 1134  # A4 landscape, 2 cm margins (twentieths of a point)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def _style(style_id, name, size, bold=False, based="Normal"):
    return (f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/>'
            f'<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>'
            f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr></w:style>')


_STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}>'
           '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>'
           '<w:sz w:val="20"/><w:lang w:val="es-CO"/></w:rPr></w:rPrDefault></w:docDefaults>'
           '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
           + _style("Title", "Title", 40, True) + _style("Heading1", "heading 1", 30, True)
           + _style("Heading2", "heading 2", 24, True) +
           '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
           + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + '</w:tblBorders></w:tblPr></w:style></w:styles>')


def _run(text, bold=False):
    """A run of text; a line break in the text is a line break in the document (<w:br/>)."""
    lines = [f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in str(text).split("\n")]
    return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}{"<w:br/>".join(lines)}</w:r>'


class Document:
    def __init__(self):
        self.body = []

    def heading(self, text, level=1):
        style = "Title" if level == 0 else f"Heading{level}"
        self.body.append(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{_run(text)}</w:p>')

    def paragraph(self, text, bold=False):
        self.body.append(f"<w:p>{_run(text, bold)}</w:p>")

    def table(self, headers, rows, empty="sin dato"):
        rows = [[empty if value in (None, "") else value for value in row] for row in rows]
        # Columns as wide as their text asks, within the page (twentieths of a point)
        weights = [min(60, max(len(str(v)) for v in [h] + [row[i] for row in rows if i < len(row)])) + 4
                   for i, h in enumerate(headers)]
        widths = [int(TEXT_WIDTH * w / sum(weights)) for w in weights]

        def cell(value, width, bold=False):
            return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{_run(value, bold)}</w:p></w:tc>'
        lines = ["<w:tr>" + "".join(cell(h, w, True) for h, w in zip(headers, widths)) + "</w:tr>"]
        lines += ["<w:tr>" + "".join(cell(v, w) for v, w in zip(row, widths)) + "</w:tr>" for row in rows]
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        self.body.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{TEXT_WIDTH}" w:type="dxa"/>'
                         f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
                         + "".join(lines) + "</w:tbl><w:p/>")

    def page_break(self):
        self.body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def save(self, path):
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>'
                    + "".join(self.body) + f'<w:sectPr><w:pgSz w:w="{PAGE_WIDTH}" w:h="11906" w:orient="landscape"/>'
                    f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}"/></w:sectPr>'
                    "</w:body></w:document>")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
            archive.writestr("_rels/.rels", _RELS)
            archive.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS)
            archive.writestr("word/document.xml", document)
            archive.writestr("word/styles.xml", _STYLES)
