"""Section "control_ocupaciones": alerts of informal occupation detected by the cut-off, their state, the
counts by unit and the cases the field confirmed."""
from .. import schema
from ..i18n import tr
from ..indicators.field_control import states_at
from . import territory as shared
from .indicators import FIELD_INDICATORS
from .model import Table, section

# Field control without people: no inspectors, photos, field notes or file numbers.
ACTION_COLUMNS = ("alerta", "tipo", "entidad", "fecha", "estado")
CONFIRMED = ("confirmada", "con_accion", "cerrada")  # alert states whose occupation the field confirmed


def _field_tables(data):
    return [Table("unidades", tr("Accountability report: control of informal occupations"),
                  [tr("Unit"), tr("Alerts"), tr("Confirmed"), tr("With action %")],
                  [[u["nombre"], u["alertas"], u["confirmadas"], u["con_accion"]] for u in data["por_unidad"]])]


@section("control_ocupaciones", lambda: tr("Control of informal occupations"), tables=_field_tables,
         documents=("expediente", "datos_abiertos", "minisitio"))
def field_control(store, period, level):
    """{alertas [{codigo, motivo, motivos, unidad, area_m2, prioridad, estado (at the cut-off), detectada_en,
    geometria}] detected by the cut-off, acciones [{alerta, tipo, entidad, fecha, estado}] dated by it,
    por_unidad [{codigo, nombre, alertas, confirmadas, con_accion (%)}] (the municipality first; units with
    alerts), confirmadas [{alerta, fecha, hallazgo, foto, visitas, acciones}] (the latest visit by the
    cut-off of each confirmed case; foto relative to the store's evidence_root)}."""
    place = shared.territory(store, level, period.year)
    columns = ("codigo", "motivo", "motivos", "unidad", "area_m2", "prioridad", "estado", "detectada_en")
    data, outlines = store.alerts(period.cutoff.isoformat(), columns)
    # An alert's state as it was at the cut-off (visits and actions dated by then), not as it is today.
    inputs = place["motor"].inputs
    _, at_cutoff, _ = states_at(inputs.alerts, inputs.visits, inputs.actions, period.cutoff.isoformat())
    state_of = dict(zip(inputs.alerts["codigo"], at_cutoff))
    alerts = [{**{c: data[c][i] for c in columns}, "geometria": outlines[i]} for i in range(len(outlines))]
    for alert in alerts:
        then = state_of.get(alert["codigo"], alert["estado"])
        # A field package has no date: an alert out on a visit today, with nothing found by the cut-off, is
        # shown on its visit rather than back at its priority.
        alert["estado"] = "en_visita" if alert["estado"] == "en_visita" and then in ("detectada", "priorizada") \
            else then
    measured = shared.measured(store, level, period)
    values = {code: {ambito: valor for _, _, ambito, valor, _ in measured.get(code, [])} for code in FIELD_INDICATORS}
    by_unit = []
    for code, name in [(place["municipio_codigo"], place["municipio_nombre"])] + \
            list(zip(place["codigos"], place["nombres"])):
        counts = [values[c].get(code) for c in FIELD_INDICATORS[:3]]
        if counts[0]:
            by_unit.append({"codigo": code, "nombre": name, "alertas": counts[0], "confirmadas": counts[1],
                            "con_accion": counts[2]})
    confirmed = {}
    confirmed_then = {a["codigo"] for a in alerts if a["estado"] in CONFIRMED}
    for alert, when, finding, photo, visits, actions in store.confirmed_cases(
            period.cutoff.isoformat(), tuple(schema.DOMAINS["estado_alerta"])):
        if alert not in confirmed_then:
            continue
        confirmed[alert] = {"alerta": alert, "fecha": str(when)[:10], "hallazgo": finding, "foto": photo,
                            "visitas": visits, "acciones": actions}
    actions = [dict(zip(ACTION_COLUMNS, row))
               for row in store.control_actions(period.cutoff.isoformat(), ACTION_COLUMNS)]
    return {"alertas": alerts, "acciones": actions, "por_unidad": by_unit,
            "confirmadas": [confirmed[code] for code in sorted(confirmed)]}
