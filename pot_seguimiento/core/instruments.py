"""The observatory of instruments (issue 23): urban obligations (cargas u obligaciones urbanísticas) and what was
received of them, investment by source, and the rules both follow on their way into the expediente.

Plain data in, plain data out; no QGIS, no SQL. The store reads and writes (store/instruments.py); the apportioning
of investment to territorial units is in core/investment.py.

- An obligation's state at a cut-off: `cumplida` when what was received reaches what is due, `vencida` when its due
  date has passed without that, `parcial` when something was received, else `pendiente`.
- Receipts and investment rows are append-only: a correction is a new row naming the one it supersedes
  (`reemplaza`); only rows nobody supersedes count (`effective`).
- A government term (periodo de gobierno) of mayors and governors is four years from 2004, 2008… (Acto
  Legislativo 02 de 2002): 2024–2027 is the term of the development plan adopted in 2024.
"""
import datetime

import numpy as np

from . import schema
from .i18n import tr
from .numbers import AmbiguousNumber, parse_number
from .text import normalise_code

SOURCES = tuple(schema.DOMAINS["fuente_inversion"])
PRIVATE_SOURCES = ("privada", "colaborativa")  # participacion_inversion_privada: private and collaborative
OBLIGATION_TYPES = tuple(schema.DOMAINS["tipo_obligacion"])
OBLIGATION_STATES = ("pendiente", "parcial", "cumplida", "vencida")
STATE_LABELS = {"pendiente": "Pendiente", "parcial": "Recibida en parte", "cumplida": "Cumplida",
                "vencida": "Vencida sin cumplir"}
# What a receipt of each type of obligation is counted in (the schema's checks hold suelo to m², dinero to COP).
UNIT_OF_TYPE = {"suelo": "m2", "dinero": "cop"}
TERM_YEARS = 4
FIRST_TERM = 2004  # Acto Legislativo 02 de 2002: four-year terms of mayors and governors from 2004
RECEIPT_FIELDS = ("obligacion", "fecha", "cantidad", "referencia", "proyecto_destino", "documento", "observaciones",
                  "reportado_por")
INVESTMENT_FIELDS = ("proyecto", "actuacion", "anio", "fuente", "bpin", "fuente_ccpet", "valor", "entidad",
                     "observaciones", "reportado_por")
# A receipt is the same receipt when it names the same obligation and act or payment reference; an investment row
# the same when it is of the same project or action, year, source and DNP identifiers.
RECEIPT_KEY = ("obligacion", "referencia")
INVESTMENT_KEY = ("proyecto", "actuacion", "anio", "fuente", "bpin", "fuente_ccpet")


def government_term(year):
    """'2024-2027' for any year from 2024 to 2027."""
    year = int(year)
    start = year - (year - FIRST_TERM) % TERM_YEARS
    return f"{start}-{start + TERM_YEARS - 1}"


def term_years(term):
    start = int(str(term)[:4])
    return list(range(start, start + TERM_YEARS))


def effective(rows):
    """The rows no other row supersedes (append-only tables with `reemplaza`), in their order."""
    superseded = {r.get("reemplaza") for r in rows if r.get("reemplaza") is not None}
    return [r for r in rows if r.get("fid") not in superseded]


def received_by_obligation(receipts, cutoff=None):
    """{obligation code: quantity received by `cutoff` (ISO date, None: all)} of the effective receipts."""
    out = {}
    for receipt in effective(receipts):
        if cutoff is None or str(receipt["fecha"])[:10] <= str(cutoff):
            out[receipt["obligacion"]] = out.get(receipt["obligacion"], 0.0) + float(receipt["cantidad"] or 0)
    return out


def obligation_state(due, received, due_date, cutoff):
    """The state of one obligation at `cutoff` (ISO date)."""
    due, received = float(due or 0), float(received or 0)
    if received >= due - 1e-9 * max(due, 1.0):
        return "cumplida"
    if due_date and str(due_date)[:10] < str(cutoff):
        return "vencida"
    return "parcial" if received > 0 else "pendiente"


