"""The evaluation's rules on small hand-built cases: every expected value is worked out by hand."""
import datetime

import pytest

P = pytest.approx


def element(code, kind, parent=None):
    return {"codigo": code, "tipo": kind, "nombre": f"Nombre {code}", "padre": parent}


def link(element_code, kind, code):
    return {"elemento": element_code, "tipo": kind, "codigo": code}


def project(code, program, horizon="mediano", start=2021, end=2027):
    return {"codigo": code, "nombre": f"Proyecto {code}", "programa": program, "horizonte": horizon,
            "anio_inicio": start, "anio_fin": end, "meta_cantidad": 100}


def indicator(code, baseline=1.0, target=2.0):
    return {"codigo": code, "nombre": f"Indicador {code}", "anio_base": 2020 if baseline is not None else None,
            "valor_base": baseline, "meta_corto": target, "meta_mediano": None, "meta_largo": None}


def test_the_articulation_analysis_finds_exactly_the_planted_gaps():
    from pot_seguimiento.core.evaluation import articulation

    elements = [element("V", "vision"), element("O1", "objetivo", "V"), element("E1", "estrategia", "O1"),
                element("O2", "objetivo", "V"), element("E2", "politica", "O2"), element("O3", "objetivo", "V")]
    links = [link("E1", "programa", "PR1"), link("O1", "indicador", "I1"), link("E2", "proyecto", "P3"),
             link("O3", "indicador", "I2"), link("E1", "proyecto", "P9")]
    programs = [{"codigo": "PR1"}, {"codigo": "PR2"}]
    projects = [project("P1", "PR1"), project("P2", "PR1", "corto", 2021, 2025), project("P3", "PR2"),
                project("P4", "PR2")]
    indicators = [indicator("I1"), indicator("I2", baseline=None), indicator("I3", target=None), indicator("I4")]
    result = articulation.analyse(elements, links, programs, projects, indicators, [("I3", "P1"), ("I3", "P2")],
                                  adoption_year=2020)
    gaps = {(g.kind, g.code) for g in result.gaps}
    assert gaps == {
        ("vinculo_roto", "E1 → P9"),
        ("objetivo_sin_indicador", "O2"),
        ("objetivo_sin_estrategia", "O3"), ("objetivo_sin_proyecto", "O3"),
        ("proyecto_sin_objetivo", "P4"),
        ("proyecto_sin_indicador", "P3"), ("proyecto_sin_indicador", "P4"),
        ("proyecto_fuera_de_horizonte", "P2"),  # short term ends in 2023 for a plan adopted in 2020
        ("indicador_sin_linea_base", "I2"),
        ("indicador_sin_meta", "I3"),
    }  # I4 is linked to nothing: not a gap of the batteries
    assert result.projects_of("O1") == ["P1", "P2"] and result.cells[("O1", "P1")] == ["E1"]
    assert result.projects_of("O2") == ["P3"] and result.strategies["O2"] == ["E2"]


def test_sufficiency_of_a_hand_filled_checklist():
    from pot_seguimiento.core.evaluation import sufficiency

    requirements = [dict(zip(("codigo", "tipos_plan", "componente", "contenido", "fuente"), item))
                    for item in sufficiency.REQUIREMENTS]
    assert all(r["fuente"].startswith("Ley 388 de 1997, art. ") for r in requirements)
    answers = {"G-01": "presente", "G-03": "parcial", "G-05": "ausente", "G-06": "presente", "U-02": "presente",
               "R-01": "presente", "R-02": "presente", "N-01": "parcial", "E-01": "presente", "E-02": "ausente",
               "U-04": "presente"}  # U-04 is not asked of an EOT: it does not count
    results, rows = sufficiency.evaluate(requirements, answers, "EOT")
    by_component = {r.component: r for r in results}
    assert len(rows) == 11 and {r["codigo"]: r["estado"] for r in rows}["U-03"] == "sin_evaluar"
    assert by_component["general"].percent == P(62.5)  # (2 + 0.5) / 4
    assert by_component["urbano"].percent == P(50)  # U-03 not evaluated counts as absent
    assert by_component["rural"].percent == P(100)
    assert by_component["normas"].percent == P(50)
    assert by_component["ejecucion"].percent == P(50)
    assert by_component["total"].percent == P(700 / 11)  # 6 present + 2 partial of 11
    assert by_component["total"].not_evaluated == 1


@pytest.mark.parametrize("lights, states, score, level", [
    ({"I1": "verde", "I2": "gris"}, {"P1": "al_dia", "P2": "retrasado", "P3": "sin_iniciar"}, 87.5, "alto"),
    ({"I1": "amarillo", "I2": "rojo"}, {}, 25.0, "bajo"),
    ({}, {"P1": "terminado", "P2": "incumplimiento"}, 50.0, "medio"),
    ({"I1": "gris"}, {"P1": "sin_iniciar"}, None, "sin_dato"),
])
def test_objective_rating(lights, states, score, level):
    from pot_seguimiento.core.evaluation import objectives

    rating = objectives.rate("O1", lights, states)
    assert rating.score == (P(score) if score is not None else None) and rating.level == level


def test_milestones_change_the_expected_trajectory_and_the_state():
    from pot_seguimiento.core.projects import evaluate, expected_fraction

    plan = {"codigo": "P1", "anio_inicio": 2024, "anio_fin": 2027, "meta_cantidad": 100, "presupuesto": 0}
    report = {"proyecto": "P1", "periodo": "2025-S1", "fecha_corte": "2025-06-30", "avance_fisico": 35,
              "inversion": 0, "estado_reportado": "en_ejecucion", "fid": 1, "reemplaza": None}
    cutoff = datetime.date(2025, 6, 30)
    # By hand: 1 Jan 2024 to 30 Jun 2025 is 366 + 180 = 546 days of the 366 + 365 + 365 + 364 = 1460 to 31 Dec 2027.
    assert expected_fraction(plan, cutoff) == P(0.373973, abs=1e-6)  # 546 / 1460
    assert evaluate(plan, [report], cutoff).state == "al_dia"  # 0.35 is within 0.10 of 0.374

    with_milestones = {**plan, "hitos": [("2024-12-31", 10), ("2025-03-31", 80)]}
    # From the 80 % milestone on 31 Mar 2025 to the goal on 31 Dec 2027 (1005 days), 91 days later (30 Jun):
    assert expected_fraction(with_milestones, cutoff) == P(0.818109, abs=1e-6)  # 0.8 + 0.2 * 91 / 1005
    assert expected_fraction(with_milestones, datetime.date(2024, 12, 31)) == P(0.1)
    assert evaluate(with_milestones, [report], cutoff).state == "incumplimiento"  # 0.47 behind the schedule
