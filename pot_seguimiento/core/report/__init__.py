"""The report model (see model.py): what a period's documents say, as plain data, QGIS-free.

Importing this package registers the sections in document order; `build(store, period, level)` makes a
Report every renderer walks (cartography/ for the PDF and DOCX, processing/ for the open data, the
minisite). To add a section: a module here with one `@section` function, imported below in its place.
"""
from .model import (SECTIONS, Layer, Report, Section, Table, build, by_key, section,  # noqa: F401  (the API)
                    shared_builds)
from .period import Period  # noqa: F401
# Registration, in document order (the order of these imports is the order of SECTIONS):
from . import units, indicators, projects, accountability, participation  # noqa: F401
from . import field_control, services, heritage, instruments, evaluation, measurements  # noqa: F401
