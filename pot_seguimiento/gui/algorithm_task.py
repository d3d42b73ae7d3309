"""Run a Processing algorithm as a background task, with progress and Cancel.

The algorithm runs on a worker thread (QgsProcessingAlgRunnerTask); `finished`
is called on the main thread, the only place that touches widgets or the project.
References to the task, its feedback and its context are kept until it ends:
a collected task or feedback crashes QGIS.
"""
from qgis.core import (QgsApplication, QgsLayerTreeLayer, QgsProcessingAlgRunnerTask, QgsProcessingContext,
                       QgsProcessingFeedback, QgsProject)

from .expediente_layers import GROUP_NAME, TABLE_PROPERTY

_running = set()


class _Feedback(QgsProcessingFeedback):
    """Keeps the errors, so that the panel can show why an algorithm failed."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 (Qt's names)
        self.errors.append(error)
        super().reportError(error, fatalError)


class AlgorithmTask:
    def __init__(self, algorithm_id, parameters, finished, progress=None):
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = _Feedback()
        if progress:
            self.feedback.progressChanged.connect(lambda value: progress(int(value)))
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        self._finished = finished

    def start(self):
        _running.add(self)
        QgsApplication.taskManager().addTask(self.task)
        return self

    def cancel(self):
        self.feedback.cancel()

    def _executed(self, ok, results):
        _running.discard(self)
        self._finished(ok, results, "\n".join(self.feedback.errors), self.feedback.isCanceled())


def replace_result_layer(previous, layer, below=None, opacity=1.0):
    """Show a task's result layer in the project in place of the previous run's; returns it.

    below: the expediente table (gui.expediente_layers.MAP_ORDER) the layer goes right under, in the
    expediente's group: added on top of everything, an opaque result hid every layer of the expediente.
    opacity: below 1 lets the layers under it show through. Without the expediente's group (or that table
    in it), the layer goes on top of the project, as before.
    """
    project = QgsProject.instance()
    try:
        if previous is not None and previous.id() in project.mapLayers():
            project.removeMapLayer(previous.id())
    except RuntimeError:
        pass  # already removed with the project's layers (its C++ object is gone)
    layer.setOpacity(opacity)
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    for group in root.findGroups():
        if not group.name().startswith(GROUP_NAME):
            continue
        for index, node in enumerate(group.children()):
            if isinstance(node, QgsLayerTreeLayer) and node.layer() is not None \
                    and node.layer().customProperty(TABLE_PROPERTY) == below:
                group.insertLayer(index + 1, layer)
                return layer
    root.insertLayer(0, layer)
    return layer
