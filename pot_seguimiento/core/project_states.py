"""The states a POT project is in at a cut-off date, and their names: the one place that lists them.

core.projects.evaluate decides the state; documents, panels and open data name it from here. The names
are the data model's Spanish vocabulary (like schema.DOMAINS), so they read the same in every document.
"""
STATES = ("sin_iniciar", "al_dia", "retrasado", "incumplimiento", "terminado")
LABELS = {"sin_iniciar": "Sin iniciar", "al_dia": "Al día", "retrasado": "Retrasado",
          "incumplimiento": "Incumplimiento", "terminado": "Terminado"}
# The order of the report to the Concejo's summary: what is done first, what has not started last.
SUMMARY_ORDER = ("terminado", "al_dia", "retrasado", "incumplimiento", "sin_iniciar")


def label(state):
    return LABELS.get(state, state or "")


def counts(states):
    """{state: how many of `states`}, every state listed (zeros too), in STATES order."""
    states = list(states)
    return {state: states.count(state) for state in STATES}
