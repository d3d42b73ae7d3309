"""Section "territorio": the units of the level a document maps, and the municipality."""
from ..i18n import tr
from . import territory as shared
from .model import section


@section("territorio", lambda: tr("Territorial units"), documents=("expediente", "informe", "minisitio"))
def units(store, period, level):
    """{nivel, municipio {codigo, nombre, geometria}, unidades [{codigo, nombre, geometria}]} (shapely,
    in the expediente's CRS)."""
    place = shared.territory(store, level, period.year)
    municipality = {"codigo": place["municipio_codigo"], "nombre": place["municipio_nombre"],
                    "geometria": place["municipio_geometria"]}
    return {"nivel": level, "municipio": municipality,
            "unidades": [{"codigo": c, "nombre": n, "geometria": g}
                         for c, n, g in zip(place["codigos"], place["nombres"], place["geometrias"])]}
