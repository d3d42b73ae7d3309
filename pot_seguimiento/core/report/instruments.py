"""Section "instrumentos": the observatory of instruments (issue 23). Instruments and their urban obligations by
state at the cut-off, what was received against what is due by type, where the money received went, and the
investment of the period's year placed on the territorial units (core/investment.py) by source and per
inhabitant, by government term, with the needs per term (programmed minus executed) and the reconciliation with
what projects report.

Promoters: companies and public entities are public; a natural person's name is never published (it reads
"persona natural"), in any document or the open data.
"""
import numpy as np
import shapely

from .. import instruments as rules
from .. import schema
from ..i18n import tr
from ..investment import needs_by_term, place, summary
from . import territory as shared
from ..geojson import REAL, TEXT
from .model import Table, layer_of, section


def public_promoter(name, kind):
    """The promoter as documents show it: a natural person's name never."""
    if kind == "persona_natural":
        return schema.DOMAINS["tipo_promotor"]["persona_natural"]
    return name


def _located(row, instrument_geometry):
    """An obligation's place: its land where it is land, else its instrument's polygon."""
    return row.get("geometry") if row.get("geometry") is not None else instrument_geometry


def _tables(data):
    tables = [
        Table("obligaciones", tr("Urban obligations"),
              [tr("Code"), tr("Instrument"), tr("Type"), tr("Destination"), tr("Due"), tr("Received"), tr("Unit"),
               tr("Due date"), tr("State"), tr("Promoter")],
              [[o["codigo"], o["instrumento"], o["tipo"], o["destino"], o["cantidad"], o["recibido"], o["unidad"],
                o["fecha_limite"], o["estado"], o["promotor"]] for o in data["obligaciones"]]),
        Table("por_tipo", tr("Received against due, by type of obligation"),
              [tr("Type"), tr("Unit"), tr("Obligations"), tr("Due"), tr("Received"), tr("Compliance %"),
               tr("Overdue")],
              [[t["tipo"], t["unidad"], t["obligaciones"], t["debido"], t["recibido"], t["cumplimiento"],
                t["vencidas"]] for t in data["por_tipo"]]),
        Table("destino_recaudo", tr("Where the money received went"), [tr("Project"), tr("Name"), tr("COP")],
              [[d["proyecto"], d["nombre"], d["valor"]] for d in data["destino_recaudo"]]),
    ]
    sources = data["inversion"]["fuentes"]
    tables.append(Table("inversion_unidades", tr("Investment of {year} by territorial unit and source").format(
        year=data["inversion"]["anio"]), [tr("Unit"), tr("Total COP"), tr("COP per inhabitant")] + [
        tr("{source} per inhabitant").format(source=s) for s in sources] + [tr("Private and collaborative %")],
        [[u["nombre"], u["total"], u["per_capita"]] + [u["per_capita_fuente"].get(s) for s in sources]
         + [u["privada"]] for u in data["inversion"]["unidades"]]))
    tables.append(Table("necesidades", tr("Needs per government term (programmed minus executed)"),
                        [tr("Government term"), tr("Programmed COP"), tr("Executed COP"), tr("Need COP")],
                        [[n["periodo_gobierno"], n["programado"], n["ejecutado"], n["necesidad"]]
                         for n in data["inversion"]["necesidades"]]))
    return tables


def _layers(data):
    """Instruments, obligations by state (on their land, else their instrument) and private and collaborative actions;
    promoters as the section publishes them (a natural person never named)."""
    return [
        layer_of("instrumentos", tr("Planning and management instruments adopted by the cut-off, with their state"),
                 data["instrumentos"], [("codigo", TEXT, "codigo"), ("nombre", TEXT, "nombre"), ("tipo", TEXT, "tipo"),
                                        ("estado", TEXT, "estado"), ("promotor", TEXT, "promotor")]),
        layer_of("obligaciones", tr("Urban obligations with what was received and their state at the cut-off"),
                 data["obligaciones"], [("codigo", TEXT, "codigo"), ("instrumento", TEXT, "instrumento"),
                                        ("tipo", TEXT, "tipo"), ("destino", TEXT, "destino"),
                                        ("cantidad", REAL, "cantidad"), ("unidad", TEXT, "unidad"),
                                        ("recibido", REAL, "recibido"), ("estado", TEXT, "estado"),
                                        ("promotor", TEXT, "promotor")]),
        layer_of("actuaciones", tr("Private and collaborative actions"), data["actuaciones"], [
            ("codigo", TEXT, "codigo"), ("nombre", TEXT, "nombre"), ("tipo", TEXT, "tipo"),
            ("promotor", TEXT, "promotor")])]


