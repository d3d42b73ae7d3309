"""The files entities fill with their progress: templates out, reports in (CSV and XLSX).

CSV is written the way Excel opens it in a Colombian Windows: UTF-8 with BOM,
";" as separator (the comma is the decimal mark). Reading accepts either
separator, and Windows-1252 or UTF-16 files too (text_files.decode), since older Excel saves those.
"""
import csv
import io
import os

from . import text_files
from .errors import InputError
from .i18n import tr

TEMPLATE_COLUMNS = ("proyecto", "nombre", "entidad", "meta_unidad", "meta_cantidad", "presupuesto",
                    "ultimo_periodo", "ultimo_avance_fisico", "ultima_inversion",
                    "periodo", "fecha_corte", "avance_fisico", "inversion", "estado_reportado",
                    "observaciones", "evidencia", "reportado_por")
REQUIRED_COLUMNS = ("proyecto", "periodo", "fecha_corte", "avance_fisico", "inversion", "estado_reportado")


def write_csv(path, rows, columns=TEMPLATE_COLUMNS):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, columns, delimiter=";", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def write_xlsx(path, rows, title, columns=TEMPLATE_COLUMNS, to_fill=None):
    """`to_fill`: the columns the entity fills, shaded (by default the progress template's)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    to_fill = to_fill or REQUIRED_COLUMNS[1:] + ("observaciones", "evidencia", "reportado_por")
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(columns)
    for row in rows:
        sheet.append([row.get(c) for c in columns])
    shade = PatternFill("solid", fgColor="FFF2CC")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        if cell.value in to_fill:
            cell.fill = shade  # the columns the entity fills
    for column in sheet.columns:
        sheet.column_dimensions[column[0].column_letter].width = max(12, len(str(column[0].value)) + 2)
    book.save(path)


def read_reports(path):
    """[(row number as the user sees it, {column: value})] of the rows that carry a report.

    Rows left blank by the entity (no progress value) are not reports and are skipped.
    """
    rows = read_rows(path)
    missing = [c for c in REQUIRED_COLUMNS if c not in rows[0]]
    if missing:
        raise InputError(tr("The file '{path}' lacks the columns {columns}; use the template the plugin "
                            "generates.").format(path=path, columns=", ".join(missing)))
    return [(number, row) for number, row in enumerate(rows, start=2)
            if str(row.get("avance_fisico") if row.get("avance_fisico") is not None else "").strip() != ""]


def read_rows(path):
    """The rows of a CSV (UTF-8 or Windows-1252, ";" or ",") or XLSX file as {header: value}."""
    if str(path).lower().endswith((".xlsx", ".xlsm")):
        rows = _read_xlsx(path)
    elif str(path).lower().endswith((".csv", ".txt")):
        with open(path, "rb") as f:
            text, _ = text_files.decode(f.read(), path)
        text_files.oversized_field(text, path)  # before the csv module stops on it with an English error
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ";", delimiters=";,\t")
        reader = csv.DictReader(io.StringIO(text), dialect=dialect)
        rows = list(reader)
        for number, row in enumerate(rows, start=2):
            # csv puts the cells past the header's last column under None: filled ones would be lost (a trailing
            # empty cell, as some editors leave, is nothing lost)
            if any(str(cell).strip() for cell in row.get(None) or ()):
                raise InputError(tr("Row {row} of '{path}' has more cells than its header has columns ({count}): a "
                                    "value holding the separator '{separator}'? Put it in quotes, or remove the "
                                    "extra cells; nothing was imported.").format(
                    row=number, path=os.path.basename(path), count=len(reader.fieldnames), separator=dialect.delimiter))
            row.pop(None, None)
    else:
        raise InputError(tr("'{path}' is neither a CSV nor an XLSX file.").format(path=path))
    if not rows:
        raise InputError(tr("The file '{path}' has no rows.").format(path=path))
    return rows


def _read_xlsx(path):
    from openpyxl import load_workbook

    sheet = load_workbook(path, read_only=True, data_only=True).active
    lines = list(sheet.iter_rows(values_only=True))
    if not lines:
        return []
    header = [str(h).strip() if h is not None else "" for h in lines[0]]
    rows = []
    for line in lines[1:]:
        row = {}
        for name, value in zip(header, line):
            if hasattr(value, "date") and callable(value.date):  # Excel dates come as datetime
                value = value.date().isoformat()
            row[name] = "" if value is None else value
        rows.append(row)
    return rows
