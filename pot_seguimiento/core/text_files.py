"""Text files as offices receive them (CSV from Excel, GeoJSON from a portal): their encoding
found, and read or repaired, before any program decodes them as UTF-8 and turns "Nariño" into
"Nari�o" for good.

UTF-8 (with or without BOM) and UTF-16 with BOM (Excel's "Unicode text") are read as they are;
anything else is Windows-1252, which older Excel writes and which includes Latin-1's letters
(ñ, á, é…). A file that none of them read is refused.
"""
import csv
import io
import os

from .errors import InputError
from .i18n import tr
from .value_rules import MAX_TEXT_LENGTH

TEXT_EXTENSIONS = (".csv", ".txt", ".tsv", ".geojson", ".json")
UTF8 = "utf-8"


def decode(raw, path=""):
    """(text, encoding name) of the bytes of a text file; InputError when no encoding reads it."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        candidates = ("utf-8-sig", "cp1252", "latin-1")
    for encoding in candidates:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(tr("The file '{path}' cannot be read as text (UTF-8, UTF-16 or Windows-1252); save it as "
                        "UTF-8 and import it again.").format(path=path))


def oversized_field(text, path=""):
    """InputError naming the row and column of the first CSV value longer than MAX_TEXT_LENGTH
    characters (GDAL gives up on such a line and would report the file as having no rows)."""
    lines = text.splitlines()
    if not lines or max(len(line) for line in lines) <= MAX_TEXT_LENGTH:
        return
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        delimiter = max(";,\t", key=lines[0].count)
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        header = next(reader, [])
        for row_number, row in enumerate(reader, start=2):
            for position, value in enumerate(row):
                if len(value) > MAX_TEXT_LENGTH:
                    column = header[position] if position < len(header) else str(position + 1)
                    raise InputError(tr("Row {row} of '{path}', field '{field}', holds {size} characters; a value "
                                        "takes at most {maximum}. The file is damaged or the wrong column was "
                                        "pasted; nothing was imported.").format(
                        row=row_number, path=os.path.basename(path), field=column,
                        size=f"{len(value):,}".replace(",", "."),
                        maximum=f"{MAX_TEXT_LENGTH:,}".replace(",", ".")))
    finally:
        csv.field_size_limit(limit)


def utf8_copy(path, folder):
    """For a text file not in UTF-8: a UTF-8 copy in `folder` (same name, beside copies of its
    sidecar files) and the encoding it was in; (path, None) for a file that needs nothing.
    Also refuses a CSV with an oversized value."""
    if not path or not path.lower().endswith(TEXT_EXTENSIONS) or not os.path.isfile(path):
        return path, None
    with open(path, "rb") as f:
        raw = f.read()
    text, encoding = decode(raw, path)
    if path.lower().endswith((".csv", ".txt", ".tsv")):
        oversized_field(text, path)
    if encoding == "utf-8-sig":
        return path, None
    stem = os.path.splitext(os.path.basename(path))[0]
    for name in os.listdir(os.path.dirname(os.path.abspath(path))):  # .csvt, .prj: GDAL reads them beside
        if name.startswith(stem + ".") and name != os.path.basename(path):
            with open(os.path.join(os.path.dirname(os.path.abspath(path)), name), "rb") as source, \
                    open(os.path.join(folder, name), "wb") as target:
                target.write(source.read())
    copy = os.path.join(folder, os.path.basename(path))
    with open(copy, "w", encoding=UTF8, newline="") as f:
        f.write(text)
    return copy, encoding
