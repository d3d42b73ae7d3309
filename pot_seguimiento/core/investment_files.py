"""The files entities fill with their investment by source, and the office with the receipts of urban obligations
(issue 23): templates out, rows in, CSV and XLSX as the progress templates (core/progress_files.py: Excel's
Colombian CSV, either separator and encoding read back).

An investment template has a row per project of the entity (or per action), with its budget for the year and the
cumulative investment it last reported; the entity fills `fuente` and `valor` (and the DNP's BPIN and CCPET funding
source where they exist), copying a row for each further source. A receipts template has a row per obligation with
what is due and what was received so far; the office fills the date, quantity and act or payment reference of each
receipt. Rows left without a value are not reports and are skipped.
"""
from . import progress_files
from .errors import InputError
from .i18n import tr

INVESTMENT_COLUMNS = ("proyecto", "actuacion", "nombre", "entidad", "presupuesto_anio", "ultima_inversion_reportada",
                      "anio", "fuente", "bpin", "fuente_ccpet", "valor", "observaciones", "reportado_por")
INVESTMENT_TO_FILL = ("fuente", "bpin", "fuente_ccpet", "valor", "observaciones", "reportado_por")
RECEIPT_COLUMNS = ("obligacion", "instrumento", "tipo", "destino", "unidad", "cantidad_debida", "recibido",
                   "fecha_limite", "fecha", "cantidad", "referencia", "proyecto_destino", "documento", "observaciones",
                   "reportado_por")
RECEIPT_TO_FILL = ("fecha", "cantidad", "referencia", "proyecto_destino", "documento", "observaciones",
                   "reportado_por")
INVESTMENT, RECEIPTS = "inversion", "recaudo"
_REQUIRED = {INVESTMENT: ("anio", "fuente", "valor"), RECEIPTS: ("obligacion", "fecha", "cantidad", "referencia")}
_VALUE = {INVESTMENT: "valor", RECEIPTS: "cantidad"}


def write(base, rows, kind, title):
    """`base`.csv and `base`.xlsx of a template of `kind` (INVESTMENT or RECEIPTS)."""
    columns, to_fill = ((INVESTMENT_COLUMNS, INVESTMENT_TO_FILL) if kind == INVESTMENT
                        else (RECEIPT_COLUMNS, RECEIPT_TO_FILL))
    progress_files.write_csv(base + ".csv", rows, columns)
    progress_files.write_xlsx(base + ".xlsx", rows, title, columns, to_fill)


def read(path):
    """(kind, [(row number as the user sees it, {column: value})]) of a filled template: investment when it has
    `fuente` and `valor`, receipts when it has `obligacion`; only the rows that carry a value."""
    rows = progress_files.read_rows(path)
    header = set(rows[0])
    kind = RECEIPTS if "obligacion" in header else INVESTMENT if {"fuente", "valor"} <= header else None
    if kind is None:
        raise InputError(tr("The file '{path}' is neither an investment template (columns fuente, valor) nor a "
                            "receipts template (column obligacion); use the templates the plugin generates.").format(
            path=path))
    missing = [c for c in _REQUIRED[kind] if c not in header]
    if kind == INVESTMENT and not header & {"proyecto", "actuacion"}:
        missing.append("proyecto")
    if missing:
        raise InputError(tr("The file '{path}' lacks the columns {columns}; use the template the plugin "
                            "generates.").format(path=path, columns=", ".join(missing)))
    value = _VALUE[kind]
    return kind, [(number, row) for number, row in enumerate(rows, start=2)
                  if str(row.get(value) if row.get(value) is not None else "").strip() != ""]
