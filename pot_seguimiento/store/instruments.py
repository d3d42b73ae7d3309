"""The observatory of instruments in the store: reading instruments, obligations, receipts, actions and
investment, and recording the receipts and investment entities send, all or nothing (core/instruments.py holds
the rules; store/progress.py records progress reports the same way).

Recording happens inside one write transaction, the history read after the write lock is taken: two offices
importing at once cannot both check a receipt against a stale total.
"""
from ..core import instruments
from ..core.errors import InputError
from ..core.i18n import tr
from .progress import Outcome

_RECEIPT_COLUMNS = ("fid",) + instruments.RECEIPT_FIELDS + ("reemplaza",)
_INVESTMENT_COLUMNS = ("fid",) + instruments.INVESTMENT_FIELDS + ("reemplaza",)


def instruments_of(store, with_geometry=False):
    columns = ["codigo", "nombre", "tipo", "acto", "fecha_acto", "promotor", "tipo_promotor", "estado",
               "vigente_hasta"]
    return _rows(store, "instrumento", columns, with_geometry)


def obligations(store, with_geometry=False):
    return _rows(store, "obligacion_urbanistica", ["codigo", "instrumento", "tipo", "destino", "cantidad", "unidad",
                                                   "fecha_limite", "promotor", "tipo_promotor", "descripcion"],
                 with_geometry)


def actions(store, with_geometry=False):
    return _rows(store, "actuacion", ["codigo", "nombre", "tipo", "promotor", "tipo_promotor", "instrumento",
                                      "programa", "anio_inicio", "estado"], with_geometry)


def receipts(store):
    """Every receipt, superseded ones included (core.instruments.effective picks the ones that count)."""
    return store.dicts(f"SELECT {', '.join(_RECEIPT_COLUMNS)} FROM recaudo_obligacion ORDER BY fid")


def investment(store):
    """Every investment row, superseded ones included."""
    return store.dicts(f"SELECT {', '.join(_INVESTMENT_COLUMNS)} FROM inversion ORDER BY fid")


def observatory(store):
    """What the observatory's indicators and report section read: obligations (dicts with their geometry),
    receipts and investment rows (superseded ones included), instruments and actions (dicts with geometry, and
    {code: geometry}), projects' footprints {code: geometry}, annual budgets [(project, year, value)] and each
    project's latest reported cumulative investment {project: (value, year)}."""
    from ..core.projects import as_date, latest_report
    from .progress import budget_rows, reports_by_project

    data, footprints = store.read("proyecto", ["codigo"])
    instrument_rows = instruments_of(store, with_geometry=True)
    action_rows = actions(store, with_geometry=True)
    latest = {}
    for project, reports in reports_by_project(store).items():
        report = latest_report(reports)
        if report is not None and report.get("inversion") is not None:
            latest[project] = (report["inversion"], as_date(report["fecha_corte"]).year)
    return {"obligations": obligations(store, with_geometry=True), "receipts": receipts(store),
            "investment": investment(store), "instrument_rows": instrument_rows, "action_rows": action_rows,
            "instruments": {r["codigo"]: r["geometry"] for r in instrument_rows},
            "actions": {r["codigo"]: r["geometry"] for r in action_rows},
            "projects": dict(zip(data["codigo"].tolist(), footprints)),
            "budget": [tuple(row) for row in budget_rows(store)], "latest_reported": latest}


def _rows(store, table, columns, with_geometry):
    data, geometries = store.read(table, columns, geometry=with_geometry)
    rows = [dict(zip(columns, values)) for values in zip(*(data[c].tolist() for c in columns))]
    if with_geometry:
        for row, geometry in zip(rows, geometries):
            row["geometry"] = geometry
    return rows


def _project_codes(store):
    return {code for (code,) in store.connection.execute("SELECT codigo FROM proyecto").fetchall()}


def _insert(connection, table, fields, row, replaces):
    cursor = connection.execute(
        f"INSERT INTO {table} ({', '.join(fields)}, reemplaza) VALUES ({', '.join('?' * len(fields))}, ?) "
        "RETURNING fid", [row.get(k) for k in fields] + [replaces])
    return cursor.fetchone()[0]


