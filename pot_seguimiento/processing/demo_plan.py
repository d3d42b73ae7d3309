"""The demo municipality's plan written into its expediente: the archive's files beside it, then every
table of the evaluation in one transaction (the legal checklist first, which the answers refer to)."""
import os

from ..core.demo import plan as story
from ..store.evaluation import ensure_requirements
from ..store.field_checks import evidence_location


def add_plan(store, expediente_path):
    ensure_requirements(store)
    root, folder = evidence_location(store, expediente_path, "archivo")
    tables = story.plan_tables()
    documents = dict(tables)["documento"]
    os.makedirs(os.path.join(root, folder), exist_ok=True)
    for index, (code, name) in enumerate(zip(documents["codigo"], documents["ruta"])):
        with open(os.path.join(root, folder, name), "w", encoding="utf-8") as f:
            f.write(story.document_text(code))
        documents["ruta"][index] = f"{folder}/{name}"
    with store.transaction():
        for table, columns in tables:
            store.insert(table, columns)
