"""The demo municipality's participation written into its expediente, through the same validation and writing as an
entity's templates (store/participation.record): what the demo holds, an import would have taken."""
from ..core.demo import participation as story
from ..store import participation as stored


def add_participation(store):
    sheets = story.sheets(stored.unit_codes(store, "localidad"), stored.unit_codes(store, "upz"))
    return stored.record(store, sheets, "demo")
