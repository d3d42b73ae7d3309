"""The report model: what a period's documents say, built once from the store, QGIS-free.

A section is ONE function `build(store, period, level) -> plain data` (dicts, lists, numbers, text, dates:
nothing of QGIS, nothing drawn), registered in the ONE list SECTIONS with `@section`. Every renderer
walks SECTIONS: the expediente PDF and the report to the Concejo (cartography/), the open data and the
minisite. A renderer that knows a section's key draws it its own way (a map, a chart); for any other
section it uses the section's `tables(data)`, so a new section reaches every document without touching
the renderers.

Sections read the store only through its interface (store/base.py: projects(), progress_reports(),
measurements(), alerts()...), never with SQL of their own, and share costly readings through
core.report.shared (computed once per build).
"""
import contextlib
import contextvars
from dataclasses import dataclass, field
from typing import Callable, Optional

from . import shared
from ..i18n import current_document_language
from .period import Period


@dataclass(frozen=True)
class Table:
    """A generic view of section data: what any renderer can lay out (a PDF table, a DOCX table, a CSV)."""
    name: str  # a file-name-safe key (open data: <section>_<name>_<period>.csv)
    title: str
    headers: list
    rows: list  # lists of plain values; None reads as the missing-value text


@dataclass(frozen=True)
class Layer:
    """A geographic view of section data: one GeoJSON file of the open data, which its title describes."""
    name: str  # a file-name-safe key (open data: <section>_<name>_<period>.geojson)
    title: str  # what the file holds, as the metadata and the site's downloads describe it
    fields: list  # [(name, core.geojson.TEXT or REAL)]
    rows: list  # lists of plain values, one per feature, in the order of `fields`
    geometries: list  # shapely geometries in the expediente's CRS (None: a feature without a place)


def layer_of(name, title, items, fields):
    """A Layer of `items` (dicts with a "geometria"): `fields` [(name, kind, the item's key or a function of the
    item)]; items without a place are left out."""
    placed = [item for item in items if item.get("geometria") is not None]
    return Layer(name, title, [(n, kind) for n, kind, _ in fields],
                 [[get(item) if callable(get) else item.get(get) for _, _, get in fields] for item in placed],
                 [item["geometria"] for item in placed])


@dataclass(frozen=True)
class Section:
    key: str  # stable: renderers, open data file names and tests refer to it
    title: Callable[[], str]  # called when rendering, so it speaks the document's language
    build: Callable  # (store, period: Period, level: str) -> plain data
    tables: Optional[Callable] = None  # (data) -> [Table], for renderers without a view of their own
    documents: tuple = ("expediente", "informe", "datos_abiertos", "minisitio")
    layers: Optional[Callable] = None  # (data) -> [Layer], the open data's GeoJSON of the section


SECTIONS = []


def section(key, title, tables=None, documents=Section.documents, layers=None):
    """Register the decorated `build(store, period, level)` as the section `key`, after those before it.

    `title` is a function returning the translated title (lambda: tr("...")), `tables(data)` an optional
    generic view; `documents` lists the outputs that carry the section; `layers(data)` its geographic view."""
    def register(build):
        if any(s.key == key for s in SECTIONS):
            raise ValueError(f"section '{key}' is registered twice")
        built_once = shared.once_per_store(build)  # a section may read another: built once all the same
        SECTIONS.append(Section(key, title, built_once, tables, tuple(documents), layers))
        return built_once
    return register


def by_key(key):
    return next(s for s in SECTIONS if s.key == key)


@dataclass
class Report:
    period: Period
    level: str
    info: dict  # the expediente's record: municipio, codigo_dane, crs...
    sections: dict = field(default_factory=dict)  # key -> the section's plain data, in SECTIONS order

    def __getitem__(self, key):
        return self.sections[key]

    def __contains__(self, key):
        return key in self.sections


# Sections already built while a caller shares builds (shared_builds), per thread: {key: plain data}.
_built = contextvars.ContextVar("pot_seguimiento_report_sections", default=None)


@contextlib.contextmanager
def shared_builds():
    """Inside the block (in this thread), a section built for one document is reused by the next document of the
    same expediente, period, level and language instead of being read and computed again: the semiannual cycle's
    PDF, open data and minisite say the same from one model. Only for a caller that writes nothing into the
    expediente inside the block (the cycle enters it after its last step that writes measurements)."""
    token = _built.set({})
    try:
        yield
    finally:
        _built.reset(token)


def build(store, period, level, keys=None, document=None):
    """The report of `period` at territorial `level`: every registered section (or those in `keys`, or
    those `document` carries), each built once from `store`."""
    period = Period.of(period)
    shared.forget(store)  # a build reads the store as it is now
    wanted = [s for s in SECTIONS if (keys is None or s.key in keys) and (document is None or document in s.documents)]
    built = _built.get()
    sections = {}
    for s in wanted:
        key = (store.display_name, period, level, current_document_language(), s.key)
        if built is None or key not in built:
            data = s.build(store, period, level)
            if built is None:
                sections[s.key] = data
                continue
            built[key] = data
        sections[s.key] = built[key]
    return Report(period, level, dict(store.info), sections)
