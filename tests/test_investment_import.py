"""Investment by source and receipts of obligations (issue 23): templates out, filled files in, validated, all or
nothing, idempotent; the reconciliation with the cumulative investment projects report; obligations through
import_layer. Each bad input the issue lists is refused with the row and field named, and nothing is written."""
import csv
import json

import pytest
import shapely
from qgis.core import QgsProcessingException
from shapely import box

from conftest import count, store_fingerprint


@pytest.fixture
def expediente(run, tmp_path):
    """Two units; VIA (IDU) with progress reports saying 1,500 million invested by 2025-S2, LOTE (SED); an action;
    a plan parcial with land (S1, 5,000 m²) and money (D1, 2,000 million) owed."""
    from pot_seguimiento.store import open_store

    path = tmp_path / "expediente.gpkg"
    run("create_expediente", {"OUTPUT": str(path), "MUNICIPALITY": "Mínimo", "DANE_CODE": "99999"})
    with open_store(str(path)) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["99999", "A", "B"], "nombre": ["Mínimo", "A", "B"],
                                            "nivel": ["municipio", "localidad", "localidad"]},
                     [box(0, 0, 2000, 1000), box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)])
        store.insert("programa", {"codigo": ["MOV"], "nombre": ["Movilidad"]})
        store.insert("proyecto", {
            "codigo": ["VIA", "LOTE"], "nombre": ["Avenida", "Colegio"], "programa": ["MOV"] * 2,
            "entidad": ["Instituto de Desarrollo Urbano", "Secretaría de Educación"], "horizonte": ["corto"] * 2,
            "anio_inicio": [2024] * 2, "anio_fin": [2027] * 2, "meta_descripcion": ["obra"] * 2,
            "meta_unidad": ["%"] * 2, "meta_cantidad": [100.0] * 2, "presupuesto": [5e9, 2e8]},
            [box(500, 400, 1800, 600), box(1200, 100, 1300, 200)])
        store.insert("presupuesto_anual", {"proyecto": ["VIA"], "anio": [2025], "valor_asignado": [2e9]})
        store.insert("avance", {"proyecto": ["VIA", "VIA"], "periodo": ["2025-S1", "2025-S2"],
                                "fecha_corte": ["2025-06-30", "2025-12-31"], "avance_fisico": [10.0, 30.0],
                                "inversion": [6e8, 1.5e9], "estado_reportado": ["en_ejecucion"] * 2})
        store.insert("actuacion", {"codigo": ["OC1"], "nombre": ["Parque comunal"], "tipo": ["obra_comunitaria"]},
                     [shapely.Point(1500, 500)])
        store.insert("instrumento", {"codigo": ["PP1"], "nombre": ["El Lago"], "tipo": ["plan_parcial"],
                                     "estado": ["en_ejecucion"], "promotor": ["Juan Pérez"],
                                     "tipo_promotor": ["persona_natural"]}, [box(100, 100, 400, 400)])
        store.insert("obligacion_urbanistica", {
            "codigo": ["S1", "D1"], "instrumento": ["PP1"] * 2, "tipo": ["suelo", "dinero"],
            "destino": ["espacio_publico", "vias"], "cantidad": [5000.0, 2e9], "unidad": ["m2", "cop"],
            "fecha_limite": ["2025-06-30", "2026-12-31"]}, [box(150, 150, 200, 250), None])
    return path


def export(run, path, folder, entity=""):
    run("export_investment_templates", {"EXPEDIENTE": str(path), "PERIOD": "2025", "ENTITY": entity,
                                        "OUTPUT": str(folder)})


def read_csv(path):
    with open(path, encoding="utf-8-sig") as f:
        return list(csv.DictReader(f, delimiter=";"))


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, rows[0].keys(), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_templates_for_each_entity_actions_and_obligations(run, expediente, tmp_path):
    export(run, expediente, tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".xlsx"))
    assert names == sorted(f"{base}.{ext}" for ext in ("csv", "xlsx") for base in (
        "inversion_instituto_de_desarrollo_urbano_2025", "inversion_secretaria_de_educacion_2025",
        "inversion_actuaciones_2025", "recaudo_obligaciones_2025"))
    via = read_csv(tmp_path / "inversion_instituto_de_desarrollo_urbano_2025.csv")
    assert [(r["proyecto"], r["anio"], float(r["presupuesto_anio"]), float(r["ultima_inversion_reportada"]),
             r["fuente"], r["valor"]) for r in via] == [("VIA", "2025", 2e9, 1.5e9, "", "")]
    owed = read_csv(tmp_path / "recaudo_obligaciones_2025.csv")
    assert [(r["obligacion"], float(r["cantidad_debida"]), float(r["recibido"])) for r in owed] == \
        [("S1", 5000, 0), ("D1", 2e9, 0)]
    assert "promotor" not in owed[0]  # who owes is the expediente's, not the template's
    export(run, expediente, tmp_path / "idu", "Instituto de Desarrollo Urbano")
    assert sorted(p.name for p in (tmp_path / "idu").iterdir()) == [
        "inversion_instituto_de_desarrollo_urbano_2025.csv", "inversion_instituto_de_desarrollo_urbano_2025.xlsx"]


