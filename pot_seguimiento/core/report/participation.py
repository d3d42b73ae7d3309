"""Section "participacion" (issue 21): participation activities of the period, the participation plan programmed
against executed by dependency, commitments month by month and by state, participants by unit, sex, age and population
group, the approaches, and the conclusions and lessons learnt the activities recorded.

Counts only: the expediente holds no attendance list. Free texts an office typed (activity names, commitments,
conclusions) reach a document only when they do not look like a person's data (core/participation.personal_data):
what a form let through is withheld, not published.
"""
import datetime

import numpy as np

from .. import age_bands, participation, schema
from ..i18n import tr
from ..indicators import participation as rules
from ..indicators.engine import Engine
from . import territory as shared
from ..geojson import REAL, TEXT
from .format import no_data, number
from .model import Table, layer_of, section

STATES = tuple(schema.DOMAINS["estado_compromiso"])


def withheld(text):
    """`text` as a document may show it: None when empty, a notice when it looks like a person's data."""
    if text is None or not str(text).strip():
        return None
    if participation.personal_data([("", [(0, {"texto": str(text)})])]):
        return tr("(text withheld: it may hold personal data)")
    return str(text)


def _engine(store, level, period):
    """The indicator engine over the units of `level` for the period (participation's rules of where and when)."""
    inputs = shared.territory(store, level, period.year)["motor"].inputs
    return Engine(inputs, period.year, period=str(period))


def _months(period):
    first, last = period.start, period.cutoff
    months, day = [], first
    while day <= last:
        months.append(day.strftime("%Y-%m"))
        day = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return months


def _tables(data):
    plan = [[d["nombre"], d["programadas"], d["ejecutadas"], d["cumplimiento"]] for d in data["por_dependencia"]]
    units = [[u["nombre"], u["actividades"], u["asistentes"], u["mujeres"], u["hombres"], u["otras"]]
             for u in data["por_unidad"]]
    months = [[m["mes"]] + [m[s] for s in STATES] for m in data["compromisos_por_mes"]]
    activities = [[a["codigo"], a["tipo_nombre"], a["etapa_nombre"], a["nivel"], a["unidad"], a["dependencia_nombre"],
                   a["fecha"], a["estado"], a["asistentes"], a["mujeres"], a["hombres"], a["otras_identidades"],
                   a["evaluaciones_aplicadas"]] for a in data["actividades"]]
    return [Table("plan", tr("Participation plan: programmed and executed by dependency"),
                  [tr("Dependency"), tr("Programmed"), tr("Executed"), tr("Compliance %")], plan),
            Table("unidades", tr("Participants by territorial unit"),
                  [tr("Unit"), tr("Activities"), tr("Participants"), tr("Women"), tr("Men"),
                   tr("Other identities or not stated")], units),
            Table("compromisos", tr("Commitments by month and state"),
                  [tr("Month")] + [schema.DOMAINS["estado_compromiso"][s] for s in STATES], months),
            Table("actividades", tr("Participation activities"),
                  [tr("Code"), tr("Type"), tr("Stage"), tr("Scale"), tr("Unit"), tr("Dependency"), tr("Date"),
                   tr("State"), tr("Participants"), tr("Women"), tr("Men"), tr("Other identities or not stated"),
                   tr("Evaluations applied")], activities)]


