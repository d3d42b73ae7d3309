"""The facilities' semiannual reports: templates out, filled files in, validated all or nothing, idempotent; every
bad input of issue 22 refused with a message naming the row and the field, and nothing written."""
import csv

import pytest
import shapely
from conftest import store_fingerprint

PERIOD = "2025-S2"


@pytest.fixture
def facilities_store(run, tmp_path):
    from pot_seguimiento.store import open_store

    path = tmp_path / "servicios.gpkg"
    run("create_expediente", {"OUTPUT": str(path), "MUNICIPALITY": "Servicios", "DANE_CODE": "99997"})
    with open_store(str(path)) as store, store.transaction():
        store.insert("entidad", {"codigo": ["sed", "sds"], "nombre": ["Secretaría de Educación",
                                                                      "Secretaría de Salud"]})
        store.insert("equipamiento", {"codigo": ["COL1", "COL2", "HOS1", "CDI1"],
                                      "nombre": ["Colegio 1", "Colegio 2", "Hospital", "Jardín"],
                                      "sector": ["educacion", "educacion", "salud", "bienestar"],
                                      "capacidad": [1000, 400, 120, None],
                                      "unidad_capacidad": ["cupos", "cupos", "camas", None],
                                      "entidad": ["sed", "sed", "sds", None]},
                     [shapely.Point(0, 0), shapely.Point(10, 0), shapely.Point(20, 0), shapely.Point(30, 0)])
    return path


def template(run, path, tmp_path, entity="sed"):
    out = tmp_path / "plantillas"
    result = run("export_service_templates", {"EXPEDIENTE": str(path), "PERIOD": PERIOD, "ENTITY": entity,
                                              "OUTPUT": str(out)})
    assert result["FILES"] == 2
    return out / f"equipamientos_{entity}_{PERIOD}.csv"


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def write(path, rows, columns=None):
    columns = columns or list(rows[0])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, columns, delimiter=";", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def filled(run, path, tmp_path):
    rows = read(template(run, path, tmp_path))
    for row, users in zip(rows, ("950", "380")):
        row.update({"usuarios": users, "usuarios_mujeres": str(int(users) // 2), "usuarios_hombres": "",
                    "usuarios_6_11": "150", "usuarios_12_17": "100", "capacidad_en_uso": users,
                    "reportado_por": "Oficina de planeación SED"})
    return rows


def reports(path):
    from pot_seguimiento.store import open_store

    with open_store(str(path)) as store:  # users of 6 to 11 years: the report's row of that band (schema v6)
        return store.dicts("SELECT r.equipamiento, r.periodo, r.fecha_corte, r.capacidad, r.usuarios, "
                           "r.usuarios_mujeres, e.usuarios AS usuarios_6_11, r.reemplaza, r.reportado_por "
                           "FROM reporte_equipamiento r LEFT JOIN reporte_equipamiento_edad e ON e.reporte = r.fid "
                           "AND e.edad_desde = 6 AND e.edad_hasta = 11 ORDER BY r.fid")


def test_the_template_is_one_entitys_with_the_capacity_on_record(run, facilities_store, tmp_path):
    rows = read(template(run, facilities_store, tmp_path))
    assert [(r["equipamiento"], r["capacidad"], r["unidad_capacidad"], r["periodo"], r["fecha_corte"])
            for r in rows] == [("COL1", "1000.0", "cupos", PERIOD, "2025-12-31"),
                               ("COL2", "400.0", "cupos", PERIOD, "2025-12-31")]
    assert {"usuarios_0_5", "usuarios_60_mas", "usuarios_mujeres", "observaciones"} <= set(rows[0])
    every = run("export_service_templates", {"EXPEDIENTE": str(facilities_store), "PERIOD": PERIOD,
                                             "OUTPUT": str(tmp_path / "todas")})
    assert every["FILES"] == 6  # sed, sds and the facilities without an entity
    assert (tmp_path / "todas" / f"equipamientos_sin_entidad_{PERIOD}.xlsx").exists()


def test_import_is_all_or_nothing_idempotent_and_a_change_corrects(run, facilities_store, tmp_path):
    rows = filled(run, facilities_store, tmp_path)
    source = write(tmp_path / "lleno.csv", rows)
    result = run("import_service_reports", {"EXPEDIENTE": str(facilities_store), "INPUT": str(source),
                                            "REPORT": "memory:"})
    assert (result["ACCEPTED"], result["SKIPPED"]) == (2, 0)
    recorded = reports(facilities_store)
    assert recorded[0] == {"equipamiento": "COL1", "periodo": PERIOD, "fecha_corte": "2025-12-31",
                           "capacidad": 1000.0, "usuarios": 950, "usuarios_mujeres": 475, "usuarios_6_11": 150,
                           "reemplaza": None, "reportado_por": "Oficina de planeación SED"}
    before = store_fingerprint(facilities_store)
    again = run("import_service_reports", {"EXPEDIENTE": str(facilities_store), "INPUT": str(source)})
    assert (again["ACCEPTED"], again["SKIPPED"]) == (0, 2)
    assert store_fingerprint(facilities_store) == before
    rows[1]["usuarios"] = "390"
    corrected = run("import_service_reports", {"EXPEDIENTE": str(facilities_store),
                                               "INPUT": str(write(tmp_path / "corregido.csv", rows))})
    assert (corrected["ACCEPTED"], corrected["SKIPPED"]) == (1, 1)
    after = reports(facilities_store)
    assert len(after) == 3 and after[2]["usuarios"] == 390
    assert after[2]["reemplaza"] is not None and after[1]["usuarios"] == 380  # the history keeps both


def test_an_xlsx_template_round_trip(run, facilities_store, tmp_path):
    from openpyxl import load_workbook

    template(run, facilities_store, tmp_path)
    path = tmp_path / "plantillas" / f"equipamientos_sed_{PERIOD}.xlsx"
    book = load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("usuarios") + 1, value=800)
    book.save(path)
    result = run("import_service_reports", {"EXPEDIENTE": str(facilities_store), "INPUT": str(path)})
    assert result["ACCEPTED"] == 1  # the row left blank is not a report
    assert reports(facilities_store)[0]["usuarios"] == 800


