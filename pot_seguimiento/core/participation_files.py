"""The participation templates as files (CSV and XLSX), the way the progress templates are (core/progress_files.py):
CSV in UTF-8 with BOM and ';' as Excel opens it in Colombia, one file per kind; one XLSX workbook per entity with a
sheet per kind (actividades, plan, compromisos). Reading takes either, and any sheet order."""
import os

from . import participation, progress_files
from .errors import InputError
from .i18n import tr

# The cells an entity fills, shaded in the workbook.
_FILLED_BY_THE_ENTITY = {
    "actividades": set(participation.ACTIVITY_COLUMNS) - {"codigo", "dependencia"},
    "plan": {"ejecutadas", "observaciones"},
    "compromisos": {"estado", "fecha_estado", "avance", "nota", "evidencia"},
}


def write_csv(path, kind, rows):
    import csv

    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, participation.KINDS[kind], delimiter=";", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def write_xlsx(path, sheets):
    """One workbook, a sheet per kind: `sheets` is {kind: [row dicts]}."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    book.remove(book.active)
    to_fill = PatternFill("solid", fgColor="FFF2CC")
    for kind, rows in sheets.items():
        sheet = book.create_sheet(kind)
        columns = participation.KINDS[kind]
        sheet.append(columns)
        for row in rows:
            sheet.append([row.get(c) for c in columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            if cell.value in _FILLED_BY_THE_ENTITY[kind]:
                cell.fill = to_fill
        for column in sheet.columns:
            sheet.column_dimensions[column[0].column_letter].width = max(12, len(str(column[0].value)) + 2)
    book.save(path)


def read_sheets(path):
    """{kind: [(row number as the user sees it, {column: value})]} of a filled template: a CSV of one kind, or a
    workbook whose sheets are told apart by their columns. Every sheet (even one that is no template) is screened
    for personal data first: a file holding any is refused whole."""
    if not os.path.exists(path):
        raise InputError(tr("The file '{path}' does not exist.").format(path=path))
    if str(path).lower().endswith((".xlsx", ".xlsm")):
        raw = _read_workbook(path)
    else:
        raw = [(os.path.basename(path), progress_files.read_rows(path))]
    numbered = [(name, list(enumerate(rows, start=2))) for name, rows in raw]
    participation.refuse_personal_data(numbered, path)
    sheets = {}
    for name, rows in numbered:
        if not rows:
            continue
        where = tr("sheet '{sheet}' of {path}").format(sheet=name, path=path)
        kind = participation.kind_of(rows[0][1], where)
        participation.check_header(kind, rows[0][1], where)
        sheets.setdefault(kind, []).extend(rows)
    if not sheets:
        raise InputError(tr("The file '{path}' has no rows.").format(path=path))
    return sheets


def _read_workbook(path):
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    out = []
    for sheet in book.worksheets:
        lines = list(sheet.iter_rows(values_only=True))
        if not lines:
            continue
        header = [str(h).strip() if h is not None else "" for h in lines[0]]
        rows = []
        for line in lines[1:]:
            row = {}
            for name, value in zip(header, line):
                if not name:
                    continue
                if hasattr(value, "date") and callable(value.date):  # Excel dates come as datetime
                    value = value.date().isoformat()
                row[name] = "" if value is None else value
            rows.append(row)
        out.append((sheet.title, rows))
    return out