def obligation_states(obligations, receipts, cutoff):
    """(received, state) arrays aligned with `obligations` (dicts with codigo, cantidad, fecha_limite)."""
    received_of = received_by_obligation(receipts, cutoff)
    received = np.array([received_of.get(o["codigo"], 0.0) for o in obligations], float)
    states = np.array([obligation_state(o["cantidad"], r, o.get("fecha_limite"), cutoff)
                       for o, r in zip(obligations, received)], dtype=object)
    return received, states


def compliance(obligations, received, kind):
    """(numerator, denominator, weighting) of cumplimiento_obligaciones_<kind> over the given obligations: what was
    received (at most what each owes) over what is due, in the type's unit. Obligations in kind are due in
    different units (m², units, COP): then each obligation weighs the same (numerator: the sum of each one's share
    received, denominator: how many there are)."""
    of_kind = [i for i, o in enumerate(obligations) if o["tipo"] == kind]
    if not of_kind:
        return 0.0, 0.0, "cantidad"
    due = np.array([float(obligations[i]["cantidad"] or 0) for i in of_kind])
    got = np.minimum(received[of_kind], due)
    if len({obligations[i]["unidad"] for i in of_kind}) == 1:
        return float(got.sum()), float(due.sum()), "cantidad"
    share = np.divide(got, due, out=np.ones_like(due), where=due > 0)
    return float(share.sum()), float(len(of_kind)), "obligacion"


# -- checking what an entity sends ----------------------------------------------------------------------------------

def _text(value):
    return "" if value is None else str(value).strip()


def _quantity(row, name, errors, field):
    """The number in row[name], or None with the reason appended to `errors`."""
    text = row.get(name)
    if text is None or _text(text) == "":
        errors.append(tr("field '{field}' is empty").format(field=name))
        return None
    try:
        value = parse_number(text)
    except AmbiguousNumber as error:
        errors.append(tr("field '{field}': {reason}").format(field=name, reason=error))
        return None
    except (TypeError, ValueError):
        errors.append(tr("field '{field}': '{value}' is not a number").format(field=name, value=text))
        return None
    if value != value or value in (float("inf"), float("-inf")):
        errors.append(tr("field '{field}': '{value}' is not a number").format(field=name, value=text))
        return None
    if value < 0:
        errors.append(tr("field '{field}' is negative ({value}): values received or invested are 0 or more").format(
            field=name, value=text))
        return None
    from .value_rules import problem  # (value_rules reads the report package, which reads this module)

    reason = problem(field, value)  # above MAX_COP: a typing error
    if reason:
        errors.append(reason)
        return None
    return value


def _date(row, name, errors, today=None):
    text = _text(row.get(name))
    if not text:
        errors.append(tr("field '{field}' is empty").format(field=name))
        return None
    try:
        day = datetime.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        errors.append(tr("field '{field}': '{value}' is not a date (YYYY-MM-DD)").format(field=name, value=text))
        return None
    from .value_rules import problem

    reason = problem(schema.table("recaudo_obligacion").field("fecha"), day, today)
    if reason:
        errors.append(reason)
        return None
    return day


def check_receipt(row, obligation, received_before, projects, today=None):
    """(clean row or None, errors) of one receipt. `obligation`: the obligation's dict or None when the code is
    unknown; `received_before`: what the effective receipts of it already add up to (without the one this row
    corrects); `projects`: the POT projects' codes."""
    errors = []
    code = _text(row.get("obligacion"))
    if not code:
        errors.append(tr("field 'obligacion' is empty"))
    elif obligation is None:
        errors.append(tr("field 'obligacion': the obligation '{code}' is not in the expediente").format(code=code))
    day = _date(row, "fecha", errors, today)
    quantity = _quantity(row, "cantidad", errors, schema.table("recaudo_obligacion").field("cantidad"))
    reference = _text(row.get("referencia"))
    if not reference:
        errors.append(tr("field 'referencia' is empty: give the act of receipt or the payment reference"))
    target = _text(row.get("proyecto_destino"))
    if target and target not in projects:
        errors.append(tr("field 'proyecto_destino': the project '{code}' is not a project of the POT").format(
            code=target))
    notes = _text(row.get("observaciones"))
    if obligation is not None and quantity is not None:
        due = float(obligation["cantidad"] or 0)
        total = received_before + quantity
        if total > due + 1e-9 * max(due, 1.0) and not notes:
            errors.append(tr("field 'cantidad': {total} received in all is more than the {due} due by obligation "
                             "'{code}'; explain it in 'observaciones'").format(
                total=f"{total:g}", due=f"{due:g}", code=code))
    if errors:
        return None, errors
    clean = {k: (_text(row.get(k)) or None) for k in RECEIPT_FIELDS}
    clean.update(obligacion=code, fecha=day, cantidad=quantity, referencia=reference, proyecto_destino=target or None)
    return clean, []


