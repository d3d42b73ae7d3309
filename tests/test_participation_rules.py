"""Participation templates meet the rules every other import meets (core/importing.py, core/value_rules.py,
store/write_rules.py): required fields, domains, ranges, dates that happened, duplicate codes, broken encodings,
wrong types; all or nothing, with a Spanish message naming the sheet, the row and the column, and the expediente
exactly as it was."""
import pytest

from test_participation_import import (ACTIVITY, COMMITMENTS, PLAN, SECOND, refused, run_import, small,  # noqa: F401
                                       today, workbook)

BAD_ACTIVITIES = [
    ("replacement_character", {"nombre": "Taller de priorizaci\ufffdn"}, ("nombre", "U+FFFD")),
    ("not_a_number", {"mujeres": "treinta"}, ("mujeres", "treinta")),
    ("out_of_range", {"satisfaccion_media": 7}, ("satisfaccion_media", "7")),
    ("implausible", {"mujeres": 2_000_000}, ("mujeres", "2000000")),
    ("no_such_day", {"fecha": "2025-02-30"}, ("fecha", "2025-02-30")),
    ("unknown_type", {"tipo": "asamblea"}, ("tipo", "asamblea")),
    ("not_yes_or_no", {"enfoque_genero": "quizá"}, ("enfoque_genero", "quizá")),
    ("ambiguous_number", {"hombres": "1.500"}, ("hombres", "1.500")),
    ("required_empty", {"nombre": ""}, ("nombre",)),
    ("dependency_encoding", {"dependencia": "Secretar\ufffda de Planeaci\ufffdn"}, ("dependencia",)),
]


@pytest.mark.parametrize("case, change, fragments", BAD_ACTIVITIES, ids=[c[0] for c in BAD_ACTIVITIES])
def test_a_bad_activity_value_is_refused_naming_row_and_column(run, small, tmp_path, case, change, fragments):
    path = workbook(tmp_path / "x.xlsx", [SECOND, {**ACTIVITY, **change}], PLAN, COMMITMENTS)
    message = refused(run, small, path, "actividades", "fila 3", "T-01", *fragments)
    assert "M-02" not in message


def test_a_commitment_state_dated_in_the_future_is_refused(run, small, tmp_path):
    late = {**COMMITMENTS[0], "fecha_estado": "2027-03-01"}
    refused(run, small, workbook(tmp_path / "x.xlsx", [ACTIVITY], [], [late]), "compromisos", "fila 2", "C-01",
            "fecha_estado", "2027-03-01")


def test_a_plan_row_out_of_range_is_refused(run, small, tmp_path):
    refused(run, small, workbook(tmp_path / "x.xlsx", [], [{**PLAN[0], "programadas": -1}]), "plan", "fila 2",
            "programadas")


def test_an_activity_code_of_another_dependency_is_a_duplicate(run, small, tmp_path):
    run_import(run, small, workbook(tmp_path / "sdp.xlsx", [ACTIVITY]))
    theirs = {**ACTIVITY, "dependencia": "idu", "nombre": "Otro taller del IDU"}
    refused(run, small, workbook(tmp_path / "idu.xlsx", [theirs]), "fila 2", "T-01", "codigo", "código duplicado",
            "ya está en el expediente")
    # Twice in one file is the same rule, said as such.
    refused(run, small, workbook(tmp_path / "twice.xlsx", [SECOND, {**SECOND, "nombre": "Otra mesa"}]), "fila 3",
            "M-02", "repetido en el archivo")


def test_an_unknown_column_is_refused_not_dropped(run, small, tmp_path):
    path = workbook(tmp_path / "x.xlsx", [ACTIVITY], extra={"actividades": {"mujers": 12}})
    refused(run, small, path, "'mujers'", "actividades")
    # Any declared age band is a column of the template (core/age_bands.py): bands of 0–17 and 18 and over.
    from openpyxl import load_workbook

    path = workbook(tmp_path / "y.xlsx", [{**ACTIVITY, "edad_0_13": 12, "edad_14_28": 40, "edad_29_59": "",
                                           "edad_60_mas": ""}])
    book = load_workbook(path)
    for cell in book["actividades"][1]:
        cell.value = {"edad_0_13": "edad_0_17", "edad_14_28": "edad_18_mas"}.get(cell.value, cell.value)
    book["actividades"].delete_cols(22, 2)  # edad_29_59, edad_60_mas
    book.save(path)
    assert run_import(run, small, path)["NEW"] == 1