def _refuse(outcome, what):
    error = InputError(tr("Nothing was recorded: {count} rows of {what} have errors.").format(
        count=len(outcome.rejected), what=what) + "\n" + "\n".join(
        tr("- row {row}: {errors}").format(row=row, errors="; ".join(errors))
        for row, errors in outcome.rejected[:10]), outcome.rejected)
    error.outcome = outcome
    raise error


def record_receipts(store, rows, row_numbers=None, today=None):
    """Check and append receipts of obligations, all or nothing; an Outcome says what happened to each row.

    A receipt identical to one recorded (same obligation, reference, date, quantity and project) is skipped; one
    with the same obligation and reference that says something else corrects it (`reemplaza`)."""
    row_numbers = row_numbers or list(range(1, len(rows) + 1))
    outcome = Outcome()
    with store.transaction() as connection:
        by_code = {o["codigo"]: o for o in obligations(store)}
        projects = _project_codes(store)
        current = {instruments.key_of(r, instruments.RECEIPT_KEY): r for r in instruments.effective(receipts(store))}
        received = instruments.received_by_obligation(list(current.values()))
        for number, row in zip(row_numbers, rows):
            key = instruments.key_of(row, instruments.RECEIPT_KEY)
            previous = current.get(key)
            code = key[0]
            before = received.get(code, 0.0) - (float(previous["cantidad"]) if previous is not None else 0.0)
            clean, errors = instruments.check_receipt(row, by_code.get(code), before, projects, today)
            if errors:
                outcome.rejected.append((number, errors))
                continue
            if previous is not None and instruments.same_receipt(previous, clean):
                outcome.skipped.append((number, tr("already recorded")))
                continue
            replaces = previous["fid"] if previous is not None else None
            fid = _insert(connection, "recaudo_obligacion", instruments.RECEIPT_FIELDS, clean, replaces)
            current[key] = {**clean, "fid": fid, "reemplaza": replaces}
            received[code] = before + clean["cantidad"]
            warnings = [tr("corrects record {fid}").format(fid=replaces)] if replaces is not None else []
            outcome.accepted.append((number, fid, warnings))
        if outcome.rejected:
            _refuse(outcome, tr("receipts"))
    return outcome


def record_investment(store, rows, row_numbers=None):
    """Check and append investment rows, all or nothing; an Outcome says what happened to each row.

    A row with the same project or action, year, source and DNP identifiers as a recorded one is skipped when its
    value is the same to the peso, and corrects it (`reemplaza`) when not."""
    row_numbers = row_numbers or list(range(1, len(rows) + 1))
    outcome = Outcome()
    with store.transaction() as connection:
        projects = _project_codes(store)
        action_codes = {code for (code,) in connection.execute("SELECT codigo FROM actuacion").fetchall()}
        history = investment(store)
        current = {instruments.key_of(r, instruments.INVESTMENT_KEY): r for r in instruments.effective(history)}
        for number, row in zip(row_numbers, rows):
            clean, errors = instruments.check_investment(row, projects, action_codes)
            if errors:
                outcome.rejected.append((number, errors))
                continue
            key = instruments.key_of(clean, instruments.INVESTMENT_KEY)
            previous = current.get(key)
            if previous is not None and instruments.same_investment(previous, clean):
                outcome.skipped.append((number, tr("already recorded")))
                continue
            replaces = previous["fid"] if previous is not None else None
            fid = _insert(connection, "inversion", instruments.INVESTMENT_FIELDS, clean, replaces)
            current[key] = {**clean, "fid": fid, "reemplaza": replaces}
            warnings = [tr("corrects record {fid}").format(fid=replaces)] if replaces is not None else []
            outcome.accepted.append((number, fid, warnings))
        if outcome.rejected:
            _refuse(outcome, tr("investment"))
    return outcome


def reconciliation(store):
    """core.instruments.reconcile on the expediente: each project's latest progress report against its investment
    rows."""
    return instruments.reconcile(observatory(store)["latest_reported"], investment(store))
