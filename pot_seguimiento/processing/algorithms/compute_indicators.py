"""compute_indicators: the occupation-model and land-value batteries for a period and a level."""
import json
import re

import shapely

from qgis.core import (QgsFeature, QgsFeatureSink, QgsGeometry,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsProcessingParameterString,
                       QgsCoordinateReferenceSystem)
from ...qgis_fields import DOUBLE, TEXT, fields as make_fields

from ...core import indicators, schema, user_json
from ...core.errors import PotError
from ...core.indicators import custom
from ...core.indicators.dasymetry import DEFAULT_GRID_M
from ...core.indicators.parameter_ranges import check_parameters
from ...core.projects import check_computable
from ...i18n import tr
from ...qt_compat import NUMBER_DOUBLE, SOURCE_VECTOR_POLYGON, WKB_MULTIPOLYGON
from ...store import open_store
from ...store.indicator_inputs import RESIDENTIAL_ZONES_KEY, load_inputs, nan_to_none
from ...store.schema_upgrades import set_info
from ..expression_parts import evaluate_part
from .base import PotAlgorithm, check_cancelled, expediente_parameter, progress_reporter, stored_texts

LEVELS = [code for code in schema.DOMAINS["nivel_territorial"] if code != "municipio"]
PERIOD_PATTERN = re.compile(r"^(\d{4})(-S[12])?$")


def period_year(period):
    match = PERIOD_PATTERN.match(period or "")
    if not match:
        raise PotError(tr("The period '{period}' must look like 2024 or 2024-S1.").format(period=period))
    return int(match.group(1))


def parse_categories(text):
    """Zoning categories separated by ';' or new lines (a category may hold commas and spaces)."""
    return [part.strip() for part in re.split(r"[;\n]+", text or "") if part.strip()]


def parse_codes(text):
    return [code.strip() for code in re.split(r"[,;\s]+", text or "") if code.strip()]


