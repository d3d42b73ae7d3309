"""generate_demo: a complete synthetic municipality in a new expediente."""
import os
import shutil

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFileDestination, QgsProcessingParameterNumber

from ...core import demo, schema
from ...i18n import tr
from ...qt_compat import NUMBER_INTEGER
from .base import PotAlgorithm, check_cancelled, progress_reporter
from .create_expediente import GPKG_FILTER
from .store_output import new_store
from ...store import open_store
from ...store.gpkg import evidence_folder
from ...store.schema_upgrades import register_entities_in_use
from ..demo_field_control import add_field_control
from ..demo_participation import add_participation
from ..demo_heritage import add_heritage
from ..demo_plan import add_plan


class GenerateDemo(PotAlgorithm):
    NAME = "generate_demo"
    GROUP = "Expediente"

    def displayName(self):  # noqa: N802
        return tr("Generate demo municipality")

    def shortHelpString(self):  # noqa: N802
        return tr("Builds a deterministic, realistic synthetic municipality in a new expediente: "
                  "localidades and UPZ, blocks and lots, population for two census years, land value "
                  "for four years, zoning, public space, facilities, hazards, transit, a street grid, building "
                  "footprints with informal growth, programs and projects with their progress, "
                  "indicator definitions, and field control: occupation alerts in every state with field "
                  "visits, photos (in <expediente>_evidencias) and control actions. The same seed gives the same "
                  "municipality.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Demo expediente (GeoPackage)"), GPKG_FILTER))
        self.addParameter(QgsProcessingParameterNumber(
            "LOTS", tr("Approximate number of lots"), NUMBER_INTEGER,
            20000, minValue=100, maxValue=5_000_000))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", tr("Random seed"), NUMBER_INTEGER, 42, minValue=0, maxValue=2**31 - 1))
        self.addOutput(QgsProcessingOutputNumber("LOTS_WRITTEN", tr("Lots written")))

    def execute(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        lots = self.parameterAsInt(parameters, "LOTS", context)
        seed = self.parameterAsInt(parameters, "SEED", context)
        feedback.pushInfo(tr("Generating a municipality of about {lots} lots (seed {seed})…").format(
            lots=lots, seed=seed))
        tables = demo.generate(lots, seed, progress_reporter(feedback, 0, 40))
        folders = [os.path.join(os.path.dirname(os.path.abspath(path)), evidence_folder(path, kind))
                   for kind in ("evidencias", "archivo")]
        new_folders = [folder for folder in folders if not os.path.exists(folder)]
        try:
            self._write(path, tables, feedback)
        except BaseException:
            for folder in new_folders:  # photos and documents of a demo that was not finished
                shutil.rmtree(folder, ignore_errors=True)
            raise
        with open_store(path) as store:
            written = store.count("predio")
        feedback.pushInfo(tr("Demo expediente written: {path} ({lots} lots)").format(path=path, lots=written))
        return {"OUTPUT": path, "LOTS_WRITTEN": written}

    @staticmethod
    def _write(path, tables, feedback):
        with new_store(path, f"EPSG:{schema.DEFAULT_EPSG}", demo.MUNICIPALITY, demo.DANE_CODE) as store:
            with store.transaction():
                for position, (table, columns, geometries) in enumerate(tables):
                    check_cancelled(feedback)
                    feedback.setProgressText(tr("Writing {table}…").format(table=table))
                    store.insert(table, columns, geometries)
                    feedback.setProgress(40 + 60 * (position + 1) / len(tables))
            check_cancelled(feedback)
            feedback.setProgressText(tr("Field control: alerts, visits and actions…"))
            add_field_control(store, path)
            feedback.setProgressText(tr("The plan: structure, archive, milestones, evaluation…"))
            add_plan(store, path)
            feedback.setProgressText(tr("Heritage: assets, inspections, activities, experiences…"))
            add_heritage(store, path)
            with store.transaction():  # the entities the demo's projects, documents and actions name
                register_entities_in_use(store)
            feedback.setProgressText(tr("Participation: activities, plans and commitments…"))
            add_participation(store)