def figures(data):
    """The period's figures of the section's `data` as [label, value written out] rows: what the participation
    report's first page and the report to the Concejo's chapter say (executed and programmed activities,
    participants, women, evaluations, participants by stage, approaches, commitments kept and overdue)."""
    executed = [a for a in data["actividades"] if a["estado"] == "ejecutada"]
    sex, approaches = data["sexo"], data["enfoques"]
    participants = sum(sex.values())
    kept = [c for c in data["compromisos"] if c["estado"] != "trasladado"]
    evaluations = sum(a["evaluaciones_aplicadas"] or 0 for a in executed)
    programmed = sum(a["estado"] == "programada" for a in data["actividades"])
    rows = [[tr("Executed activities"), number(len(executed), 0)],
            [tr("Programmed activities"), number(programmed, 0)],
            [tr("Participants"), number(participants, 0)],
            [tr("Women %"), _share(sex["mujeres"], participants)],
            [tr("Evaluations applied % (procedure: 10 %)"), _share(evaluations, participants)]]
    rows += [[tr("Participants in {stage}").format(stage=label), number(data["por_etapa"][stage], 0)]
             for stage, label in schema.DOMAINS["etapa_participacion"].items()]
    rows += [[tr("Spaces with gender approach %"), _share(approaches["genero"], approaches["espacios"])],
             [tr("Spaces with differential approach %"), _share(approaches["diferencial"], approaches["espacios"])],
             [tr("Spaces with territorial approach %"), _share(approaches["territorial"], approaches["espacios"])],
             [tr("Commitments kept %"), _share(sum(c["estado"] == "cumplido" for c in kept), len(kept))],
             [tr("Commitments overdue"), number(sum(c["vencido"] for c in data["compromisos"]), 0)]]
    return rows


def _share(part, whole):
    return f"{number(part / whole * 100, 1)} %" if whole else no_data()


def has_data(data):
    """Whether a document has anything of participation to say for its period: activities or a plan."""
    return bool(data) and bool(data["actividades"] or data["por_dependencia"])


def _layers(data):
    """The period's activities where they took place: counts only, as on the site (no name or free text)."""
    return [layer_of("actividades", tr("Participation activities of the period where they took place, with their "
                                       "attendance as counts (no names)"), data["actividades"], [
        ("codigo", TEXT, "codigo"), ("tipo", TEXT, "tipo_nombre"), ("etapa", TEXT, "etapa_nombre"),
        ("unidad", TEXT, "unidad_nombre"), ("dependencia", TEXT, "dependencia_nombre"), ("fecha", TEXT, "fecha"),
        ("estado", TEXT, "estado"), ("asistentes", REAL, "asistentes"), ("mujeres", REAL, "mujeres"),
        ("hombres", REAL, "hombres"), ("otras_identidades", REAL, "otras_identidades")])]


@section("participacion", lambda: tr("Citizen participation"), tables=_tables, layers=_layers,
         documents=("expediente", "informe", "participacion", "datos_abiertos", "minisitio"))
