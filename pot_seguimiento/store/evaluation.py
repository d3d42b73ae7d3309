"""The evaluation of the plan in the store: reading the plan's structure and links, the checklist and
its answers, the DOFA, the municipal values; seeding the legal checklist. The evaluation itself (horizons,
lights, ratings) is core/evaluation/plan.py's. Parameterised SQL only."""
from ..core import schema
from ..core.evaluation import sufficiency
from .progress import projects


def rows(store, table_name, where=None, params=()):
    """Every row of a non-spatial table as dicts (fid included)."""
    table = schema.table(table_name)
    data, _ = store.read(table_name, geometry=False, where=where, params=params)
    names = ["fid"] + table.field_names
    return [dict(zip(names, values)) for values in zip(*(data[n].tolist() for n in names))]


def ensure_requirements(store):
    """Add the legal checklist items the expediente does not have yet (an office's own items stay)."""
    known = {code for (code,) in store.connection.execute("SELECT codigo FROM requisito_suficiencia")}
    catalogue = sufficiency.catalogue_rows()
    keep = [i for i, code in enumerate(catalogue["codigo"]) if code not in known]
    if keep:
        with store.transaction():
            store.insert("requisito_suficiencia",
                         {name: [values[i] for i in keep] for name, values in catalogue.items()})
    return len(keep)


def plan(store):
    """Everything the articulation analysis reads, as plain lists of dicts."""
    return {
        "elements": rows(store, "elemento_plan"),
        "links": rows(store, "vinculo_plan"),
        "programs": rows(store, "programa"),
        "projects": projects(store),
        "indicators": list(store.indicator_definitions().values()),
        "indicator_projects": [tuple(r) for r in store.connection.execute(
            "SELECT indicador, proyecto FROM indicador_proyecto ORDER BY indicador, proyecto")],
    }


def adoption_year(store):
    """The year of the plan's adopting act: the earliest act (acuerdo or decreto) in force in the archive."""
    row = store.connection.execute(
        "SELECT min(fecha) FROM documento WHERE tipo IN ('acuerdo', 'decreto') AND vigente").fetchone()
    return int(str(row[0])[:4]) if row and row[0] else None


def plan_inputs(store, year):
    """What the evaluation of the plan in `year` reads (core/evaluation/plan.py: evaluate), as plain lists of
    dicts: the plan's structure and links, the checklist and its answers up to the year, the adoption year."""
    return {**plan(store), "requirements": rows(store, "requisito_suficiencia"),
            "answers": rows(store, "evaluacion_suficiencia", "anio <= ?", (int(year),)),
            "adoption_year": adoption_year(store)}


def year_texts(store, year):
    """What the office wrote for `year`: {objective: its evaluacion_objetivo row} and the DOFA rows."""
    return ({r["objetivo"]: r for r in rows(store, "evaluacion_objetivo", "anio = ?", (int(year),))},
            rows(store, "dofa", "anio = ?", (int(year),)))


def municipal_series(store):
    """{indicator: [(periodo, valor)]} of every municipal measurement, in period order."""
    series = {}
    for code, period, value in store.connection.execute(
            "SELECT indicador, periodo, valor FROM medicion WHERE nivel = 'municipio' ORDER BY indicador, periodo"):
        series.setdefault(code, []).append((period, value))
    return series