@pytest.mark.parametrize("change, message", [
    ({"capacidad": "-10"}, "fila 2: el campo 'capacidad' es -10: no puede ser negativo"),
    ({"usuarios": "-5"}, "fila 2: el campo 'usuarios' es -5: no puede ser negativo"),
    ({"usuarios": "1600"}, "fila 2: 1600 usuarios están muy por encima de la capacidad de 1000"),
    ({"equipamiento": "COL9"}, "fila 2: equipamiento desconocido 'COL9'"),
    ({"periodo": "2025-S3"}, "fila 2: el periodo '2025-S3' debe tener la forma 2025-S1 o 2025-S2"),
    ({"periodo": "2099-S1", "fecha_corte": "2099-06-30"}, "fila 2: el periodo 2099-S1 no ha terminado"),
    ({"usuarios_mujeres": "600", "usuarios_hombres": "500"}, "fila 2: los usuarios por sexo suman 1100"),
    ({"usuarios_12_17": "-3"}, "fila 2: el campo 'usuarios_12_17' es -3: no puede ser negativo"),
    ({"usuarios_18_28": "800"}, "fila 2: los usuarios por grupo de edad suman 1050, más que los 950 usuarios "
                                "reportados: explíquelo en 'observaciones'"),
    ({"usuarios": "12,5"}, "fila 2: el campo 'usuarios' es '12,5', no un número entero de personas"),
])
def test_bad_reports_are_refused_naming_row_and_field_and_nothing_is_written(
        run, facilities_store, tmp_path, change, message):
    from qgis.core import QgsProcessingException

    rows = filled(run, facilities_store, tmp_path)
    rows[0].update(change)
    source = write(tmp_path / "malo.csv", rows)
    before = store_fingerprint(facilities_store)
    with pytest.raises(QgsProcessingException, match="(?s)No se registró ningún reporte de equipamiento.*"
                       + message.replace("(", r"\(")):
        run("import_service_reports", {"EXPEDIENTE": str(facilities_store), "INPUT": str(source)})
    assert store_fingerprint(facilities_store) == before


def test_users_far_above_capacity_pass_with_a_note(run, facilities_store, tmp_path):
    rows = filled(run, facilities_store, tmp_path)
    rows[0].update({"usuarios": "1600", "observaciones": "Dos jornadas: mañana y tarde"})
    result = run("import_service_reports", {"EXPEDIENTE": str(facilities_store),
                                            "INPUT": str(write(tmp_path / "jornadas.csv", rows))})
    assert result["ACCEPTED"] == 2


def test_a_file_missing_an_age_group_column_is_refused(run, facilities_store, tmp_path):
    from qgis.core import QgsProcessingException

    rows = filled(run, facilities_store, tmp_path)
    columns = [c for c in rows[0] if c != "usuarios_60_mas"]
    source = write(tmp_path / "otra_plantilla.csv", rows, columns)
    before = store_fingerprint(facilities_store)
    with pytest.raises(QgsProcessingException, match="le faltan las columnas usuarios_60_mas"):
        run("import_service_reports", {"EXPEDIENTE": str(facilities_store), "INPUT": str(source)})
    assert store_fingerprint(facilities_store) == before


