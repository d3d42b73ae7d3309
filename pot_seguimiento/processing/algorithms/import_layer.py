"""import_layer: load any vector layer into a store table, all or nothing."""
import os
import shutil
import tempfile

import numpy as np
import shapely

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink,
                       QgsProcessingOutputNumber,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterString, QgsProcessingFeatureSource, QgsVectorLayer, QgsWkbTypes)
from ...qgis_fields import TEXT, fields as make_fields

from ...core import age_bands, importing, population_import, schema, text_files, unit_geometry, unit_references
from ...core.report.format import number
from ...core.unit_codes import UnitIndex
from ...core.errors import InputError, PotError
from ...core.presets import PRESETS
from ...i18n import tr
from ...qt_compat import GEOMETRY_NULL, SOURCE_VECTOR, WKB_NO_GEOMETRY, WKB_UNKNOWN
from ...store import open_store, schema_upgrades
from ...store.crs import area_of_use
from ..parameter_checks import file_of
from ..source_reading import parse_mapping, read_source
from .base import PotAlgorithm, check_cancelled, progress_reporter, expediente_parameter

TABLE_NAMES = [t.name for t in schema.TABLES]
PRESET_NAMES = list(PRESETS)


class ImportLayer(PotAlgorithm):
    NAME = "import_layer"
    GROUP = "Expediente"

    def displayName(self):  # noqa: N802
        return tr("Import layer into the expediente")

    def shortHelpString(self):  # noqa: N802
        # The description holds JSON braces, so it is never a str.format template: only the presets line is.
        return tr(
            "Loads a vector layer into a table of the expediente through a field mapping "
            "(target field = QGIS expression over the source, as JSON {\"codigo\": \"\\\"COD\\\"\"} or "
            "one 'field=expression' per line) or a ready-made preset; without either, the layer's fields named as "
            "the table's are taken (a spreadsheet made for the table). Geometries are reprojected to the "
            "expediente's CRS; invalid ones are repaired with makeValid and reported; text with "
            "double UTF-8 encoding is repaired. Features that cannot be stored (wrong type, unknown "
            "domain value, duplicate code, missing geometry…) are listed in the rejected report. "
            "Nothing is written if any feature is rejected, unless 'skip invalid features' is on.") + "\n" + \
            tr("Unit codes are stored in one form per level (UPZ '016', localidad '01') and read in their usual forms "
               "within their own level ('UPZ16', '16'); rows whose unit, block or lot code matches nothing in the "
               "expediente are refused with the list of codes. A population mapping may name age bands (edad_0_14, "
               "edad_60_mas, mujeres_edad_0_4…), stored in poblacion_edad with their row. Units of one level that "
               "overlap by more than 1 % of the smaller one are reported. Zipped layers are named as in QGIS: "
               "/vsizip//folder/file.zip/layer.shp.") + "\n" + \
            tr("Presets: {presets}.").format(presets=", ".join(PRESET_NAMES))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterEnum(
            "TABLE", tr("Target table"), TABLE_NAMES, optional=True, usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Layer to import"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterString(
            "MAPPING", tr("Field mapping (JSON or field=expression lines)"), multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "PRESET", tr("Ready-made mapping"), PRESET_NAMES, optional=True, usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "SKIP_INVALID", tr("Skip invalid features (import the rest)"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "REJECTED", tr("Rejected and repaired features"), SOURCE_VECTOR, optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", tr("Features imported")))
        self.addOutput(QgsProcessingOutputNumber("REJECTED_COUNT", tr("Features rejected")))

    def _target(self, parameters, context):
        preset_name = self.parameterAsString(parameters, "PRESET", context)
        table_name = self.parameterAsString(parameters, "TABLE", context)
        mapping = parse_mapping(self.parameterAsString(parameters, "MAPPING", context))
        if preset_name:
            preset = PRESETS[preset_name]
            if table_name and table_name != preset.table:
                raise PotError(tr("The preset '{preset}' loads table '{preset_table}', not '{table}'.").format(
                    preset=preset_name, preset_table=preset.table, table=table_name))
            return preset.table, {**preset.mapping, **mapping}
        if not table_name:
            raise PotError(tr("Choose a target table or a preset."))
        return table_name, mapping  # none: the layer's fields named as the table's (see _same_names)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        # Before QGIS's own check, which only says "Could not load source layer".
        if _zipped(parameters.get("INPUT")):
            try:
                parameters = {**parameters, "INPUT": _zipped_layer(parameters["INPUT"], context).id()}
            except PotError as error:
                return False, str(error)
        return super().checkParameterValues(parameters, context)  # files, in Spanish: parameter_checks.py

    def _source(self, parameters, context, work, feedback):
        """The INPUT as a feature source; a text file not in UTF-8 (older Excel's Windows-1252) is read
        through a UTF-8 copy in `work`, so no letter is lost to a replacement character."""
        if _zipped(parameters.get("INPUT")):
            parameters = {**parameters, "INPUT": _zipped_layer(parameters["INPUT"], context).id()}
        value = parameters.get("INPUT")
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context) if not isinstance(value, str) or \
            os.sep not in value else None
        selected_only = getattr(value, "selectedFeaturesOnly", False)  # a selection: read as QGIS gives it
        uri = value if isinstance(value, str) and os.sep in value else (
            layer.source() if layer is not None and layer.providerType() == "ogr" and not selected_only else None)
        path = uri.split("|")[0] if uri else None
        copy, encoding = text_files.utf8_copy(path, work) if path and os.path.isfile(path) else (path, None)
        if encoding:
            feedback.pushWarning(tr("'{file}' is not in UTF-8: read as {encoding} (what older Excel writes); "
                                    "its accents and ñ are kept.").format(file=os.path.basename(path),
                                                                          encoding=encoding))
            self._copy = QgsVectorLayer(copy + uri[len(path):], os.path.splitext(os.path.basename(path))[0], "ogr")
            if layer is not None and layer.subsetString():
                self._copy.setSubsetString(layer.subsetString())
            if self._copy.isValid():
                return QgsProcessingFeatureSource(self._copy, context)
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            value = parameters.get("INPUT")
            path = file_of(value)
            if path and not os.path.exists(path):
                raise PotError(tr("The file '{path}' does not exist.").format(path=path))
            raise PotError(tr("The layer '{layer}' cannot be opened as a vector layer.").format(layer=value))
        return source

    def execute(self, parameters, context, feedback):
        work = tempfile.mkdtemp(prefix="pot_importar_")
        try:
            return self._import(parameters, context, feedback, work)
        finally:
            self._copy = None  # the UTF-8 copy's layer lets go of its file before the folder goes
            shutil.rmtree(work, ignore_errors=True)

    def _import(self, parameters, context, feedback, work):
        store_path = self.expediente(parameters, context)
        table_name, mapping = self._target(parameters, context)
        table = schema.table(table_name)
        with open_store(store_path) as store:  # an expediente that is not one is said first
            source = self._source(parameters, context, work, feedback)
            layer_name = source.sourceName()
            if source.featureCount() == 0:  # said before asking for a mapping the layer could not use anyway
                raise InputError(tr("The layer '{layer}' has no features: nothing to import.").format(
                    layer=layer_name))
            mapping = mapping or _same_names(table, source.fields().names())
            if not mapping:
                raise PotError(tr("Give a field mapping or a preset for table '{table}'.").format(table=table_name))
            bands = {}
            if table_name == "poblacion":  # age band fields (edad_0_14…) are read with the rest, kept in poblacion_edad
                _, bands = population_import.split_mapping(mapping)
            skip_invalid = self.parameterAsBoolean(parameters, "SKIP_INVALID", context)
            geometryless = bool(table.geometry) and source.wkbType() != WKB_UNKNOWN and \
                QgsWkbTypes.geometryType(source.wkbType()) == GEOMETRY_NULL
            if geometryless and not table.geometry_required_when:  # (obligations in money come as a table)
                raise InputError(tr("'{table}' needs geometries but the layer '{layer}' has none.").format(
                    table=table_name, layer=layer_name))
            destination = QgsCoordinateReferenceSystem(store.crs_wkt()) if table.geometry else None
            if table.geometry and source.sourceCrs() != destination:  # the same CRS: checked feature by feature
                _check_declared_area(source, layer_name)
            feedback.setProgressText(tr("Reading '{layer}'…").format(layer=layer_name))
            preset = PRESETS.get(self.parameterAsString(parameters, "PRESET", context))
            columns, geometries, feature_ids, expression_problems, unreadable = read_source(
                source, mapping, destination, context, feedback, bool(table.geometry) and not geometryless,
                selection=preset.filter if preset else None)
            if geometryless:
                geometries = np.full(len(feature_ids), None, dtype=object)
            if preset and preset.filter and not feature_ids:
                raise InputError(tr("No feature of '{layer}' is what the preset '{preset}' imports ({filter}).").format(
                    layer=layer_name, preset=self.parameterAsString(parameters, "PRESET", context),
                    filter=preset.filter))
            check_cancelled(feedback)
            band_values, band_problems = population_import.check_values(
                {name: columns.pop(name) for name in bands}, feature_ids)
            unmatched = unit_references.resolve(table_name, columns, feature_ids, UnitIndex.of_store(store),
                                                _lot_codes(store) if table_name == "valor_suelo" else ())
            existing = store.existing_keys(table_name)
            replaces_municipality = _replaces_derived_municipality(store, table_name, columns)
            if replaces_municipality:  # the office's own municipio unit takes the place of the one the plugin made
                existing = store.existing_keys(table_name, without_level="municipio")
            prepared = importing.prepare(table_name, columns, geometries, feature_ids, existing, layer_name,
                                         area=store.area_of_use() if table.geometry else None,
                                         declared_crs=source.sourceCrs().authid() or None, unreadable=unreadable)
            prepared = _drop_features(prepared, expression_problems + band_problems + [
                importing.Problem(u.feature, u.field, u.reason) for u in unmatched])
            # Codes of other tables (the instrument of an obligation, the activity of a commitment, the asset of
            # an inspection...) checked against the expediente before writing: a row, a field and a code, not the
            # database's bare "FOREIGN KEY constraint failed".
            prepared = _drop_features(prepared, importing.reference_problems(
                table_name, store.unknown_references(table_name, prepared.columns), prepared.feature_ids))
            if table_name == "poblacion_edad":  # bands straight into their table: each needs its population row
                prepared = _drop_features(prepared, population_import.check_band_table(
                    prepared.columns, prepared.feature_ids, _population_keys(store), store.tuples(
                        "poblacion_edad", ("nivel", "ambito", "anio", "sexo", "edad_desde", "edad_hasta"))))
            band_columns, warnings = population_import.band_rows(prepared, bands, band_values, feature_ids) \
                if bands else ({}, [])
            if table_name == "unidad_territorial":
                if preset and preset.parent_level:
                    warnings += _fill_parents(store, prepared, preset.parent_level)
                warnings += _overlap_warnings(store, prepared)
            prepared.problems += warnings
            report = self._write_report(parameters, context, prepared.problems)
            for problem in prepared.repaired + warnings:
                feedback.pushWarning(tr("Feature {feature}, field '{field}': {reason}").format(
                    feature=problem.feature, field=problem.field, reason=problem.reason))
            rejected_features = len({p.feature for p in prepared.rejected})
            if prepared.rejected and not skip_invalid:
                refusal = importing.refusal(prepared, layer_name)
                if unmatched:  # say first which codes are unknown: the usual cause is a missing or other level
                    raise InputError(unit_references.summary(unmatched, table_name) + "\n" + str(refusal),
                                     prepared.rejected)
                raise refusal
            for problem in prepared.rejected:
                feedback.reportError(tr("Skipped feature {feature}, field '{field}': {reason}").format(
                    feature=problem.feature, field=problem.field, reason=problem.reason))
            if unmatched and skip_invalid:
                feedback.reportError(unit_references.summary(unmatched, table_name))
            check_cancelled(feedback)
            feedback.setProgressText(tr("Writing {count} features into '{table}'…").format(
                count=len(prepared.feature_ids), table=table_name))
            with store.transaction():
                if replaces_municipality:
                    schema_upgrades.forget_derived_municipality(store)
                imported = store.insert(table_name, prepared.columns, prepared.geometries,
                                        progress=progress_reporter(feedback, 60, 100))
                if band_columns and band_columns["ambito"]:
                    store.insert("poblacion_edad", band_columns)
                if table_name == "unidad_territorial" and imported:
                    code = schema_upgrades.ensure_municipality(store, sorted(set(prepared.columns["nivel"])))
                    feedback.pushInfo(tr("The expediente's municipality unit is '{code}'.").format(code=code))
                check_cancelled(feedback)
        feedback.pushInfo(tr("{count} features imported into '{table}'; {rejected} rejected.").format(
            count=imported, table=table_name, rejected=rejected_features))
        if band_columns:
            feedback.pushInfo(tr("{count} age band rows imported into 'poblacion_edad'.").format(
                count=len(band_columns["ambito"])))
        return {"IMPORTED": imported, "REJECTED_COUNT": rejected_features, **report}

    def _write_report(self, parameters, context, problems):
        fields = make_fields([(name, TEXT) for name in ("objeto", "campo", "motivo", "accion")])
        sink, destination = self.parameterAsSink(parameters, "REJECTED", context, fields, WKB_NO_GEOMETRY)
        if sink is None:
            return {}
        for problem in problems:
            feature = QgsFeature(fields)
            feature.setAttributes([problem.feature, problem.field, problem.reason, problem.action])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {"REJECTED": destination}


def _check_declared_area(source, layer_name):
    """The layer's extent against the area of use of the CRS it declares, before reprojecting: longitude
    and latitude declared as a projected CRS other than the expediente's would land somewhere plausible
    after the transformation (features are then checked one by one against the expediente's CRS)."""
    declared = source.sourceCrs()
    extent = source.sourceExtent()
    if not declared.isValid() or declared.isGeographic() or extent.isNull() or extent.isEmpty():
        return
    area = area_of_use(declared.authid() or declared.toWkt())
    if area is None:
        return
    problems = []
    importing.check_area([shapely.box(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())],
                         area, [layer_name], problems, declared.authid() or None)
    if problems:
        raise InputError(tr("Nothing was imported from '{layer}': its extent has {reason}").format(
            layer=layer_name, reason=problems[0].reason), problems)


def _zipped(value):
    """(zip file, path inside it or '') of a GDAL '/vsizip/…' layer source (QGIS writes '/vsizip//home/a.zip/b.shp'),
    else None."""
    if not isinstance(value, str) or not value.startswith("/vsizip/"):
        return None
    path = value.split("|")[0][len("/vsizip/"):]
    end = path.lower().find(".zip")
    return (path[:end + 4], path[end + 4:].strip("/")) if end >= 0 else None


def _zipped_layer(value, context):
    """The layer a '/vsizip/' source names, opened by OGR and kept in the context's temporary layers: Processing's
    own resolver opens only paths that exist on disk, and answers an English 'not found'."""
    archive, inside = _zipped(value)
    if not os.path.exists(archive):
        raise PotError(tr("The file '{path}' does not exist.").format(path=archive))
    layer = QgsVectorLayer(value, os.path.splitext(os.path.basename(inside or archive))[0], "ogr")
    if not layer.isValid():
        from osgeo import gdal

        held = [name for name in gdal.ReadDirRecursive(f"/vsizip/{archive}") or []
                if name.lower().endswith((".shp", ".gpkg", ".geojson", ".json", ".kml", ".gml", ".csv", ".tab"))]
        raise PotError(tr("The zip file '{path}' has no layer '{inside}'; it holds: {layers}.").format(
            path=archive, inside=inside, layers=", ".join(held) or tr("no vector layer")))
    context.temporaryLayerStore().addMapLayer(layer)
    return layer


def _same_names(table, names):
    """A mapping for a layer whose fields already carry the table's names (a spreadsheet made for it); for
    `poblacion`, also its age band fields (edad_0_14, mujeres_edad_0_4…, as v1–v3 spreadsheets had them)."""
    by_lower = {name.lower(): name for name in names}

    def quoted(name):
        return '"' + name.replace('"', '""') + '"'

    mapping = {f.name: quoted(by_lower[f.name]) for f in table.fields if f.name in by_lower}
    if table.name == "poblacion":
        mapping.update({lower: quoted(name) for lower, name in by_lower.items() if age_bands.parse_column(lower)})
    return mapping


def _population_keys(store):
    return set(store.tuples("poblacion", ("nivel", "ambito", "anio")))


def _lot_codes(store):
    return store.read("predio", ["codigo"], geometry=False)[0]["codigo"].tolist()


def _replaces_derived_municipality(store, table_name, columns):
    """Whether units of level 'municipio' arrive while the expediente's municipio unit is the one the plugin made."""
    if table_name != "unidad_territorial" or not store.info.get(schema_upgrades.DERIVED_MUNICIPALITY_KEY):
        return False
    return any(unit_references.level_code("nivel_territorial", v) == "municipio" for v in columns.get("nivel", ()))


def _fill_parents(store, prepared, parent_level):
    """codigo_padre, where the source gives none, from the geometry: the unit of `parent_level` holding most of the
    unit's area (core/unit_geometry.py: at least PARENT_SHARE); else the municipality, with an AVISO saying why."""
    data, geometries = store.read_where_in("unidad_territorial", "nivel", [parent_level], ["codigo"])
    columns = prepared.columns
    given = columns.setdefault("codigo_padre", [None] * len(prepared.feature_ids))
    todo = [i for i, (level, parent) in enumerate(zip(columns["nivel"], given))
            if parent is None and level not in (parent_level, "municipio")]
    if not todo:
        return []
    if not len(data["codigo"]):
        return [importing.Problem(prepared.feature_ids[todo[0]], "codigo_padre", tr(
            "the expediente has no units of level '{level}' yet: import them first so that each unit gets its "
            "parent ({count} units without one)").format(level=parent_level, count=len(todo)),
            action=population_import.AVISO)]
    municipality = schema_upgrades.municipality_code(store)
    warnings = []
    found = unit_geometry.parents(prepared.geometries[todo], list(data["codigo"]), geometries)
    for i, parent in zip(todo, found):
        given[i] = parent.code or municipality
        if parent.code is None:
            shares = ", ".join(f"{code}: {number(100 * share, 1)} %" for code, share in parent.shares) or "—"
            warnings.append(importing.Problem(prepared.feature_ids[i], "codigo_padre", tr(
                "unit '{code}' lies in no single unit of level '{level}' ({shares}): its parent is the "
                "municipality").format(code=columns["codigo"][i], level=parent_level, shares=shares),
                action=population_import.AVISO))
    return warnings


def _overlap_warnings(store, prepared):
    """An AVISO per pair of units of one level (imported, or imported and stored) overlapping by more than 1 % of the
    smaller one (core/unit_geometry.py)."""
    if not prepared.feature_ids:
        return []
    levels = sorted(set(prepared.columns["nivel"]) - {"municipio"})
    if not levels:
        return []
    data, stored = store.read_where_in("unidad_territorial", "nivel", levels, ["codigo", "nivel"])
    by_code = dict(zip(prepared.columns["codigo"], prepared.feature_ids))
    found = unit_geometry.overlaps(
        list(data["nivel"]) + list(prepared.columns["nivel"]), list(data["codigo"]) + list(prepared.columns["codigo"]),
        list(stored) + list(prepared.geometries), [False] * len(stored) + [True] * len(prepared.feature_ids))
    return [importing.Problem(by_code.get(o.first, by_code.get(o.second)), "geometría", tr(
        "units '{first}' and '{second}' of level '{level}' overlap by {area} m², {percent} % of the smaller one: "
        "what is spread by area over them counts that ground twice").format(
        first=o.first, second=o.second, level=o.level, area=number(o.area_m2, 0), percent=number(o.percent, 1)),
        action=population_import.AVISO) for o in found]


def _drop_features(prepared, expression_problems):
    """Expression errors reject their features too."""
    if not expression_problems:
        return prepared
    bad = {p.feature for p in expression_problems}
    keep = [fid not in bad for fid in prepared.feature_ids]
    prepared.columns = {k: [v for v, ok in zip(vals, keep) if ok] for k, vals in prepared.columns.items()}
    if prepared.geometries is not None:
        prepared.geometries = prepared.geometries[keep]
    prepared.feature_ids = [fid for fid, ok in zip(prepared.feature_ids, keep) if ok]
    prepared.problems = expression_problems + prepared.problems
    return prepared
