"""Facilities and their semiannual reports in the store: reading, and recording reports all or nothing.

Like the projects' progress (progress.py): one write transaction; the reports on record are read after the write
lock is taken; a report identical to the current one of its facility and period is skipped (importing the same file
twice changes nothing); a different one for a period already reported is a correction that `reemplaza` it, and the
history keeps both (`reporte_equipamiento` is append-only).
"""
from ..core import service_reports
from ..core.age_bands import Band, check_bands
from ..core.errors import InputError
from ..core.i18n import tr
from .progress import Outcome

FACILITY_COLUMNS = ("codigo", "nombre", "sector", "capacidad", "unidad_capacidad", "estado", "naturaleza", "nodo",
                    "entidad")


def facilities(store):
    data, _ = store.read("equipamiento", list(FACILITY_COLUMNS), geometry=False)
    return [dict(zip(FACILITY_COLUMNS, values)) for values in zip(*(data[c].tolist() for c in FACILITY_COLUMNS))]


# Population levels from the finest (the services indicators place people by block when they can).
FINEST_FIRST = ("manzana", "barrio", "vereda", "upz", "upl", "comuna", "upr", "localidad", "municipio")


def declared_bands(store):
    """The age bands entities report users in: those the expediente's population declares (poblacion_edad) for its
    latest year, at the finest level whose bands do not overlap (blocks before units: what the services indicators
    read); the life-course groups (service_reports.FALLBACK_BANDS) when the population declares no bands."""
    rows = store.dicts("SELECT nivel, edad_desde, edad_hasta FROM poblacion_edad WHERE anio = "
                       "(SELECT max(anio) FROM poblacion_edad) GROUP BY nivel, edad_desde, edad_hasta")
    by_level = {}
    for row in rows:
        by_level.setdefault(row["nivel"], set()).add(
            Band(int(row["edad_desde"]), None if row["edad_hasta"] is None else int(row["edad_hasta"])))
    for level in FINEST_FIRST:
        bands = by_level.get(level)
        if bands and not check_bands(bands):
            return tuple(sorted(bands))
    return service_reports.FALLBACK_BANDS


def current_reports(store):
    """{(facility, period): the current report (a dict with its fid and 'edades', {(desde, hasta): users})}:
    core.service_reports.current decides which row is current."""
    current = service_reports.current(store.dicts("SELECT * FROM reporte_equipamiento ORDER BY fid"))
    by_fid = {row["fid"]: row for row in current.values()}
    for row in current.values():
        row["edades"] = {}
    for band in store.dicts("SELECT reporte, edad_desde, edad_hasta, usuarios FROM reporte_equipamiento_edad"):
        if band["reporte"] in by_fid:
            by_fid[band["reporte"]]["edades"][(band["edad_desde"], band["edad_hasta"])] = band["usuarios"]
    return current


def record_service_reports(store, reports, row_numbers=None, dry_run=False, today=None, bands=None):
    """Validate and append facilities' reports, all or nothing (core/service_reports.py), users by age in `bands`
    (the declared ones by default) as rows of reporte_equipamiento_edad. Returns an Outcome; raises InputError naming
    each refused row (with `.outcome`) and writes nothing if any row is refused."""
    row_numbers = row_numbers or list(range(1, len(reports) + 1))
    outcome = Outcome()
    columns = service_reports.REPORT_FIELDS + ("reemplaza",)
    with store.transaction() as connection:
        bands = declared_bands(store) if bands is None else bands
        by_code = {f["codigo"]: f for f in facilities(store)}
        current = current_reports(store)
        seen = {}
        for row, report in zip(row_numbers, reports):
            report = {k: (v.strip() if isinstance(v, str) else v) for k, v in report.items()}
            check, typed = service_reports.validate(report, by_code.get(report.get("equipamiento")), today, bands)
            if not check.ok:
                outcome.rejected.append((row, check.errors))
                continue
            key = (typed["equipamiento"], typed["periodo"])
            if key in seen:
                outcome.rejected.append((row, [tr("facility {code} is reported twice for {period} in this file "
                                                  "(row {other})").format(code=key[0], period=key[1],
                                                                          other=seen[key])]))
                continue
            seen[key] = row
            existing = current.get(key)
            if existing is not None and service_reports.same_report(typed, existing):
                outcome.skipped.append((row, tr("already recorded")))
                continue
            warnings = list(check.warnings)
            replaces = existing["fid"] if existing is not None else None
            if replaces is not None:
                warnings.append(tr("corrects report {fid} of the same period").format(fid=replaces))
            cursor = connection.execute(
                f"INSERT INTO reporte_equipamiento ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                "RETURNING fid", [typed.get(c) for c in service_reports.REPORT_FIELDS] + [replaces])
            fid = cursor.fetchone()[0]
            connection.executemany(
                "INSERT INTO reporte_equipamiento_edad (reporte, edad_desde, edad_hasta, usuarios) VALUES (?, ?, ?, ?)",
                [(fid, desde, hasta, users) for (desde, hasta), users in sorted(typed["edades"].items())])
            outcome.accepted.append((row, fid, warnings))
        if outcome.rejected:
            error = InputError(tr("No facility report was recorded: {count} rows have errors.").format(
                count=len(outcome.rejected)) + "\n" + "\n".join(
                tr("- row {row}: {errors}").format(row=row, errors="; ".join(errors))
                for row, errors in sorted(outcome.rejected)[:10]), outcome.rejected)
            error.outcome = outcome
            raise error
        if dry_run:
            raise _DryRun(outcome)
    return outcome


class _DryRun(Exception):
    def __init__(self, outcome):
        super().__init__()
        self.outcome = outcome


def check_service_reports(store, reports, row_numbers=None):
    """What record_service_reports would do, writing nothing."""
    try:
        record_service_reports(store, reports, row_numbers, dry_run=True)
    except _DryRun as done:
        return done.outcome