@section("instrumentos", lambda: tr("Observatory of instruments"), tables=_tables, layers=_layers,
         documents=("expediente", "datos_abiertos", "minisitio"))
def instruments(store, period, level):
    """{instrumentos [{codigo, nombre, tipo, acto, fecha_acto, promotor, tipo_promotor, estado, geometria}],
    obligaciones [{codigo, instrumento, tipo, destino, cantidad, unidad, fecha_limite, recibido, estado, promotor,
    geometria (its land, else its instrument's)}], por_estado {state: count}, por_tipo [{tipo, unidad,
    obligaciones, debido, recibido, cumplimiento, vencidas}], destino_recaudo [{proyecto, nombre, valor, porcentaje
    (of all the money received)}] (money received by the cut-off by destination project, '' for none),
    actuaciones [{codigo, nombre, tipo, promotor, geometria}], inversion {anio, fuentes, unidades [{codigo, nombre,
    total, por_fuente, per_capita, per_capita_fuente, privada}] (the units, then the municipality), sin_localizar,
    por_periodo_gobierno [{periodo_gobierno, total}], necesidades [{periodo_gobierno, programado, ejecutado,
    necesidad}], necesidades_unidades {unit code: need of the current term}, conciliacion [differences]}};
    instruments adopted by the cut-off, receipts dated by it."""
    cutoff = period.cutoff.isoformat()
    data = store.instrument_observatory()
    adopted = [i for i in data["instrument_rows"] if not i["fecha_acto"] or str(i["fecha_acto"])[:10] <= cutoff]
    names = {i["codigo"] for i in adopted}
    geometry_of = {i["codigo"]: i["geometry"] for i in adopted}
    obligations = [o for o in data["obligations"] if o["instrumento"] in names]
    receipts = [r for r in data["receipts"] if str(r["fecha"])[:10] <= cutoff]
    received, states = rules.obligation_states(obligations, receipts, cutoff)
    rows = [{"codigo": o["codigo"], "instrumento": o["instrumento"], "tipo": o["tipo"], "destino": o["destino"],
             "cantidad": o["cantidad"], "unidad": o["unidad"], "fecha_limite": o["fecha_limite"],
             "recibido": float(r), "estado": s, "promotor": public_promoter(o["promotor"], o["tipo_promotor"]),
             "geometria": _located(o, geometry_of.get(o["instrumento"]))}
            for o, r, s in zip(obligations, received, states)]
    by_type = []
    for kind in rules.OBLIGATION_TYPES:
        numerator, denominator, weighting = rules.compliance(obligations, received, kind)
        of_kind = [r for r in rows if r["tipo"] == kind]
        units = sorted({r["unidad"] for r in of_kind})
        by_type.append({"tipo": kind, "unidad": units[0] if len(units) == 1 else "mixta",
                        "obligaciones": len(of_kind),
                        "debido": sum(r["cantidad"] for r in of_kind) if len(units) == 1 else None,
                        "recibido": sum(min(r["recibido"], r["cantidad"]) for r in of_kind)
                        if len(units) == 1 else None,
                        "cumplimiento": numerator / denominator * 100 if denominator else None,
                        "vencidas": sum(r["estado"] == "vencida" for r in of_kind)})
    money = {o["codigo"] for o in obligations if o["tipo"] == "dinero"}
    destinations = {}
    for receipt in rules.effective(receipts):
        if receipt["obligacion"] in money:
            key = receipt.get("proyecto_destino") or ""
            destinations[key] = destinations.get(key, 0.0) + float(receipt["cantidad"])
    project_names = {p["codigo"]: p["nombre"] for p in store.projects()}
    received = sum(destinations.values())
    destination_rows = [{"proyecto": k, "nombre": project_names.get(k, tr("Not assigned to a POT project")),
                         "valor": v, "porcentaje": v / received * 100 if received else None}
                        for k, v in sorted(destinations.items(), key=lambda kv: (kv[0] == "", kv[0]))]
    actions = [{"codigo": a["codigo"], "nombre": a["nombre"], "tipo": a["tipo"],
                "promotor": public_promoter(a["promotor"], a["tipo_promotor"]), "geometria": a["geometry"]}
               for a in data["action_rows"]]
    return {"instrumentos": [{**{k: i[k] for k in ("codigo", "nombre", "tipo", "acto", "fecha_acto", "tipo_promotor",
                                                   "estado")},
                              "promotor": public_promoter(i["promotor"], i["tipo_promotor"]),
                              "geometria": i["geometry"]} for i in adopted],
            "obligaciones": rows, "por_estado": {s: int((states == s).sum()) for s in rules.OBLIGATION_STATES},
            "por_tipo": by_type, "destino_recaudo": destination_rows, "actuaciones": actions,
            "inversion": _investment(store, period, level, data)}


