"""The evaluation half of the expediente: the archive (import_documents) and the evaluation of the plan
in a year (evaluate_plan): articulation gaps, sufficiency against the law, rating of each objective."""
import datetime
import os

from qgis.core import (QgsFeature, QgsFeatureSink, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber)

from ...core.errors import PotError
from ...core.evaluation import plan
from ...core.evaluation.articulation import GAP_KINDS
from ...core.projects import evaluate_all
from ...core.progress_files import read_rows
from ...i18n import tr
from ...qgis_fields import DOUBLE, INTEGER, TEXT, fields as make_fields
from ...qt_compat import FILE_FOLDER, NUMBER_INTEGER, SOURCE_VECTOR, WKB_NO_GEOMETRY
from ...store import open_store
from ...store.archive import import_documents
from ...store.evaluation import ensure_requirements
from .base import PotAlgorithm, expediente_parameter

PLAN_TYPES = plan.PLAN_TYPES


class ImportDocuments(PotAlgorithm):
    NAME = "import_documents"
    GROUP = "Evaluation"

    def displayName(self):  # noqa: N802
        return tr("Import documents into the archive")

    def shortHelpString(self):  # noqa: N802
        return tr("Registers the POT's technical and historical archive: one row of METADATA (CSV or XLSX) per "
                  "document with the columns of the documento table (codigo, titulo, tipo, numero, fecha, entidad, "
                  "componente, vigente, articulos, and escala and capa for adopted maps) and, in 'archivo', the "
                  "document's file inside INPUT (copied beside the expediente) or its URL. All or nothing.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Folder with the documents"),
                                                     FILE_FOLDER))
        self.addParameter(QgsProcessingParameterFile("METADATA", tr("Metadata (CSV or XLSX)")))
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", tr("Documents imported")))

    def execute(self, parameters, context, feedback):
        folder = self.parameterAsFile(parameters, "INPUT", context)
        metadata = self.parameterAsFile(parameters, "METADATA", context)
        for path in (folder, metadata):
            if not os.path.exists(path):
                raise PotError(tr("'{path}' does not exist.").format(path=path))
        rows = list(enumerate(read_rows(metadata), start=2))
        expediente = self.expediente(parameters, context)
        with open_store(expediente) as store:
            imported = import_documents(store, expediente, rows, folder)
        feedback.pushInfo(tr("{count} documents imported into the archive.").format(count=imported))
        return {"IMPORTED": imported}


