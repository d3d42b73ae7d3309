"""The plan's horizons: short, medium and long term, counted in mayors' terms from the plan's adoption.

A POT's contents run for one (corto), two (mediano) or three (largo) constitutional terms of four years
(Ley 388 de 1997, art. 28). Targets are set per horizon (indicador.meta_corto/mediano/largo), projects
declare theirs (proyecto.horizonte), and an evaluation reads a year against the horizon it falls in.
"""
HORIZONS = ("corto", "mediano", "largo")
YEARS_PER_TERM = 4  # a mayor's constitutional term: the unit of the plan's horizons (Ley 388 de 1997, art. 28)
HORIZON_TERMS = {"corto": 1, "mediano": 2, "largo": 3}


def horizon_of(year, adopted):
    """The plan's horizon a year falls in: corto (first term), mediano (second), largo (after); corto when
    the adoption year is unknown."""
    if adopted is None:
        return "corto"
    terms = (int(year) - int(adopted)) // YEARS_PER_TERM
    return "corto" if terms < 1 else "mediano" if terms < 2 else "largo"


def last_year(horizon, adopted):
    """The last year of a horizon (largo for an unknown one) for a plan adopted in `adopted`."""
    return int(adopted) + YEARS_PER_TERM * HORIZON_TERMS.get(horizon, 3) - 1
