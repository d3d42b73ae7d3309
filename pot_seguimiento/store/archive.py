"""The technical and historical archive (`documento`): documents imported from a folder and a metadata
file, copied beside the expediente (<expediente>_archivo/) so the archive travels with it.

Everything is checked first (fields, duplicates, files that must exist inside the folder); the files are
copied aside (store/files.py) and named only when the rows landed, in one transaction.
"""
import os
import re

from ..core import importing
from ..core.errors import InputError
from ..core.i18n import tr
from .field_checks import evidence_location
from .files import staged_copies

URL = re.compile(r"^(https?|ftp)://", re.IGNORECASE)
FILE_COLUMNS = ("archivo", "ruta")  # the metadata names a document's file in either column


def _file_of(row):
    return next((str(row[c]).strip() for c in FILE_COLUMNS if str(row.get(c) or "").strip()), "")


def plan_documents(store, expediente, rows, folder):
    """rows: [(row number, {column: value})]. Returns (prepared columns, {row index: source file}, target
    folder) or raises InputError naming every row that cannot be stored."""
    ids = [str(row.get("codigo") or "").strip() or tr("row {number}").format(number=number) for number, row in rows]
    names = [n for n in ("codigo", "titulo", "tipo", "numero", "fecha", "entidad", "componente", "vigente",
                         "articulos", "escala", "capa") if any(n in row for _, row in rows)]
    columns = {name: [row.get(name, "") for _, row in rows] for name in names}
    columns["ruta"] = [_file_of(row) for _, row in rows]
    problems, sources = [], {}
    base = os.path.realpath(folder)
    for index, ((number, row), code) in enumerate(zip(rows, ids)):
        name = columns["ruta"][index]
        if not name or URL.match(name):
            continue
        source = os.path.realpath(os.path.join(base, name))
        if not source.startswith(base + os.sep) or not os.path.isfile(source):
            problems.append(tr("- {code}: the file '{file}' is not in the folder {folder}").format(
                code=code, file=name, folder=folder))
        sources[index] = source
    prepared = importing.prepare("documento", columns, None, ids, store.existing_keys("documento"),
                                 layer_name=tr("metadata"))
    problems += [tr("- {code}, field '{field}': {reason}").format(code=p.feature, field=p.field, reason=p.reason)
                 for p in prepared.rejected]
    if problems:
        raise InputError(tr("No document was imported; fix these rows of the metadata:") + "\n" + "\n".join(problems))
    root, target = evidence_location(store, expediente, "archivo")
    if sources and root is None:
        raise InputError(tr("This shared expediente has no folder for files; the planning office sets it "
                            "(create_expediente EVIDENCE_FOLDER). No document was imported."))
    for index, source in sources.items():
        prepared.columns["ruta"][index] = f"{target}/{prepared.columns['codigo'][index]}_{os.path.basename(source)}"
    return prepared, sources, root


def import_documents(store, expediente, rows, folder):
    """Check, copy and record; returns the number of documents imported."""
    prepared, sources, root = plan_documents(store, expediente, rows, folder)
    pairs = [(source, os.path.join(root, prepared.columns["ruta"][index])) for index, source in sources.items()]
    with staged_copies(pairs), store.transaction():
        store.insert("documento", prepared.columns)
    return len(prepared.feature_ids)
