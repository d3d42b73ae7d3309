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

    with open_store(str(path)) as store:
        return store.dicts("SELECT equipamiento, periodo, fecha_corte, capacidad, usuarios, usuarios_mujeres, "
                           "usuarios_6_11, reemplaza, reportado_por FROM reporte_equipamiento ORDER BY fid")


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
