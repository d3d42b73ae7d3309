"""Lectura operativa: each objective's compliance, from its indicators and its projects.

The rule (also in the help of evaluate_plan and in the report):
- Each indicator of the objective with a value in the year scores by its traffic light against the
  target of the horizon: verde 100, amarillo 50, rojo 0 (gris — no value or no target — is left out).
- Each project the objective reaches scores by its state at the cut-off: terminado and al_dia 100,
  retrasado 50, incumplimiento 0 (sin_iniciar is left out: nothing was due yet).
- The objective's score is the mean of the two parts' means (one part alone if the other has nothing);
  alto ≥ 80, medio ≥ 50, bajo < 50; "sin dato" when neither part has anything to score.
"""
from dataclasses import dataclass

from ..indicators.assessment import GREEN, RED, YELLOW

LIGHT_SCORES = {GREEN: 100.0, YELLOW: 50.0, RED: 0.0}
STATE_SCORES = {"terminado": 100.0, "al_dia": 100.0, "retrasado": 50.0, "incumplimiento": 0.0}
LEVELS = ((80.0, "alto"), (50.0, "medio"), (0.0, "bajo"))


@dataclass
class Rating:
    objective: str
    indicators: float  # mean score, or None
    projects: float
    score: float
    level: str  # alto, medio, bajo, sin_dato
    lights: dict  # indicator -> light
    states: dict  # project -> state


def _mean(values):
    return sum(values) / len(values) if values else None


def rate(objective, lights, states):
    """lights: {indicator: traffic light}; states: {project: state}."""
    indicator_part = _mean([LIGHT_SCORES[light] for light in lights.values() if light in LIGHT_SCORES])
    project_part = _mean([STATE_SCORES[state] for state in states.values() if state in STATE_SCORES])
    score = _mean([part for part in (indicator_part, project_part) if part is not None])
    level = "sin_dato" if score is None else next(name for bound, name in LEVELS if score >= bound)
    return Rating(objective, indicator_part, project_part, score, level, dict(lights), dict(states))