def test_a_column_missing_from_the_template_is_refused(run, small, tmp_path):
    from openpyxl import load_workbook

    path = workbook(tmp_path / "x.xlsx", [ACTIVITY])
    book = load_workbook(path)
    book["actividades"].delete_cols(11)  # fecha
    book.save(path)
    refused(run, small, path, "fecha")


def test_a_latin1_csv_is_read_and_an_oversized_cell_is_refused(run, small, tmp_path):
    from pot_seguimiento.core.participation import KINDS
    from pot_seguimiento.store import open_store

    header = ";".join(KINDS["actividades"])
    row = ";".join(str({**ACTIVITY, "nombre": "Taller de Nariño"}.get(c, "")) for c in KINDS["actividades"])
    latin = tmp_path / "latin.csv"
    latin.write_bytes((header + "\n" + row + "\n").encode("latin-1"))
    run_import(run, small, latin)
    with open_store(str(small)) as store:
        assert store.dicts("SELECT nombre FROM actividad_participacion")[0]["nombre"] == "Taller de Nariño"
    big = tmp_path / "grande.csv"
    big.write_text(header + "\n" + row.replace("Convocar antes", "x" * 200_000) + "\n", encoding="utf-8")
    refused(run, small, big, "fila 2", "lecciones")
    extra = tmp_path / "celdas.csv"
    extra.write_text(header + "\n" + row + ";de más\n", encoding="utf-8")
    refused(run, small, extra, "fila 2", "más celdas")
    trailing = tmp_path / "separador_final.csv"  # an empty cell after the last column loses nothing
    trailing.write_text(header + "\n" + row.replace("T-01", "T-02") + ";\n", encoding="utf-8")
    assert run_import(run, small, trailing)["NEW"] == 1


def test_a_double_encoded_name_is_repaired_and_the_report_says_so(run, small, tmp_path):
    from pot_seguimiento.store import open_store

    path = workbook(tmp_path / "x.xlsx", [{**ACTIVITY, "nombre": "Taller de priorizaciÃ³n"}])
    result = run_import(run, small, path)
    with open_store(str(small)) as store:
        assert store.dicts("SELECT nombre FROM actividad_participacion")[0]["nombre"] == "Taller de priorización"
    messages = [f["mensaje"] for f in result["REPORT"].getFeatures()]
    assert any("priorizaciÃ³n" in (m or "") for m in messages)


def test_a_bad_row_leaves_a_postgis_expediente_as_it_was(run, postgres, tmp_path):
    """All or nothing on a shared server too: one bad commitment and the good rows before it are not written."""
    from shapely import box

    from pot_seguimiento.store import open_store

    uri = postgres.uri("participacion_reglas")
    run("create_expediente", {"OUTPUT": uri, "MUNICIPALITY": "Mínimo", "DANE_CODE": "99999",
                              "EVIDENCE_FOLDER": str(tmp_path / "evidencias")})
    with open_store(uri) as store, store.transaction():
        store.insert("unidad_territorial", {"codigo": ["99999", "01"], "nombre": ["Mínimo", "Oeste"],
                                            "nivel": ["municipio", "localidad"]},
                     [box(0, 0, 2000, 1000), box(0, 0, 1000, 1000)])
        store.insert("entidad", {"codigo": ["sdp", "idu"], "sigla": ["SDP", "IDU"],
                                 "nombre": ["Secretaría de Planeación", "Instituto de Desarrollo Urbano"]})
        store.insert("documento", {"codigo": ["AM-001"], "titulo": ["Ayuda de memoria"], "tipo": ["acta"]})
    bad = {**COMMITMENTS[1], "avance": 150}
    with pytest.raises(Exception) as error:
        run_import(run, uri, workbook(tmp_path / "x.xlsx", [ACTIVITY, SECOND], PLAN, [COMMITMENTS[0], bad]))
    assert "fila 3" in str(error.value) and "avance" in str(error.value) and "C-02" in str(error.value)
    with open_store(uri) as store:
        assert [store.count(t) for t in ("actividad_participacion", "asistencia_edad", "plan_participacion",
                                         "compromiso", "compromiso_estado")] == [0, 0, 0, 0, 0]
