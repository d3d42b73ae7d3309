"""Participation indicators through compute_indicators (issue 21), against values worked by hand on a small fixture:
localidades 01 (west) and 02 (east) of municipality 99999; every number below was counted on paper."""
import pytest

from test_participation_import import ACTIVITY, COMMITMENTS, PLAN, PROGRAMMED, SECOND, run_import, small, today, \
    workbook  # noqa: F401 (fixtures)

P = pytest.approx
CODES = ("participantes_priorizacion", "participantes_implementacion", "participantes_seguimiento",
         "espacios_enfoque_genero", "espacios_enfoque_diferencial", "espacios_enfoque_territorial",
         "participacion_mujeres", "cumplimiento_plan_participacion", "compromisos_cumplidos", "compromisos_vencidos",
         "evaluaciones_aplicadas_pct", "talleres_minisitio")
# T-01: localidad 01, priorización, 30 + 20 + 2 = 52 attendees, gender and territorial approaches, 6 evaluations.
# M-02: the whole municipality, seguimiento, 5 + 5 = 10, gender and territorial, 1 evaluation.
# W-04: a workshop on the minisite in localidad 02, implementación, 12 + 6 = 18, differential approach, 2 evaluations.
# F-03 (programmed, 2026) and X-05 (executed in 2024) do not count in 2025.
MINISITE = {**ACTIVITY, "codigo": "W-04", "nombre": "Taller del minisitio", "tema": "minisitio",
            "etapa": "implementacion", "unidad": "02", "fecha": "2025-05-05", "mujeres": 12, "hombres": 6,
            "otras_identidades": 0, "edad_0_13": "", "edad_14_28": 10, "edad_29_59": 8, "edad_60_mas": "",
            "victimas": 0, "etnicos": 0, "discapacidad": 0, "enfoque_genero": "no", "enfoque_diferencial": "si",
            "enfoque_territorial": "no", "evaluaciones_aplicadas": 2, "satisfaccion_media": 4, "documento": ""}
OLD = {**ACTIVITY, "codigo": "X-05", "fecha": "2024-11-01", "mujeres": 100}
# C-01 (T-01) en curso, due 2025-06-30: overdue at the end of 2025; C-02 (T-01) cumplido; C-03 (W-04) pendiente, due
# in 2026; C-04 (M-02) handed to another entity: out of the share, never overdue.
MORE = [{**COMMITMENTS[0], "compromiso": "C-03", "actividad": "W-04", "fecha_limite": "2026-03-01",
         "estado": "pendiente", "fecha_estado": "2025-05-05", "avance": 0},
        {**COMMITMENTS[0], "compromiso": "C-04", "actividad": "M-02", "fecha_limite": "2025-10-01",
         "estado": "trasladado", "fecha_estado": "2025-09-10", "avance": "", "nota": "Lo atiende la CAR"}]


@pytest.fixture
def measured(run, small, tmp_path):
    path = workbook(tmp_path / "todo.xlsx", [ACTIVITY, SECOND, PROGRAMMED, MINISITE, OLD], PLAN, COMMITMENTS + MORE)
    assert run_import(run, small, path)["NEW"] == 11

    def measure(period):
        from pot_seguimiento.store import open_store

        run("compute_indicators", {"EXPEDIENTE": str(small), "PERIOD": period, "LEVEL": "localidad",
                                   "INDICATORS": ",".join(CODES), "OUTPUT": "memory:"})
        with open_store(str(small)) as store:
            rows = store.dicts("SELECT indicador, ambito, valor, numerador, denominador, nota FROM medicion "
                               "WHERE periodo = ?", (period,))
        return {(r["indicador"], r["ambito"]): r for r in rows}
    return measure


def values(rows, code):
    return [rows[(code, unit)]["valor"] for unit in ("01", "02", "99999")]


def test_participants_by_stage_count_each_activity_where_its_scale_puts_it(measured):
    rows = measured("2025")
    assert values(rows, "participantes_priorizacion") == [52, 0, 52]
    assert values(rows, "participantes_implementacion") == [0, 18, 18]
    assert values(rows, "participantes_seguimiento") == [0, 0, 10]  # a municipal activity: the municipality only


def test_approaches_women_and_evaluations(measured):
    rows = measured("2025")
    assert values(rows, "espacios_enfoque_genero") == P([100, 0, 200 / 3])
    assert values(rows, "espacios_enfoque_diferencial") == P([0, 100, 100 / 3])
    assert values(rows, "espacios_enfoque_territorial") == P([100, 0, 200 / 3])
    assert values(rows, "participacion_mujeres") == P([30 / 52 * 100, 12 / 18 * 100, 47 / 80 * 100])
    assert values(rows, "evaluaciones_aplicadas_pct") == P([6 / 52 * 100, 2 / 18 * 100, 9 / 80 * 100])
    assert (rows[("evaluaciones_aplicadas_pct", "99999")]["numerador"],
            rows[("evaluaciones_aplicadas_pct", "99999")]["denominador"]) == (9, 80)
    assert values(rows, "talleres_minisitio") == [0, 1, 1]


def test_plan_compliance_may_pass_100_and_has_no_value_by_unit(measured):
    year = measured("2025")
    municipal = year[("cumplimiento_plan_participacion", "99999")]
    assert (municipal["valor"], municipal["numerador"], municipal["denominador"]) == (P(78 / 69 * 100), 78, 69)
    assert round(municipal["valor"]) == 113
    assert year[("cumplimiento_plan_participacion", "01")]["valor"] is None
    assert "dependencia" in year[("cumplimiento_plan_participacion", "01")]["nota"]
    first = measured("2025-S1")[("cumplimiento_plan_participacion", "99999")]  # only C1 ends in the first semester
    assert (first["valor"], first["numerador"], first["denominador"]) == (P(112.5), 45, 40)


def test_commitments_kept_and_overdue_at_the_cut_off(measured):
    rows = measured("2025")
    assert values(rows, "compromisos_cumplidos") == P([50, 0, 100 / 3])
    assert values(rows, "compromisos_vencidos") == [1, 0, 1]
    first = measured("2025-S1")  # C-01 is due on 30 June: not overdue yet on that day
    assert values(first, "compromisos_vencidos") == [0, 0, 0]
    assert values(first, "participantes_seguimiento") == [0, 0, 0]  # M-02 is in September