def participation_section(store, period, level):
    """{actividades [{codigo, nombre, tipo, tipo_nombre, tema, etapa, etapa_nombre, nivel, unidad, dependencia,
    dependencia_nombre, fecha, modalidad, estado, asistentes, mujeres, hombres, otras_identidades, victimas, etnicos,
    discapacidad, enfoque_genero, enfoque_diferencial, enfoque_territorial, evaluaciones_aplicadas, satisfaccion_media,
    geometria}] of the period, por_dependencia [{codigo, nombre, programadas, ejecutadas, cumplimiento}] (the total
    last), por_unidad [{codigo, nombre, actividades, asistentes, mujeres, hombres, otras, geometria}] (the
    municipality first), por_etapa {etapa: participants}, sexo {mujeres, hombres, otras}, edades [{banda, personas}],
    grupos {victimas, etnicos, discapacidad}, enfoques {genero, diferencial, territorial, espacios} (executed
    activities), compromisos [{codigo, actividad, descripcion, responsable, competencia_oficina, fecha_limite,
    estado, fecha_estado, vencido}] made by the cut-off, compromisos_por_mes [{mes, <state>: count}] (states at each
    month's end), conclusiones [{actividad, fecha, conclusiones, lecciones}]}."""
    engine = _engine(store, level, period)
    place = shared.territory(store, level, period.year)
    data = engine.inputs.participation
    names = {e["codigo"]: e["nombre"] for e in store.entities()}
    levels = {str(n) for n in data["actividades"]["nivel"]} if len(data["actividades"]) else set()
    unit_names = {n: store.unit_names(n) for n in levels | {level}}  # an activity's unit is of its own scale
    first, cutoff = period.start.isoformat(), period.cutoff.isoformat()
    layer = data["actividades"]
    activities = []
    for i in range(len(layer)):
        day = str(layer["fecha"][i])[:10]
        if not first <= day <= cutoff:
            continue
        row = {c: layer[c][i] for c in layer.columns}
        attendance = [row.get(c) for c in participation.ATTENDANCE]
        activities.append({
            **{c: row.get(c) for c in ("codigo", "tipo", "tema", "etapa", "nivel", "unidad", "modalidad", "estado",
                                       "mujeres", "hombres", "otras_identidades", "victimas", "etnicos",
                                       "discapacidad", "evaluaciones_aplicadas", "satisfaccion_media")},
            "nombre": withheld(row.get("nombre")), "fecha": day,
            "tipo_nombre": schema.DOMAINS["tipo_actividad_participacion"].get(row["tipo"], row["tipo"]),
            "etapa_nombre": schema.DOMAINS["etapa_participacion"].get(row["etapa"], row["etapa"]),
            "dependencia": row["dependencia"], "dependencia_nombre": names.get(row["dependencia"], row["dependencia"]),
            "unidad_nombre": unit_names.get(row["nivel"], {}).get(row.get("unidad"), row.get("unidad"))
            if row.get("unidad") else place["municipio_nombre"],
            "asistentes": None if all(v is None for v in attendance) else int(sum(v or 0 for v in attendance)),
            **{f: bool(row.get(f)) for f in ("enfoque_genero", "enfoque_diferencial", "enfoque_territorial")},
            "conclusiones": withheld(row.get("conclusiones")), "lecciones": withheld(row.get("lecciones")),
            "geometria": layer.geometries[i]})
    executed = [a for a in activities if a["estado"] == "ejecutada"]
    return {"actividades": activities, "por_dependencia": _plan(data["plan"], period, names),
            "por_unidad": _by_unit(engine, place), "por_etapa": _by_stage(executed), "sexo": _by_sex(executed),
            "edades": _by_age(store, executed), "grupos": {g: sum(a[g] or 0 for a in executed)
                                                           for g in participation.GROUPS},
            "enfoques": {"genero": sum(a["enfoque_genero"] for a in executed),
                         "diferencial": sum(a["enfoque_diferencial"] for a in executed),
                         "territorial": sum(a["enfoque_territorial"] for a in executed), "espacios": len(executed)},
            **_commitments(data, period, names),
            "conclusiones": [{"actividad": a["codigo"], "fecha": a["fecha"], "conclusiones": a["conclusiones"],
                              "lecciones": a["lecciones"]} for a in executed if a["conclusiones"] or a["lecciones"]]}


def _plan(plan, period, names):
    totals = {}
    for dependency, periodo, programmed, executed in zip(plan["dependencia"], plan["periodo"], plan["programadas"],
                                                         plan["ejecutadas"]) if len(plan) else ():
        if participation.rolls_into(periodo, str(period)):
            p, e = totals.get(dependency, (0, 0))
            totals[dependency] = (p + int(programmed or 0), e + int(executed or 0))
    rows = [{"codigo": code, "nombre": names.get(code, code), "programadas": p, "ejecutadas": e,
             "cumplimiento": e / p * 100 if p else None} for code, (p, e) in sorted(totals.items())]
    if rows:
        p, e = sum(r["programadas"] for r in rows), sum(r["ejecutadas"] for r in rows)
        rows.append({"codigo": None, "nombre": tr("Total"), "programadas": p, "ejecutadas": e,
                     "cumplimiento": e / p * 100 if p else None})
    return rows