def check_investment(row, projects, actions):
    """(clean row or None, errors) of one investment row; `projects`, `actions`: the codes in the expediente."""
    errors = []
    project, action = _text(row.get("proyecto")), _text(row.get("actuacion"))
    if bool(project) == bool(action):
        errors.append(tr("fields 'proyecto' and 'actuacion': give one of them, the project or the action invested "
                         "in"))
    elif project and project not in projects:
        errors.append(tr("field 'proyecto': the project '{code}' is not in the expediente").format(code=project))
    elif action and action not in actions:
        errors.append(tr("field 'actuacion': the action '{code}' is not in the expediente").format(code=action))
    year = None
    try:
        year = int(parse_number(row.get("anio")))
        if not 1900 <= year <= 2100 or year != parse_number(row.get("anio")):
            raise ValueError
    except (TypeError, ValueError, AmbiguousNumber):
        errors.append(tr("field 'anio': '{value}' is not a year").format(value=_text(row.get("anio"))))
    source = normalise_code(_text(row.get("fuente")))
    if source not in SOURCES:
        errors.append(tr("field 'fuente': '{value}' is not a known source; use one of {sources}").format(
            value=_text(row.get("fuente")), sources=", ".join(SOURCES)))
    value = _quantity(row, "valor", errors, schema.table("inversion").field("valor"))
    if errors:
        return None, errors
    clean = {k: (_text(row.get(k)) or None) for k in INVESTMENT_FIELDS}
    clean.update(proyecto=project or None, actuacion=action or None, anio=year, fuente=source, valor=value)
    return clean, []


def key_of(row, names):
    return tuple(_text(row.get(n)) for n in names)


def same_receipt(a, b):
    """Whether two receipts of the same key say the same (importing a file twice changes nothing)."""
    return (str(a["fecha"])[:10] == str(b["fecha"])[:10] and abs(float(a["cantidad"]) - float(b["cantidad"])) < 1e-6
            and _text(a.get("proyecto_destino")) == _text(b.get("proyecto_destino")))


def same_investment(a, b):
    return abs(float(a["valor"]) - float(b["valor"])) < 0.5  # to the peso


# -- reconciliation with the cumulative investment the projects report ----------------------------------------------

def reconcile(latest_reported, investment_rows):
    """Where a project has investment rows, the cumulative investment of its latest progress report
    (`latest_reported`: {project: (value, year of its cut-off)}) against the sum of its effective rows up to that
    year: [{proyecto, anio, inversion_avance, inversion_fuentes, diferencia}] for every project with rows
    (diferencia = avance − fuentes in whole pesos, 0 when they agree; None when the project reported no
    investment)."""
    rows = effective(investment_rows)
    out = []
    for project in sorted({r["proyecto"] for r in rows if r.get("proyecto")}):
        reported, year = latest_reported.get(project, (None, None))
        until = int(year) if year is not None else max(int(r["anio"]) for r in rows if r.get("proyecto") == project)
        total = sum(float(r["valor"]) for r in rows if r.get("proyecto") == project and int(r["anio"]) <= until)
        difference = None if reported is None else int(round(float(reported) - total))
        out.append({"proyecto": project, "anio": until, "inversion_avance": reported, "inversion_fuentes": total,
                    "diferencia": difference})
    return out