class EvaluatePlan(PotAlgorithm):
    NAME = "evaluate_plan"
    GROUP = "Evaluation"

    def displayName(self):  # noqa: N802
        return tr("Evaluate the plan")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "The evaluation of the POT in YEAR (cut-off 31 December). GAPS: the ends–means articulation's "
            "disconnections (objectives without strategy, project or indicator; projects serving no objective or "
            "without indicator; indicators without baseline or target; projects outside the horizons of the "
            "execution programme, counted in mayors' terms from the adopting act; links to unknown codes). "
            "SUFFICIENCY: the contents the law asks of a PLAN_TYPE (Ley 388 de 1997 arts. 12–18 and 28), present "
            "1, partial 0.5, absent or not evaluated 0, by component. OBJECTIVES: each objective's rating: its "
            "indicators' traffic lights (green 100, yellow 50, red 0, grey left out) and its projects' states "
            "(finished and on time 100, delayed 50, non-compliant 0, not started left out); the score is the mean "
            "of both parts' means; high ≥ 80, medium ≥ 50, low below; 'sin dato' with nothing to score.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterNumber("YEAR", tr("Year"), NUMBER_INTEGER,
                                                       minValue=1997, maxValue=2100))
        self.addParameter(QgsProcessingParameterEnum("PLAN_TYPE", tr("Type of plan"), list(PLAN_TYPES),
                                                     defaultValue=0, usesStaticStrings=False))
        self.addParameter(QgsProcessingParameterNumber(
            "ADOPTION_YEAR", tr("Year the plan was adopted (empty: from the adopting act in the archive)"),
            NUMBER_INTEGER, optional=True, minValue=1997, maxValue=2100))
        for name, label in (("GAPS", tr("Articulation gaps")), ("SUFFICIENCY", tr("Sufficiency by component")),
                            ("OBJECTIVES", tr("Rating of objectives"))):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label, SOURCE_VECTOR, optional=True))
        self.addOutput(QgsProcessingOutputNumber("GAP_COUNT", tr("Gaps found")))
        self.addOutput(QgsProcessingOutputNumber("SUFFICIENCY_PERCENT", tr("Sufficiency of the plan (%)")))

    def execute(self, parameters, context, feedback):
        year = self.parameterAsInt(parameters, "YEAR", context)
        kind = PLAN_TYPES[self.parameterAsEnum(parameters, "PLAN_TYPE", context)]
        adopted = self.parameterAsInt(parameters, "ADOPTION_YEAR", context) \
            if parameters.get("ADOPTION_YEAR") not in (None, "") else None
        cutoff = datetime.date(year, 12, 31)
        with open_store(self.expediente(parameters, context)) as store:
            ensure_requirements(store)  # the legal checklist, in the expediente for the office to answer
            inputs = store.plan_evaluation_inputs(year)
            states = {code: e.state for code, e in
                      evaluate_all(store.projects(), store.progress_reports(), cutoff).items()}
        values = {d["codigo"]: plan.municipal_value(inputs["series"].get(d["codigo"], []), year)
                  for d in inputs["indicators"]}
        result = plan.evaluate(inputs, year, kind, states, values, adopted)
        if result.adopted is None:
            feedback.pushWarning(tr("The archive has no adopting act in force (acuerdo or decreto with a date): "
                                    "the horizons of the projects were not checked."))
        total = result.sufficiency[-1]
        outputs = {"GAP_COUNT": len(result.articulation.gaps), "SUFFICIENCY_PERCENT": total.percent}
        outputs.update(self._sink(parameters, context, "GAPS", [
            ("tipo", TEXT), ("descripcion", TEXT), ("codigo", TEXT), ("nombre", TEXT), ("detalle", TEXT)],
            [[g.kind, tr(GAP_KINDS[g.kind]), g.code, g.name, g.detail] for g in result.articulation.gaps]))
        outputs.update(self._sink(parameters, context, "SUFFICIENCY", [
            ("componente", TEXT), ("nombre", TEXT), ("requisitos", INTEGER), ("presentes", INTEGER),
            ("parciales", INTEGER), ("ausentes", INTEGER), ("sin_evaluar", INTEGER), ("suficiencia", DOUBLE)],
            [[r.component, r.label, r.items, r.present, r.partial, r.absent, r.not_evaluated, r.percent]
             for r in result.sufficiency]))
        names = {o["codigo"]: o["nombre"] for o in result.articulation.objectives}
        outputs.update(self._sink(parameters, context, "OBJECTIVES", [
            ("objetivo", TEXT), ("nombre", TEXT), ("puntaje_indicadores", DOUBLE), ("puntaje_proyectos", DOUBLE),
            ("puntaje", DOUBLE), ("calificacion", TEXT)],
            [[r.objective, names[r.objective], r.indicators, r.projects, r.score, r.level] for r in result.ratings]))
        feedback.pushInfo(tr("{gaps} articulation gaps; sufficiency {percent:.1f} %.").format(
            gaps=len(result.articulation.gaps), percent=total.percent or 0))
        return outputs

    def _sink(self, parameters, context, name, specs, rows):
        if parameters.get(name) in (None, ""):
            return {}
        fields = make_fields(specs)
        sink, destination = self.parameterAsSink(parameters, name, context, fields, WKB_NO_GEOMETRY)
        if sink is None:
            return {}
        for values in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(list(values))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {name: destination}