@pytest.fixture
def declared_store(facilities_store):
    """The facilities' expediente with a population that declares the broad bands SDP publishes by UPZ (0–14, 15–59,
    60 y más) for 2024 and DANE's five-year bands for 2018 (an older census: not what entities report in)."""
    from pot_seguimiento.store import open_store

    with open_store(str(facilities_store)) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["U1"], "nombre": ["UPZ 1"], "nivel": ["upz"]},
                     [shapely.box(-100, -100, 100, 100)])
        store.insert("poblacion", {"ambito": ["U1", "U1"], "nivel": ["upz", "upz"], "anio": [2018, 2024],
                                   "poblacion": [1700, 1800]})
        five = [(a, a + 4) for a in range(0, 80, 5)] + [(80, None)]
        broad = [(0, 14), (15, 59), (60, None)]
        store.insert("poblacion_edad", {
            "ambito": ["U1"] * (len(five) + len(broad)), "nivel": ["upz"] * (len(five) + len(broad)),
            "anio": [2018] * len(five) + [2024] * len(broad), "sexo": ["total"] * (len(five) + len(broad)),
            "edad_desde": [a for a, _ in five + broad], "edad_hasta": [b for _, b in five + broad],
            "personas": [100] * len(five) + [400, 1000, 400]})
    return facilities_store


def band_rows(path):
    from pot_seguimiento.store import open_store

    with open_store(str(path)) as store:
        return store.dicts("SELECT r.equipamiento, e.edad_desde, e.edad_hasta, e.usuarios "
                           "FROM reporte_equipamiento_edad e JOIN reporte_equipamiento r ON r.fid = e.reporte "
                           "ORDER BY e.reporte, e.edad_desde")


def test_users_are_reported_in_the_bands_the_population_declares(run, declared_store, tmp_path):
    """The template has one column per band of the latest year's population (no life-course columns); the import
    stores a row per band filled, and importing it again changes nothing."""
    rows = read(template(run, declared_store, tmp_path))
    ages = [c for c in rows[0] if c.startswith("usuarios_") and c[9].isdigit()]
    assert ages == ["usuarios_0_14", "usuarios_15_59", "usuarios_60_mas"]
    rows[0].update({"usuarios": "900", "usuarios_0_14": "850", "usuarios_15_59": "50", "usuarios_60_mas": ""})
    rows[1].update({"usuarios": "300", "usuarios_0_14": "300"})
    source = write(tmp_path / "bandas.csv", rows)
    assert run("import_service_reports", {"EXPEDIENTE": str(declared_store), "INPUT": str(source)})["ACCEPTED"] == 2
    assert band_rows(declared_store) == [
        {"equipamiento": "COL1", "edad_desde": 0, "edad_hasta": 14, "usuarios": 850},
        {"equipamiento": "COL1", "edad_desde": 15, "edad_hasta": 59, "usuarios": 50},
        {"equipamiento": "COL2", "edad_desde": 0, "edad_hasta": 14, "usuarios": 300}]
    before = store_fingerprint(declared_store)
    again = run("import_service_reports", {"EXPEDIENTE": str(declared_store), "INPUT": str(source)})
    assert (again["ACCEPTED"], again["SKIPPED"]) == (0, 2) and store_fingerprint(declared_store) == before
    rows[1]["usuarios_0_14"] = "290"  # a change in a band only is a correction
    corrected = run("import_service_reports", {"EXPEDIENTE": str(declared_store),
                                               "INPUT": str(write(tmp_path / "bandas2.csv", rows))})
    assert (corrected["ACCEPTED"], corrected["SKIPPED"]) == (1, 1)
    assert band_rows(declared_store)[-1] == {"equipamiento": "COL2", "edad_desde": 0, "edad_hasta": 14,
                                             "usuarios": 290}


def test_users_by_age_above_the_users_pass_with_a_note(run, declared_store, tmp_path):
    rows = read(template(run, declared_store, tmp_path))
    rows[0].update({"usuarios": "900", "usuarios_0_14": "850", "usuarios_15_59": "120",
                    "observaciones": "Estudiantes en dos programas, contados en cada uno"})
    result = run("import_service_reports", {"EXPEDIENTE": str(declared_store),
                                            "INPUT": str(write(tmp_path / "nota.csv", rows))})
    assert result["ACCEPTED"] == 1


@pytest.mark.parametrize("columns, message", [
    # a band column missing
    (lambda c: [x for x in c if x != "usuarios_15_59"], "le faltan las columnas usuarios_15_59"),
    # the life-course template of before: bands the population does not declare
    (lambda c: c + ["usuarios_0_5", "usuarios_6_11"],
     "reporta usuarios en los grupos de edad 0–5, 0–14, 6–11, 15–59, 60 y más, pero la población del expediente "
     "declara 0–14, 15–59, 60 y más"),
])
def test_band_columns_that_are_not_the_declared_ones_are_refused(run, declared_store, tmp_path, columns, message):
    from qgis.core import QgsProcessingException

    rows = read(template(run, declared_store, tmp_path))
    rows[0].update({"usuarios": "900", "usuarios_0_14": "850", "usuarios_0_5": "10", "usuarios_6_11": "20"})
    source = write(tmp_path / "otras_bandas.csv", rows, columns(list(rows[0])))
    before = store_fingerprint(declared_store)
    with pytest.raises(QgsProcessingException, match=message):
        run("import_service_reports", {"EXPEDIENTE": str(declared_store), "INPUT": str(source)})
    assert store_fingerprint(declared_store) == before