def _investment(store, period, level, data):
    place_ = shared.territory(store, level, period.year)
    units = place_["geometrias"]
    rows = [r for r in rules.effective(data["investment"]) if int(r["anio"]) <= period.year]
    of_year = [r for r in rows if int(r["anio"]) == period.year]
    placed = place(of_year, data["projects"], data["actions"], units)
    population = place_["motor"].population()
    result = summary(of_year, placed, population[:-1])
    sources = [s for s in rules.SOURCES if s in result["por_fuente"]]
    municipal_total = float(sum(float(r["valor"]) for r in of_year))
    municipal_people = float(population[-1])
    out_units = []
    for i, (code, name) in enumerate(zip(place_["codigos"], place_["nombres"])):
        people = float(population[i])
        out_units.append({
            "codigo": code, "nombre": name, "total": float(result["total"][i]),
            "por_fuente": {s: float(result["por_fuente"][s][i]) for s in sources},
            "per_capita": float(result["total"][i]) / people if people > 0 else None,
            "per_capita_fuente": {s: float(result["por_fuente"][s][i]) / people if people > 0 else None
                                  for s in sources},
            "privada": None if np.isnan(result["participacion_privada"][i]) else float(
                result["participacion_privada"][i])})
    by_source = {s: float(sum(float(r["valor"]) for r in of_year if r["fuente"] == s)) for s in sources}
    private = sum(v for s, v in by_source.items() if s in rules.PRIVATE_SOURCES)
    out_units.append({
        "codigo": place_["municipio_codigo"], "nombre": place_["municipio_nombre"], "total": municipal_total,
        "por_fuente": by_source,
        "per_capita": municipal_total / municipal_people if municipal_people > 0 else None,
        "per_capita_fuente": {s: v / municipal_people if municipal_people > 0 else None for s, v in by_source.items()},
        "privada": private / municipal_total * 100 if municipal_total else None})
    terms = {}
    for r in rows:
        term = rules.government_term(r["anio"])
        terms[term] = terms.get(term, 0.0) + float(r["valor"])
    projects = [{"codigo": code} for code in data["projects"]]
    needs = needs_by_term(projects, [b for b in data["budget"] if int(b[1]) <= period.year], rows)
    per_term = {}
    for n in needs:
        empty = {"periodo_gobierno": n["periodo_gobierno"], "programado": 0.0, "ejecutado": 0.0, "necesidad": 0.0}
        term = per_term.setdefault(n["periodo_gobierno"], empty)
        for key in ("programado", "ejecutado", "necesidad"):
            term[key] += n[key]
    current = rules.government_term(period.year)
    need_rows = [{"proyecto": n["proyecto"], "valor": n["necesidad"]} for n in needs
                 if n["periodo_gobierno"] == current and n["necesidad"] > 0]
    need_by_unit = place(need_rows, data["projects"], {}, units).by_unit()
    reconciliation = [d for d in rules.reconcile(data["latest_reported"], data["investment"]) if d["diferencia"]]
    return {"anio": period.year, "fuentes": sources, "unidades": out_units,
            "sin_localizar": result["sin_localizar"],
            "por_periodo_gobierno": [{"periodo_gobierno": t, "total": v} for t, v in sorted(terms.items())],
            "necesidades": [per_term[t] for t in sorted(per_term)],
            "periodo_actual": current,
            "necesidades_unidades": dict(zip(place_["codigos"], need_by_unit.tolist())),
            "conciliacion": reconciliation}


def located_actions(data):
    """The actions that have a point."""
    return [a for a in data["actuaciones"] if a["geometria"] is not None and not shapely.is_empty(a["geometria"])]
