"""Section "rendicion_cuentas": the accountability report, projects against their goals (with the
indicators linked to them) and population, investment and progress by territorial unit, sex and age."""
from .. import age_bands
from ..i18n import tr
from . import territory as shared
from .model import Table, section
from .projects import projects

# Age groups as DANE/SDP publish them by UPZ (60: "persona adulta mayor", Ley 1251 de 2008), added up from each
# population row's declared bands (core/age_bands.py).
POPULATION = ("poblacion", "mujeres", "hombres") + tuple(band.column() for band in age_bands.BROAD)


def _related(code, program, definitions, measured, municipality):
    """An indicator linked to a project, with its value for the project's program (its battery) or the
    municipality: {nombre, valor, unidad}."""
    definition = definitions.get(code, {})
    values = {(nivel, ambito): valor for _, nivel, ambito, valor, _ in measured.get(code, [])}
    return {"codigo": code, "nombre": definition.get("nombre", code), "unidad": definition.get("unidad") or "",
            "valor": values.get(("programa", program), values.get(("municipio", municipality)))}


def _accountability_tables(data):
    return [Table("proyectos", tr("Accountability report: projects"),
                  [tr("Project"), tr("Objective"), tr("Compliance"), tr("Resources invested"), tr("Progress")],
                  [[p["codigo"], p["objetivo"], p["estado_nombre"], p["inversion"], p["fisico"]]
                   for p in data["proyectos"]]),
            Table("unidades", tr("Accountability report: by territorial unit, sex and age"),
                  [tr("Unit"), tr("Population"), tr("Women"), tr("Men"), tr("0–14 years"), tr("15–59 years"),
                   tr("60+ years"), tr("Investment per inhabitant (COP)"), tr("Weighted progress %")],
                  [[u["nombre"]] + [u[k] for k in POPULATION] + [u["inversion_per_capita"], u["avance_ponderado"]]
                   for u in data["unidades"]])]


@section("rendicion_cuentas", lambda: tr("Accountability report"), tables=_accountability_tables,
         documents=("expediente", "minisitio"))
def accountability(store, period, level):
    """{proyectos [{codigo, objetivo, estado, estado_nombre, inversion, fisico, relacionados [{codigo, nombre,
    valor, unidad}]}], unidades [{codigo, nombre, poblacion, mujeres, hombres, edad_0_14, edad_15_59,
    edad_60_mas, inversion_per_capita, avance_ponderado}] (the units, then the municipality)}."""
    place = shared.territory(store, level, period.year)
    definitions, measured = shared.definitions(store), shared.measured(store, level, period)
    municipality = place["municipio_codigo"]
    rows = [{"codigo": p["codigo"], "objetivo": p["meta_descripcion"], "estado": p["estado"],
             "estado_nombre": p["estado_nombre"], "inversion": p["inversion"], "fisico": p["fisico"],
             "relacionados": [_related(c, p["programa"], definitions, measured, municipality)
                              for c in p["indicadores"]]}
            for p in projects(store, period, level)["proyectos"]]
    engine = place["motor"]
    engine.inputs.add_age_groups(age_bands.BROAD, engine.census_year())  # the year engine.population reads
    population = {column: engine.population(column).tolist() for column in POPULATION}
    investment = {a: v for _, _, a, v, _ in measured.get("inversion_per_capita", [])}
    progress = {a: v for _, _, a, v, _ in measured.get("avance_fisico_ponderado", [])}
    units = []
    for i, (code, name) in enumerate(zip(place["codigos"] + [municipality],
                                         place["nombres"] + [place["municipio_nombre"]])):
        units.append({"codigo": code, "nombre": name, **{k: v[i] for k, v in population.items()},
                      "inversion_per_capita": investment.get(code), "avance_ponderado": progress.get(code)})
    return {"proyectos": rows, "unidades": units}
