"""Section "mediciones": every measurement of the period at every level, with the units' names and
outlines, as the open data publishes them (the other documents show one level: see "indicadores")."""
from ..i18n import tr
from . import territory as shared
from .model import Table, section

COLUMNS = ("indicador", "periodo", "nivel", "ambito", "valor", "numerador", "denominador", "nota")


def _tables(data):
    return [Table("mediciones", tr("Measurements"), list(COLUMNS), [[r[c] for c in COLUMNS] for r in data["filas"]])]


@section("mediciones", lambda: tr("Measurements"), tables=_tables, documents=("datos_abiertos",))
def measurements(store, period, level):
    """{filas [{indicador, nombre_indicador, unidad_medida, periodo, nivel, ambito, nombre_ambito, valor,
    numerador, denominador, nota}] of the period and its year, unidades {nivel: [{codigo, nombre, geometria}]}
    of every level measured}."""
    definitions = shared.definitions(store)
    data, geometries = store.read("unidad_territorial", ["codigo", "nombre", "nivel"])
    units, names = {}, {}
    for code, name, nivel, geometry in zip(data["codigo"], data["nombre"], data["nivel"], geometries):
        units.setdefault(nivel, []).append({"codigo": code, "nombre": name, "geometria": geometry})
        names[(nivel, code)] = name
    rows = []
    for row in store.period_measurements(period.measured_in):
        values = dict(zip(COLUMNS, row))
        definition = definitions.get(values["indicador"], {})
        rows.append({**values, "nombre_indicador": definition.get("nombre"), "unidad_medida": definition.get("unidad"),
                     "nombre_ambito": names.get((values["nivel"], values["ambito"]), values["ambito"])})
    measured = sorted({r["nivel"] for r in rows} - {"programa"})
    return {"filas": rows, "unidades": {nivel: units.get(nivel, []) for nivel in measured}}
