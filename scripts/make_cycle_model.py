"""Write resources/models/ciclo_semestral.model3: the semiannual cycle as a Graphical Modeler model.

    make build && QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_cycle_model.py

The same chain as the algorithm run_semiannual_cycle, for an office that wants to adapt it (add its own
steps, change an output, drop the report to the Concejo in a first semester). A model has fewer guarantees
than the algorithm, and the model's help says so:
- it cannot check the entities' reports before anything is written: its first step imports ONE report file
  (duplicate the step for each entity, or delete it when the reports were imported already), and a bad row
  stops the model after nothing of that import, but with nothing else undone either;
- it writes the report to the Concejo whatever the semester (deactivate that step for an S1 period);
- the outputs are chosen one by one (no cycle folder, no resumen.csv), and a cancel leaves what finished.
A model file is not translated: its texts are Spanish, like the office that opens it; parameter names are
the algorithm's (EXPEDIENTE, PERIOD, CUTOFF_DATE, LEVEL, PLAN_TYPE, LANGUAGE, OVERWRITE).
Re-run this script when a child algorithm gains a parameter the chain should pass (LANGUAGE is passed to
every step that has it when the model is written).
"""
import os
import pathlib
import sys

os.environ["QT_HASH_SEED"] = "0"  # Qt writes XML attributes in hash order: a fixed seed gives the same file each run
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from qgis_headless import start_qgis  # noqa: E402

MODEL = pathlib.Path(__file__).resolve().parent.parent / "resources" / "models" / "ciclo_semestral.model3"
# The period's last day when CUTOFF_DATE is left empty, as the algorithm does.
CUTOFF = ("if(coalesce(@CUTOFF_DATE, '') = '', if(right(@PERIOD, 2) = 'S1', left(@PERIOD, 4) || '-06-30', "
          "left(@PERIOD, 4) || '-12-31'), @CUTOFF_DATE)")
HELP = ("El ciclo semestral del Expediente como modelo para adaptar: consolida UN archivo de reporte de avance, "
        "evalúa los proyectos a la fecha de corte, calcula todas las baterías de indicadores del periodo, y escribe "
        "el expediente en PDF, los datos abiertos, el minisitio, el informe de participación y el informe al Concejo. A "
        "diferencia del algoritmo "
        "'Ciclo semestral' (pot_seguimiento:run_semiannual_cycle), el modelo NO revisa los reportes antes de "
        "escribir (un reporte con errores detiene el modelo cuando ya no se puede deshacer lo anterior), importa un "
        "solo archivo (duplique el paso por entidad, o bórrelo si ya importó los reportes), escribe el informe al "
        "Concejo también en un primer semestre (desactive ese paso), el informe de participación aunque el expediente no "
        "registre participación (desactívelo entonces) y no deja resumen.csv. Fecha de corte vacía: "
        "el último día del periodo.")


