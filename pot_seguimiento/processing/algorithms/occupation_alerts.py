"""detect_occupation_alerts and record_control_action: the office's side of field control."""
import numpy as np
import shapely
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureSink, QgsGeometry,
                       QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ...core import clock, occupation_alerts, schema, value_rules
from ...core.errors import PotError
from ...i18n import tr
from ...qgis_fields import DOUBLE, INTEGER, TEXT, fields as make_fields
from ...qt_compat import NUMBER_INTEGER, SOURCE_VECTOR_POLYGON, WKB_MULTIPOLYGON
from ...store import field_control, open_store
from ..source_reading import read_source
from .base import PotAlgorithm, check_cancelled, parse_date, style_when_loaded, expediente_parameter
from .compute_indicators import LEVELS


class DetectOccupationAlerts(PotAlgorithm):
    NAME = "detect_occupation_alerts"
    GROUP = "Field control"

    def displayName(self):  # noqa: N802
        return tr("Detect informal occupation alerts")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Finds suspected informal occupations: building footprints of TO_YEAR that were not there in "
            "FROM_YEAR (less than half their area on an earlier footprint), or the features of NEW_FOOTPRINTS "
            "when given, grouped into sites (footprints less than 10 m apart), that touch protection land, a "
            "ronda hídrica, high hazard, rural land (outside the urban perimeter) or public space. Each site "
            "becomes an alert with its main reason, all its reasons, its territorial unit at LEVEL, its area "
            "and a priority from 0 to 100:\n"
            "prioridad = 30·A + 25·R + 15·T + 15·C + 15·V, where A (hazard) is 1 in non-mitigable high "
            "hazard, 0.6 in mitigable high hazard, else 0; R (restriction of the main reason) is 1 for "
            "protection land or a ronda hídrica, 0.9 for high hazard, 0.8 for public space, 0.5 for rural "
            "land; T (size) = min(1, area / 1,000 m²); C (growth around) = min(1, new footprints within "
            "100 m / 20); V (time since the last visit) is 1 if never visited, else min(1, days / 365).\n"
            "Re-running updates, never duplicates: a site that touches an existing alert keeps its code; "
            "its outline is updated unless it was redrawn in the field, and every outline is kept in "
            "alerta_version. A new alert starts 'priorizada' from priority 50, else 'detectada'.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        year = clock.today().year
        self.addParameter(QgsProcessingParameterNumber("FROM_YEAR", tr("Earlier footprint year"),
                                                       NUMBER_INTEGER, year - 1, True, 1900,
                                                       2100))
        self.addParameter(QgsProcessingParameterNumber("TO_YEAR", tr("Later footprint year"),
                                                       NUMBER_INTEGER, year, False, 1900, 2100))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "NEW_FOOTPRINTS", tr("New constructions (instead of comparing footprint years)"),
            [SOURCE_VECTOR_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Territorial level"), LEVELS,
                                                     defaultValue="localidad", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("DETECTION_DATE", tr("Detection date (YYYY-MM-DD)"),
                                                       clock.today().isoformat()))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Occupation alerts"),
                                                            SOURCE_VECTOR_POLYGON))
        self.addOutput(QgsProcessingOutputNumber("NEW", tr("New alerts")))
        self.addOutput(QgsProcessingOutputNumber("UPDATED", tr("Updated alerts")))

    def execute(self, parameters, context, feedback):
        path = self.expediente(parameters, context)
        to_year = self.parameterAsInt(parameters, "TO_YEAR", context)
        from_year = self.parameterAsInt(parameters, "FROM_YEAR", context) if parameters.get("FROM_YEAR") not in (
            None, "") else None
        level = self.parameterAsString(parameters, "LEVEL", context) or "localidad"
        today = parse_date(self.parameterAsString(parameters, "DETECTION_DATE", context), tr("detection date"))
        future = value_rules.problem(schema.table("alerta_ocupacion").field("detectada_en"), today)
        if future:  # the date a detection is made: it has happened (the same rule as every import)
            raise PotError(future)
        source = self.parameterAsSource(parameters, "NEW_FOOTPRINTS", context)
        with open_store(path) as store:
            crs = QgsCoordinateReferenceSystem(store.crs_wkt())
            if source is not None:
                _, after, feature_ids, _, unreadable = read_source(source, {}, crs, context, feedback, True)
                for position, reason in unreadable.items():  # a footprint GEOS cannot build: say which
                    raise PotError(tr("Feature {feature}, field '{field}': {reason}").format(
                        feature=feature_ids[position], field="geometría", reason=reason))
                before = np.array([], dtype=object)
            else:
                if from_year is None or from_year >= to_year:
                    raise PotError(tr("The earlier footprint year must be before the later one ({to})."
                                      ).format(to=to_year))
                before, after = field_control.footprints_of_year(store, from_year), \
                    field_control.footprints_of_year(store, to_year)
                if len(after) == 0:
                    raise PotError(tr("The expediente has no building footprints of {year} (table huella)."
                                      ).format(year=to_year))
            feedback.setProgressText(tr("Comparing {count} footprints…").format(count=len(after)))
            codes, unit_geometries = field_control.units_of_level(store, level)
            detection = occupation_alerts.detect(before, after, field_control.restricted_zones(store), codes,
                                                 unit_geometries, field_control.existing_alerts(store, today))
            detection = occupation_alerts.merge_by_code(detection)
            feedback.setProgress(70)
            check_cancelled(feedback)
            new, updated = field_control.write_detection(store, detection, today, to_year)
            data, geometries = store.read_where_in("alerta_ocupacion", "codigo", (*new, *updated))
        feedback.pushInfo(tr("{new} new alerts, {updated} updated.").format(new=len(new), updated=len(updated)))
        return {"OUTPUT": self._write(parameters, context, data, geometries, crs, set(new)),
                "NEW": len(new), "UPDATED": len(updated)}

    def _write(self, parameters, context, data, geometries, crs, new):
        names = ("codigo", "motivo", "motivos", "unidad", "area_m2", "prioridad", "estado", "detectada_en")
        kinds = {"area_m2": DOUBLE, "prioridad": DOUBLE}
        fields = make_fields([(n, kinds.get(n, TEXT)) for n in names] + [("nueva", INTEGER)])
        sink, destination = self.parameterAsSink(parameters, "OUTPUT", context, fields, WKB_MULTIPOLYGON, crs)
        order = np.argsort(-np.asarray(data["prioridad"], float), kind="stable")
        for i, wkb in zip(order, shapely.to_wkb(geometries[order])):
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
            feature.setAttributes([data[n][i] for n in names] + [int(data["codigo"][i] in new)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        style_when_loaded(context, destination, "alerta_ocupacion")
        return destination


class RecordControlAction(PotAlgorithm):
    NAME = "record_control_action"
    GROUP = "Field control"

    def displayName(self):  # noqa: N802
        return tr("Record control action")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Records a control action on an occupation alert (preventive visit, record, complaint, works "
            "suspension, sealing, demolition, referral to the police…) with the entity, date, file number "
            "and state. Actions are never edited or deleted: a later state is a new action. The alert's "
            "state follows: 'con_accion' while an action is 'en_tramite', 'cerrada' when every action is "
            "executed or archived.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(expediente_parameter())
        self.addParameter(QgsProcessingParameterString("ALERT", tr("Alert code")))
        self.addParameter(QgsProcessingParameterEnum("TYPE", tr("Type of action"), list(schema.DOMAINS["tipo_accion"]),
                                                     usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("ENTITY", tr("Entity")))
        self.addParameter(QgsProcessingParameterString("DATE", tr("Date (YYYY-MM-DD)"),
                                                       clock.today().isoformat()))
        self.addParameter(QgsProcessingParameterString("NUMBER", tr("File number"), optional=True))
        self.addParameter(QgsProcessingParameterEnum("STATE", tr("State of the action"),
                                                     list(schema.DOMAINS["estado_accion"]),
                                                     defaultValue="en_tramite", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString("NOTES", tr("Notes"), optional=True, multiLine=True))
        self.addOutput(QgsProcessingOutputString("ALERT_STATE", tr("State of the alert")))

    def execute(self, parameters, context, feedback):
        path = self.expediente(parameters, context)
        values = {
            "alerta": self.parameterAsString(parameters, "ALERT", context).strip(),
            "tipo": self.parameterAsString(parameters, "TYPE", context),
            "entidad": self.parameterAsString(parameters, "ENTITY", context).strip(),
            "fecha": self.parameterAsString(parameters, "DATE", context).strip(),
            "numero_actuacion": self.parameterAsString(parameters, "NUMBER", context).strip() or None,
            "estado": self.parameterAsString(parameters, "STATE", context) or "en_tramite",
            "observaciones": self.parameterAsString(parameters, "NOTES", context).strip() or None,
        }
        with open_store(path) as store:
            state = field_control.record_action(store, values)
        feedback.pushInfo(tr("Action recorded; alert {code} is now '{state}'.").format(
            code=values["alerta"], state=state))
        return {"ALERT_STATE": state}
