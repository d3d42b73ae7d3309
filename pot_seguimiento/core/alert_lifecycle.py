"""The life cycle of an occupation alert: its state follows from what happened to it.

The state is never typed by hand; it is derived, in this order of precedence, from:
1. control actions: 'cerrada' when it has actions and none is still 'en_tramite'
   (all executed or archived); 'con_accion' while one is 'en_tramite';
2. the latest field visit (by date and time; a corrected visit counts in its latest version):
   'descartada' when it found nothing ('sin_novedad'), else 'confirmada';
3. a field package holding it and not yet returned: 'en_visita';
4. its priority: 'priorizada' from PRIORITIZED_FROM up, else 'detectada'.
"""
from .occupation_alerts import PRIORITIZED_FROM


def alert_state(priority, packaged, latest_finding, action_states):
    """priority: 0–100; packaged: in a field package; latest_finding: hallazgo of the latest visit
    or None; action_states: estado of each control action."""
    if action_states:
        return "con_accion" if "en_tramite" in action_states else "cerrada"
    if latest_finding is not None:
        return "descartada" if latest_finding == "sin_novedad" else "confirmada"
    if packaged:
        return "en_visita"
    return "priorizada" if (priority or 0) >= PRIORITIZED_FROM else "detectada"