def build_model():
    from qgis.core import (QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildDependency, QgsProcessingModelChildParameterSource as Source,
                           QgsProcessingModelOutput, QgsProcessingModelParameter, QgsProcessingParameterBoolean,
                           QgsProcessingParameterEnum, QgsProcessingParameterFile, QgsProcessingParameterString)
    from qgis.PyQt.QtCore import QPointF

    from pot_seguimiento.processing.algorithms.compute_indicators import LEVELS
    from pot_seguimiento.processing.algorithms.evaluation import PLAN_TYPES
    from pot_seguimiento.core.i18n import DEFAULT_DOCUMENT_LANGUAGE, DOCUMENT_LANGUAGES

    registry = QgsApplication.processingRegistry()
    model = QgsProcessingModelAlgorithm("Ciclo semestral (modelo)", "POT Seguimiento", "ciclo_semestral")
    model.setHelpContent({"ALG_DESC": HELP, "ALG_CREATOR": "POT Seguimiento"})

    def takes(algorithm, name):
        return registry.algorithmById(f"pot_seguimiento:{algorithm}").parameterDefinition(name) is not None

    languages = [a for a in ("export_expediente", "export_open_data", "export_minisitio",
                             "export_participation_report", "export_informe_concejo") if takes(a, "LANGUAGE")]
    inputs = [
        QgsProcessingParameterFile("EXPEDIENTE", "Expediente (GeoPackage, o conexión PostgreSQL)",
                                   fileFilter="GeoPackage (*.gpkg);;Todos los archivos (*)"),
        QgsProcessingParameterString("PERIOD", "Periodo (2025-S1 o 2025-S2)", "2025-S2"),
        QgsProcessingParameterString("CUTOFF_DATE", "Fecha de corte (AAAA-MM-DD; vacía = el último día del periodo)",
                                     optional=True),
        QgsProcessingParameterEnum("LEVEL", "Nivel territorial", LEVELS, defaultValue="localidad",
                                   usesStaticStrings=True),
        QgsProcessingParameterFile("REPORT", "Reporte de avance de una entidad (plantilla diligenciada, CSV o XLSX)"),
        QgsProcessingParameterEnum("PLAN_TYPE", "Tipo de plan (para el informe al Concejo)", list(PLAN_TYPES),
                                   defaultValue=0),
        QgsProcessingParameterBoolean("OVERWRITE", "Reemplazar archivos existentes", False),
    ]
    if languages:
        inputs.append(QgsProcessingParameterEnum("LANGUAGE", "Idioma de los documentos", list(DOCUMENT_LANGUAGES),
                                                 defaultValue=DEFAULT_DOCUMENT_LANGUAGE, usesStaticStrings=True))
    for row, definition in enumerate(inputs):
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120, 60 + 70 * row))
        model.addModelParameter(definition, component)

    def child(child_id, algorithm, description, row, sources, after=(), outputs=()):
        step = QgsProcessingModelChildAlgorithm(f"pot_seguimiento:{algorithm}")
        step.setChildId(child_id)
        step.setDescription(description)
        step.setPosition(QPointF(480, 60 + 110 * row))
        for name, source in sources.items():
            step.addParameterSources(name, [source])
        if algorithm in languages:
            step.addParameterSources("LANGUAGE", [Source.fromModelParameter("LANGUAGE")])
        for definition in registry.algorithmById(f"pot_seguimiento:{algorithm}").parameterDefinitions():
            if not definition.isDestination() and definition.name() not in step.parameterSources() \
                    and definition.defaultValue() is not None:  # the algorithm's default, visible and editable
                step.addParameterSources(definition.name(), [Source.fromStaticValue(definition.defaultValue())])
        step.setDependencies([QgsProcessingModelChildDependency(other) for other in after])
        model_outputs = {}
        for output, label in outputs:
            model_output = QgsProcessingModelOutput(label, label)
            model_output.setChildId(child_id)
            model_output.setChildOutputName(output)
            model_output.setPosition(QPointF(820, 60 + 110 * row))
            model_outputs[label] = model_output
        step.setModelOutputs(model_outputs)
        assert model.addChildAlgorithm(step) == child_id

    param = Source.fromModelParameter
    expediente = {"EXPEDIENTE": param("EXPEDIENTE")}
    child("reportes", "import_progress", "Consolidar el reporte de avance de una entidad", 0,
          {**expediente, "INPUT": param("REPORT")})
    child("proyectos", "evaluate_projects", "Evaluar los proyectos a la fecha de corte", 1,
          {**expediente, "CUTOFF_DATE": Source.fromExpression(CUTOFF), "LEVEL": param("LEVEL")}, after=["reportes"],
          outputs=[("OUTPUT", "Proyectos evaluados")])
    child("indicadores", "compute_indicators", "Calcular todas las baterías de indicadores", 2,
          {**expediente, "PERIOD": param("PERIOD"), "LEVEL": param("LEVEL")}, after=["proyectos"],
          outputs=[("OUTPUT", "Indicadores por unidad")])
    child("expediente_pdf", "export_expediente", "Expediente en PDF", 3,
          {**expediente, "PERIOD": param("PERIOD"), "LEVEL": param("LEVEL"), "OVERWRITE": param("OVERWRITE")},
          after=["indicadores"], outputs=[("OUTPUT", "Expediente PDF")])
    child("datos_abiertos", "export_open_data", "Datos abiertos", 4,
          {**expediente, "PERIOD": param("PERIOD")}, after=["indicadores"], outputs=[("OUTPUT", "Datos abiertos")])
    child("minisitio", "export_minisitio", "Minisitio del POT", 5,
          {**expediente, "PERIOD": param("PERIOD"), "LEVEL": param("LEVEL"), "OVERWRITE": param("OVERWRITE"),
           "PDF": Source.fromChildOutput("expediente_pdf", "OUTPUT"),
           # the open data the step before wrote, published as it is (not exported a second time)
           "OPEN_DATA": Source.fromChildOutput("datos_abiertos", "OUTPUT")}, outputs=[("OUTPUT", "Minisitio")])
    child("informe_participacion", "export_participation_report", "Informe de participación (PDF)", 6,
          {**expediente, "PERIOD": param("PERIOD"), "LEVEL": param("LEVEL"), "OVERWRITE": param("OVERWRITE")},
          after=["indicadores"], outputs=[("OUTPUT", "Informe de participación")])
    child("informe_concejo", "export_informe_concejo", "Informe al Concejo (PDF y DOCX)", 7,
          {**expediente, "YEAR": Source.fromExpression("to_int(left(@PERIOD, 4))"), "PLAN_TYPE": param("PLAN_TYPE"),
           "LEVEL": param("LEVEL"), "OVERWRITE": param("OVERWRITE")}, after=["indicadores"],
          outputs=[("OUTPUT", "Informe al Concejo")])
    model.updateDestinationParameters()
    return model


def main():
    app, plugin = start_qgis()  # noqa: F841 (both must stay alive while the model is built)
    model = build_model()
    valid, issues = model.validate()
    if not valid:
        sys.exit("The model does not validate:\n" + "\n".join(issues))
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(MODEL)):
        sys.exit(f"Could not write {MODEL}")
    print(f"Written: {MODEL}")


if __name__ == "__main__":
    main()