def test_filled_investment_imports_once_and_is_reconciled_with_the_progress_reports(run, expediente, tmp_path):
    from pot_seguimiento.store import open_store

    export(run, expediente, tmp_path)
    template = read_csv(tmp_path / "inversion_instituto_de_desarrollo_urbano_2025.csv")[0]
    filled = write_csv(tmp_path / "lleno.csv", [
        {**template, "fuente": "Pública", "valor": "1.000.000.000", "bpin": "2024110010001"},
        {**template, "fuente": "privada", "valor": "350000000"},
        {**template, "anio": "2024", "fuente": "publica", "valor": "400000000", "bpin": "2024110010001"},
        {**template, "fuente": "", "valor": ""}])  # a row left blank: no report
    result = run("import_investment", {"EXPEDIENTE": str(expediente), "INPUT": str(filled), "REPORT": "memory:"})
    assert (result["ACCEPTED"], result["SKIPPED"], result["REJECTED"]) == (3, 0, 0)
    # The progress reports say 1,500 million by 2025; the rows by source add up to 1,750 million.
    assert result["DIFFERENCES"] == 1
    with open_store(str(expediente)) as store:
        from pot_seguimiento.store.instruments import reconciliation
        assert reconciliation(store) == [{"proyecto": "VIA", "anio": 2025, "inversion_avance": 1.5e9,
                                          "inversion_fuentes": 1.75e9, "diferencia": -250_000_000}]
        rows = store.dicts("SELECT proyecto, anio, fuente, valor, entidad FROM inversion ORDER BY fid")
    assert rows[0] == {"proyecto": "VIA", "anio": 2025, "fuente": "publica", "valor": 1e9,
                       "entidad": "Instituto de Desarrollo Urbano"}
    before = store_fingerprint(expediente)
    again = run("import_investment", {"EXPEDIENTE": str(expediente), "INPUT": str(filled)})
    assert (again["ACCEPTED"], again["SKIPPED"]) == (0, 3)
    assert store_fingerprint(expediente) == before


def test_filled_xlsx_receipts_import_and_a_correction_supersedes(run, expediente, tmp_path):
    from openpyxl import load_workbook

    from pot_seguimiento.store import open_store

    export(run, expediente, tmp_path)
    book = load_workbook(tmp_path / "recaudo_obligaciones_2025.xlsx")
    sheet = book.active
    header = [c.value for c in sheet[1]]
    for row, values in ((2, {"fecha": "2025-03-01", "cantidad": 3000, "referencia": "ACTA-1"}),
                        (3, {"fecha": "2025-05-01", "cantidad": 5e8, "referencia": "PAGO-1",
                             "proyecto_destino": "VIA"})):
        for name, value in values.items():
            sheet.cell(row=row, column=header.index(name) + 1, value=value)
    book.save(tmp_path / "recaudo.xlsx")
    result = run("import_investment", {"EXPEDIENTE": str(expediente), "INPUT": str(tmp_path / "recaudo.xlsx")})
    assert (result["ACCEPTED"], result["DIFFERENCES"]) == (2, 0)
    correction = write_csv(tmp_path / "correccion.csv", [
        {"obligacion": "D1", "fecha": "2025-05-01", "cantidad": "550000000", "referencia": "PAGO-1",
         "proyecto_destino": "VIA"}])
    assert run("import_investment", {"EXPEDIENTE": str(expediente), "INPUT": str(correction)})["ACCEPTED"] == 1
    with open_store(str(expediente)) as store:
        from pot_seguimiento.core.instruments import received_by_obligation
        from pot_seguimiento.store.instruments import receipts
        assert received_by_obligation(receipts(store)) == {"S1": 3000, "D1": 5.5e8}
        assert store.count("recaudo_obligacion") == 3  # the history keeps the corrected row