def _by_unit(engine, place):
    executed, inside = rules._activities(engine)
    attendance = rules._attendance(executed)
    counts = np.ones(len(executed)) @ inside if len(executed) else np.zeros(engine.n)
    sums = {c: (rules._number(executed[c]) @ inside if len(executed) else np.zeros(engine.n))
            for c in participation.ATTENDANCE}
    total = attendance @ inside if len(executed) else np.zeros(engine.n)
    codes = place["codigos"] + [place["municipio_codigo"]]
    names = place["nombres"] + [place["municipio_nombre"]]
    geometries = place["geometrias"] + [place["municipio_geometria"]]
    rows = [{"codigo": c, "nombre": n, "actividades": int(counts[i]), "asistentes": int(total[i]),
             "mujeres": int(sums["mujeres"][i]), "hombres": int(sums["hombres"][i]),
             "otras": int(sums["otras_identidades"][i]), "geometria": g}
            for i, (c, n, g) in enumerate(zip(codes, names, geometries))]
    return [rows[-1]] + rows[:-1]


def _by_stage(executed):
    return {stage: sum(a["asistentes"] or 0 for a in executed if a["etapa"] == stage)
            for stage in schema.DOMAINS["etapa_participacion"]}


def _by_sex(executed):
    return {"mujeres": sum(a["mujeres"] or 0 for a in executed), "hombres": sum(a["hombres"] or 0 for a in executed),
            "otras": sum(a["otras_identidades"] or 0 for a in executed)}


def _by_age(store, executed):
    """Participants by declared age band, added over the executed activities (core/age_bands.py bands)."""
    codes = {a["codigo"] for a in executed}
    totals = {}
    for activity, desde, hasta, persons in store.attendance_by_age():
        if activity in codes:
            band = age_bands.Band(int(desde), None if hasta is None else int(hasta))
            totals[band] = totals.get(band, 0) + int(persons)
    return [{"banda": band.label(), "personas": totals[band]} for band in sorted(totals)]


def _commitments(data, period, names):
    commitments, states, activities = data["compromisos"], data["estados"], data["actividades"]
    cutoff = period.cutoff.isoformat()
    dated = dict(zip(activities["codigo"], (str(d)[:10] for d in activities["fecha"]))) if len(activities) else {}
    history = {}
    for code, state, day in zip(states["compromiso"], states["estado"], states["fecha"]) if len(states) else ():
        history.setdefault(code, []).append((str(day)[:10], state))
    rows = []
    for i in range(len(commitments)):
        code, activity = commitments["codigo"][i], commitments["actividad"][i]
        if dated.get(activity, "9999") > cutoff:
            continue
        past = [(d, s) for d, s in history.get(code, []) if d <= cutoff]
        state, when = (past[-1][1], past[-1][0]) if past else ("pendiente", None)
        due = commitments["fecha_limite"][i]
        due = str(due)[:10] if due is not None else None
        rows.append({"codigo": code, "actividad": activity, "descripcion": withheld(commitments["descripcion"][i]),
                     "responsable": names.get(commitments["entidad_responsable"][i],
                                              commitments["entidad_responsable"][i]),
                     "competencia_oficina": bool(commitments["competencia_oficina"][i]), "fecha_limite": due,
                     "estado": state, "fecha_estado": when,
                     "vencido": bool(due and due < cutoff and state not in ("cumplido", "trasladado")),
                     "historia": past})
    by_month = []
    for month in _months(period):
        end = (datetime.date.fromisoformat(month + "-01").replace(day=28) + datetime.timedelta(days=4)).replace(
            day=1) - datetime.timedelta(days=1)
        counts = dict.fromkeys(STATES, 0)
        for row in rows:
            made = dated.get(row["actividad"], "9999")
            if made > end.isoformat():
                continue
            past = [s for d, s in row["historia"] if d <= end.isoformat()]
            counts[past[-1] if past else "pendiente"] += 1
        by_month.append({"mes": month, **counts})
    for row in rows:
        row.pop("historia")
    return {"compromisos": rows, "compromisos_por_mes": by_month}