class ComputeIndicators(PotAlgorithm):
    NAME = "compute_indicators"
    GROUP = "Indicators"

    def displayName(self):  # noqa: N802
        return tr("Compute indicators")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Computes the occupation-model and land-value indicators of a period for every territorial "
            "unit of a level and for the whole municipality, and writes them as measurements (value, "
            "numerator, denominator and parameters used). Recomputing a period replaces that period only. "
            "Geometries that cross unit boundaries are apportioned by area. INDICATORS: codes separated "
            "by commas (empty = all). PARAMETERS: JSON per code, e.g. "
            "{\"cobertura_salud\": {\"distancia_m\": 1000}, \"valor_suelo_variacion_real\": "
            "{\"ipc\": {\"2024\": 5.2}}}; valid ranges: distances (distancia_m, distancia_baja_m, distancia_alta_m) "
            "1 to 50,000 m, meta_nacional 0.1 to 1,000 m²/hab, ipc -50 to 1,000 % per year. PERIOD: up to the "
            "current year; a later one is refused.\n"
            "Population given for a unit is that unit's own at its level; other levels add it up through "
            "codigo_padre or, without that link, place it where it lives. Coverage, SDG 11.2.1 and "
            "exposure measure distances from where people live: block population as it is; population by "
            "unit spread inside each unit over its blocks or lots, else building footprints, else the "
            "zones marked residential (RESIDENTIAL_ZONES: zonificacion categories separated by ';', "
            "* as a wildcard; kept in the expediente for the next runs when empty, '-' for none), else its "
            "urban land, else the whole unit, on a grid of points "
            "GRID_SPACING metres apart. Each measurement keeps how its population was found and spread.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterString("PERIOD", tr("Period (2024 or 2024-S1)")))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Territorial level"), LEVELS,
                                                     defaultValue="localidad", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("INDICATORS", tr("Indicator codes (empty = all)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("PARAMETERS", tr("Parameters per indicator (JSON)"),
                                                       multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            "RESIDENTIAL_ZONES", tr("Residential zoning categories, separated by ';' (where people live)"),
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "GRID_SPACING", tr("Spacing of the population grid (m)"), NUMBER_DOUBLE,
            defaultValue=DEFAULT_GRID_M, minValue=1.0, maxValue=5_000.0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Indicators by unit"),
                                                            SOURCE_VECTOR_POLYGON))

    def execute(self, parameters, context, feedback):
        period = self.parameterAsString(parameters, "PERIOD", context).strip()
        year = period_year(period)
        future = check_computable(period, year)
        if future:
            raise PotError(future)
        level = self.parameterAsString(parameters, "LEVEL", context) or "localidad"
        requested = parse_codes(self.parameterAsString(parameters, "INDICATORS", context))
        overrides = check_parameters(_parse_json(self.parameterAsString(parameters, "PARAMETERS", context)))
        # Given: these (and remembered for the next runs, the cycle and the documents); empty: the ones
        # remembered; '-': none.
        residential = parse_categories(self.parameterAsString(parameters, "RESIDENTIAL_ZONES", context))
        residential = [] if residential == ["-"] else residential or None
        grid = self.parameterAsDouble(parameters, "GRID_SPACING", context) or DEFAULT_GRID_M
        store_path = self.expediente(parameters, context)
        with open_store(store_path) as store:
            feedback.setProgressText(tr("Reading the expediente…"))
            inputs = load_inputs(store, level, year)
            check_cancelled(feedback)
            definitions = store.indicator_definitions()
            user_defined = [code for code, d in definitions.items() if d["calculadora"] == custom.CALCULATOR]
            codes = requested or (indicators.computable_codes(inputs.facilities["sector"].tolist(),
                                                              inputs.observatory, inputs.heritage_counts,
                                                              inputs.participation_records)
                                  + user_defined)
            indicators.check_codes(codes, user_defined)
            stored = {code: _parse_json(d["parametros"]) for code, d in definitions.items()}
            params = check_parameters({code: {**stored.get(code, {}), **overrides.get(code, {})} for code in codes})
            engine = indicators.Engine(inputs, year, residential_zones=residential, grid_m=grid, period=period)
            builtin = [code for code in codes if code not in user_defined]
            with stored_texts():  # (the notes of measurements)
                results = indicators.compute(engine, builtin, params, progress_reporter(feedback, 20, 80),
                                             feedback.isCanceled)
                check_cancelled(feedback)
                for code in (c for c in codes if c in user_defined):
                    results[code] = self._user_defined(store_path, code, params[code], engine)
                    check_cancelled(feedback)
            store.replace_measurements(period, [level, "municipio"], list(results),
                                       self._measurement_rows(level, inputs, results))
            if residential is not None and residential != inputs.residential_zones:
                with store.transaction():
                    set_info(store, RESIDENTIAL_ZONES_KEY, json.dumps(residential, ensure_ascii=False))
            crs = QgsCoordinateReferenceSystem(store.crs_wkt())
        feedback.pushInfo(tr("{count} indicators computed for {units} units of level '{level}', "
                             "period {period}.").format(
            count=len(results), units=len(inputs.units), level=level, period=period))
        return {"OUTPUT": self._write_output(parameters, context, inputs, results, crs)}

    @staticmethod
    def _user_defined(store_path, code, params, engine):
        custom.check_definition(code, params)
        parts = [evaluate_part(store_path, code, params[part], engine) for part in custom.PARTS]
        result = custom.ratio_indicator(engine, *parts, float(params.get("factor", 1.0)))
        result.parametros = {**params, **result.parametros}
        return result

    @staticmethod
    def _measurement_rows(level, inputs, results):
        scopes = [(level, code) for code in inputs.units["codigo"].tolist()]
        scopes.append(("municipio", inputs.municipality_code))
        rows = []
        for code, result in results.items():
            per_unit = result.parametros_unidad or [{}] * len(scopes)
            values = zip(nan_to_none(result.valor), nan_to_none(result.numerador),
                         nan_to_none(result.denominador), result.notas)
            rows.extend((code, nivel, ambito, *value,
                         json.dumps({**result.parametros, **own}, ensure_ascii=False, default=str))
                        for (nivel, ambito), value, own in zip(scopes, values, per_unit))
        return rows

    def _write_output(self, parameters, context, inputs, results, crs):
        fields = make_fields([(name, TEXT) for name in ("codigo", "nombre", "nivel")] +
                             [(code, DOUBLE) for code in results])
        sink, destination = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                                 WKB_MULTIPOLYGON, crs)
        for i, (code, name, geometry) in enumerate(zip(inputs.units["codigo"], inputs.units["nombre"],
                                                       inputs.units.geometries)):
            feature = QgsFeature(fields)
            geom = QgsGeometry()
            geom.fromWkb(shapely.to_wkb(geometry))
            feature.setGeometry(geom)
            feature.setAttributes([code, name, inputs.units["nivel"][i]] +
                                  nan_to_none([results[c].valor[i] for c in results]))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return destination


def _parse_json(text):
    if not text:
        return {}
    value = user_json.loads(text, tr(
        "The indicator parameters are not valid JSON: {problem} at line {line}, column {column}."))
    return value if isinstance(value, dict) else {}