GOOD_RECEIPT = {"obligacion": "D1", "fecha": "2025-05-01", "cantidad": "500000000", "referencia": "PAGO-1"}
GOOD_INVESTMENT = {"proyecto": "VIA", "actuacion": "", "anio": "2025", "fuente": "publica", "valor": "1000"}


@pytest.mark.parametrize("bad, message", [
    ({"obligacion": "S1", "fecha": "2025-03-01", "cantidad": "6000", "referencia": "ACTA-9"},
     r"fila 3: campo 'cantidad': lo recibido en total, 6000, supera lo debido por la obligación 'S1', 5000; "
     r"explíquelo en 'observaciones'"),
    ({"obligacion": "NO-EXISTE", "fecha": "2025-03-01", "cantidad": "10", "referencia": "ACTA-9"},
     r"fila 3: campo 'obligacion': la obligación 'NO-EXISTE' no está en el expediente"),
    ({"obligacion": "S1", "fecha": "2025-03-01", "cantidad": "-10", "referencia": "ACTA-9"},
     r"fila 3: el campo 'cantidad' es negativo \(-10\)"),
    ({**GOOD_INVESTMENT, "valor": "-5"}, r"fila 3: el campo 'valor' es negativo \(-5\)"),
    ({**GOOD_INVESTMENT, "fuente": "lotería"},
     r"fila 3: campo 'fuente': 'lotería' no es una fuente conocida; use una de publica, privada"),
    ({**GOOD_INVESTMENT, "proyecto": "", "actuacion": "OC9"},
     r"fila 3: campo 'actuacion': la actuación 'OC9' no está en el expediente"),
])
def test_bad_rows_are_refused_naming_row_and_field_and_nothing_is_written(run, expediente, tmp_path, bad, message):
    good = GOOD_RECEIPT if "obligacion" in bad else GOOD_INVESTMENT
    path = write_csv(tmp_path / "malo.csv", [good, bad])
    before = store_fingerprint(expediente)
    with pytest.raises(QgsProcessingException, match=message):
        run("import_investment", {"EXPEDIENTE": str(expediente), "INPUT": str(path)})
    assert store_fingerprint(expediente) == before


def test_a_receipt_above_what_is_due_is_recorded_with_a_note(run, expediente, tmp_path):
    path = write_csv(tmp_path / "con_nota.csv", [
        {"obligacion": "S1", "fecha": "2025-03-01", "cantidad": "6000", "referencia": "ACTA-9",
         "observaciones": "El promotor cedió 1.000 m² adicionales por acuerdo de reparto"}])
    assert run("import_investment", {"EXPEDIENTE": str(expediente), "INPUT": str(path)})["ACCEPTED"] == 1


def test_obligations_load_through_import_layer_and_land_needs_its_polygon(run, expediente, tmp_path):
    def feature(code, kind, unit, geometry):
        return {"type": "Feature", "geometry": geometry and json.loads(shapely.to_geojson(geometry)),
                "properties": {"codigo": code, "instrumento": "PP1", "tipo": kind, "destino": "vias",
                               "cantidad": 100, "unidad": unit}}

    def layer(name, features):
        path = tmp_path / name
        path.write_text(json.dumps({"type": "FeatureCollection", "crs": {
            "type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::9377"}}, "features": features}))
        return str(path)

    good = [feature("S2", "suelo", "m2", box(4_880_000, 2_070_000, 4_880_050, 2_070_050)),
            feature("D2", "dinero", "COP", None)]
    bad = layer("malas.geojson", good + [feature("S3", "Cesión de suelo", "m2", None)])
    before = store_fingerprint(expediente)
    with pytest.raises(QgsProcessingException, match=r"objeto 2, campo 'geometría': el objeto no tiene geometría, "
                                                     r"y con tipo = 'suelo' la necesita"):
        run("import_layer", {"EXPEDIENTE": str(expediente), "TABLE": "obligacion_urbanistica", "INPUT": bad})
    assert store_fingerprint(expediente) == before
    run("import_layer", {"EXPEDIENTE": str(expediente), "TABLE": "obligacion_urbanistica",
                         "INPUT": layer("buenas.geojson", good)})
    assert count(expediente, "obligacion_urbanistica") == 4
