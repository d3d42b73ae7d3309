"""Readings every section of a build shares: the territory of the level, indicator definitions and
measurements, and the projects with their state at the cut-off."""
from ..i18n import tr
from ..indicators.engine import Engine
from .. import projects as project_rules  # (a module: core.projects itself formats numbers with .format)
from .shared import once_per_store


@once_per_store
def territory(store, level, year):
    """The units of `level` and the municipality: codes, names, shapely geometries, and the engine over
    them (population by unit)."""
    inputs = store.indicator_inputs(level, year)
    units = inputs.units
    names = store.unit_names(level)
    code = inputs.municipality_code
    return {"codigos": units["codigo"].tolist(), "nombres": units["nombre"].tolist(),
            "geometrias": list(units.geometries), "municipio_codigo": code,
            "municipio_nombre": names.get(code, tr("Municipality")), "municipio_geometria": inputs.municipality,
            "motor": Engine(inputs, year)}


@once_per_store
def definitions(store):
    return store.indicator_definitions()


@once_per_store
def measured(store, level, period):
    """{indicator: [(periodo, nivel, ambito, valor, nota)]} of the period at `level` and the municipality:
    the period's own measurements, else its year's."""
    out = {}
    for code in definitions(store):
        rows = []
        for candidate in period.measured_in:
            rows = store.measurements(code, level, period=candidate)
            if rows:
                break
        out[code] = rows
    return out


@once_per_store
def series(store, level, period):
    """{indicator: [(periodo, nivel, ambito, valor, nota)]} of every period up to `period` (Period.covers):
    a document stops at its cut-off, its charts too."""
    return {code: [row for row in store.measurements(code, level) if period.covers(row[0])]
            for code in definitions(store)}


@once_per_store
def projects(store, period):
    """The projects (with geometry), each with its progress reports up to the period's cut-off (`informes`),
    its state at the cut-off (`evaluacion`, a core.projects.Evaluation) and its valid reports (`validos`)."""
    history = store.progress_reports()
    out = []
    for project in store.projects(with_geometry=True):
        # Reports after the cut-off belong to a later period's documents: no output of this one sees them.
        reports = [r for r in history.get(project["codigo"], [])
                   if period.includes(r["fecha_corte"]) and period.covers(r["periodo"])]
        out.append({**project, "informes": reports, "validos": project_rules.valid_reports(reports),
                    "evaluacion": project_rules.evaluate(project, reports, period.cutoff)})
    return out


def program_names(store):
    """{programme code: name}: readers know a programme by its name (the site's Programa column said 'P1')."""
    data, _ = store.read("programa", ["codigo", "nombre"], geometry=False)
    return {str(code): name for code, name in zip(data["codigo"], data["nombre"]) if name}


@once_per_store
def indicator_links(store):
    """{project: [indicator codes linked to it]}."""
    links = {}
    for indicator, project in store.indicator_projects():
        links.setdefault(project, []).append(indicator)
    return links
