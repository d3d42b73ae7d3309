"""Screenshots of the plugin's panels in the real QGIS desktop, as a new user meets them (issue 20).

Run by QGIS itself after start-up (`qgis --code scripts/panel_shots.py`), in a throwaway profile where the
packaged plugin was installed (`make install QGIS_CONFIG=...`), usually under Xvfb:

    make install QGIS_CONFIG=/tmp/shots-qgis
    SHOTS=/tmp/shots EXPEDIENTE=$PWD/out/demo_expediente.gpkg LANG=es_CO.UTF-8 \
        xvfb-run -a -s "-screen 0 1600x1000x24" qgis --profiles-path /tmp/shots-qgis --nologo \
        --code scripts/panel_shots.py

It opens the expediente, shows each panel alone beside the map (the dock as QGIS sizes it on first opening),
computes the indicators and evaluates the projects as a user's clicks would, then widens the evaluation and
projects docks to 1000 px (their tables at a wide width), and writes one PNG of the whole screen per step into
SHOTS (prefixed by TAG). QGIS quits when it is done (or after three minutes).
"""
import os

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QTabWidget
from qgis.utils import iface, plugins

OUT = os.environ.get("SHOTS", "/tmp")
TAG = os.environ.get("TAG", "shot")
EXPEDIENTE = os.environ["EXPEDIENTE"]
controller = plugins["pot_seguimiento"].controller
steps = []
shown = []


def shoot(name):
    QApplication.processEvents()
    path = os.path.join(OUT, f"{TAG}_{name}.png")
    QApplication.primaryScreen().grabWindow(0).save(path)
    print("SHOT", path, flush=True)


def alone(show):
    """Hide the other panels, then show this one: the dock opens as QGIS sizes it."""
    def step():
        for panel in shown:
            panel.hide()
        panel = show()
        if panel not in shown:
            shown.append(panel)
        return panel
    return step


def then(delay, action):
    steps.append((delay, action))


def run_steps():
    if not steps:
        QgsProject.instance().setDirty(False)
        os._exit(0)  # QGIS's exit asks about the unsaved project and plugins' cleanup may block under Xvfb
    delay, action = steps.pop(0)

    def go():
        action()
        run_steps()
    QTimer.singleShot(delay, go)


def first_project_with_history():
    panel = controller.projects_panel
    for code in sorted(panel.items):
        if len(panel.history.get(code, [])) >= 3:
            return code
    return next(iter(sorted(panel.items)))


screen = QApplication.primaryScreen().geometry()
iface.mainWindow().setGeometry(screen)  # Xvfb has no window manager to maximise it
iface.mainWindow().showMaximized()
then(2000, lambda: controller.open_path(EXPEDIENTE))
then(4000, lambda: shoot("0_expediente"))
then(500, alone(controller.show_projects))
then(500, lambda: controller.projects_panel.select(first_project_with_history()))
then(2500, lambda: shoot("1_proyectos"))
then(500, lambda: controller.projects_panel.evaluate())
then(12000, lambda: shoot("2_proyectos_evaluados"))
then(500, alone(controller.show_indicators))
then(3500, lambda: shoot("3_indicadores"))
then(500, lambda: controller.indicators_panel.compute())
then(30000, lambda: shoot("4_indicadores_calculados"))
then(500, alone(controller.show_field_control))
then(3000, lambda: shoot("5_control_ocupaciones"))
then(500, alone(controller.show_evaluation))
for index in range(4):
    then(1500, lambda index=index: controller.evaluation_panel.findChild(QTabWidget).setCurrentIndex(index))
    then(1500, lambda index=index: shoot(f"6_evaluacion_{index}"))


def wide(show):
    """The panel alone and widened to 1000 px (a user dragging the dock's edge): its tables at a wide width."""
    def step():
        panel = alone(show)()
        iface.mainWindow().resizeDocks([panel], [1000], Qt.Orientation.Horizontal)
        return panel
    return step


then(500, wide(controller.show_evaluation))
then(500, lambda: controller.evaluation_panel.findChild(QTabWidget).setCurrentIndex(2))
then(1500, lambda: shoot("7_evaluacion_ancha"))
then(500, wide(controller.show_projects))
then(1500, lambda: shoot("8_proyectos_ancho"))
QTimer.singleShot(90000 * 2, lambda: os._exit(1))
run_steps()
