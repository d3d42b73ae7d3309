"""Today, in one place: the rules about the future (periods, cut-offs, visit dates) read it here.

The machine's clock, unless POT_SEGUIMIENTO_HOY=YYYY-MM-DD fixes the day (tests, or re-running a
past cycle exactly as it was); `qgis_process` passes the environment on, so it works there too.
"""
import datetime
import os

ENVIRONMENT_VARIABLE = "POT_SEGUIMIENTO_HOY"


def today():
    fixed = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if fixed:
        try:
            return datetime.date.fromisoformat(fixed)
        except ValueError:
            pass  # a malformed override is ignored rather than stopping every algorithm
    return datetime.date.today()
