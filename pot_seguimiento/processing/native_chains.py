"""The same indicators done "the QGIS-native way", with core Processing algorithms.

Used as the independent computation the engine is checked against (tests)
and raced against (make bench). Slow by design: it is what a cartographer
would chain by hand in the toolbox.
"""
import processing

from .store_layers import store_layer


def land_value_m2(store_path, level, year, context=None, feedback=None):
    """{unit code: Σ(valor_m2 × area_terreno) / Σ area_terreno} by lot centroids."""
    def run(algorithm, parameters):
        return processing.run(algorithm, {**parameters, "OUTPUT": "memory:"}, context=context,
                              feedback=feedback)["OUTPUT"]

    # Filters as extracts, not subset strings: in QGIS 3.22 a subset string on one GeoPackage layer
    # breaks the other layers of the same file opened afterwards ("unable to open database file").
    lots = store_layer(store_path, "predio")
    values = run("native:extractbyexpression", {
        "INPUT": store_layer(store_path, "valor_suelo"),
        "EXPRESSION": f"\"nivel\" = 'predio' AND \"anio\" = {int(year)}"})
    units = run("native:extractbyexpression", {
        "INPUT": store_layer(store_path, "unidad_territorial"), "EXPRESSION": f"\"nivel\" = '{level}'"})
    joined = run("native:joinattributestable", {
        "INPUT": lots, "FIELD": "codigo", "INPUT_2": values, "FIELD_2": "codigo",
        "FIELDS_TO_COPY": ["valor_m2"], "METHOD": 1, "DISCARD_NONMATCHING": True})
    weighted = run("native:fieldcalculator", {
        "INPUT": joined, "FIELD_NAME": "valor_area", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
        "FIELD_PRECISION": 2, "FORMULA": "\"valor_m2\" * \"area_terreno\""})
    centroids = run("native:centroids", {"INPUT": weighted, "ALL_PARTS": False})
    summary = run("qgis:joinbylocationsummary", {
        "INPUT": units, "JOIN": centroids, "PREDICATE": [0], "JOIN_FIELDS": ["valor_area", "area_terreno"],
        "SUMMARIES": [5], "DISCARD_NONMATCHING": False})
    return {f["codigo"]: (f["valor_area_sum"] / f["area_terreno_sum"] if f["area_terreno_sum"] else None)
            for f in summary.getFeatures()}


def new_footprints_in_restricted_zones(store_path, from_year, to_year, context=None, feedback=None):
    """How many footprints of `to_year` on no footprint of `from_year` touch protection land, high
    hazard, rural land or public space: extracts and selections by location, as in the toolbox.
    (It keeps any footprint touching an earlier one as old, where the engine asks for half its area.)"""
    def run(algorithm, parameters):
        return processing.run(algorithm, {**parameters, "OUTPUT": "memory:"}, context=context,
                              feedback=feedback)["OUTPUT"]

    footprints = store_layer(store_path, "huella")
    before = run("native:extractbyattribute", {"INPUT": footprints, "FIELD": "anio", "OPERATOR": 0,
                                               "VALUE": str(from_year)})
    after = run("native:extractbyattribute", {"INPUT": footprints, "FIELD": "anio", "OPERATOR": 0,
                                              "VALUE": str(to_year)})
    new = run("native:extractbylocation", {"INPUT": after, "PREDICATE": [2], "INTERSECT": before})  # disjoint
    zones = [
        run("native:extractbyexpression", {"INPUT": store_layer(store_path, "zonificacion"),
                                           "EXPRESSION": "\"tipo\" = 'proteccion' OR (\"tipo\" = 'clasificacion_suelo' "
                                                         "AND \"categoria\" IN ('rural', 'suburbano'))"}),
        run("native:extractbyexpression", {"INPUT": store_layer(store_path, "amenaza"),
                                           "EXPRESSION": "\"nivel\" = 'alta'"}),
        store_layer(store_path, "espacio_publico")]
    selected = set()
    for zone in zones:
        flagged = run("native:extractbylocation", {"INPUT": new, "PREDICATE": [0], "INTERSECT": zone})
        selected |= {bytes(f.geometry().asWkb()) for f in flagged.getFeatures()}  # memory ids differ per extract
    return new.featureCount(), len(selected)
