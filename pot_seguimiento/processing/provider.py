"""Processing provider `pot_seguimiento`: the one path for every computation."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from .algorithms.compute_indicators import ComputeIndicators
from .algorithms.create_expediente import CreateExpediente
from .algorithms.evaluate_projects import EvaluateProjects
from .algorithms.evaluation import EvaluatePlan, ImportDocuments
from .algorithms.export_expediente import ExportExpediente
from .algorithms.export_open_data import ExportOpenData
from .algorithms.participation import ExportParticipationReport, ExportParticipationTemplates, ImportParticipation
from .algorithms.progress_files import ExportProgressTemplates, ImportProgress, RecordProgress
from .algorithms.investment import ExportInvestmentTemplates, ImportInvestment
from .algorithms.service_files import ExportServiceTemplates, ImportServiceReports
from .algorithms.generate_demo import GenerateDemo
from .algorithms.informe_concejo import ExportInformeConcejo
from .algorithms.field_package import ExportFieldPackage, ImportFieldChecks
from .algorithms.grant_access import GrantAccess
from .algorithms.import_layer import ImportLayer
from .algorithms.migrate_expediente import MigrateExpediente
from .algorithms.minisite import ExportMinisitio
from .algorithms.occupation_alerts import DetectOccupationAlerts, RecordControlAction
from .algorithms.semiannual_cycle import RunSemiannualCycle

PROVIDER_ID = "pot_seguimiento"


class PotSeguimientoProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("POT Seguimiento")

    def longName(self):  # noqa: N802
        return tr("POT Seguimiento: follow-up of the Plan de Ordenamiento Territorial")

    def icon(self):
        from ..plugin import ICON
        return QIcon(ICON)

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in (CreateExpediente(), GenerateDemo(), ImportLayer(), ComputeIndicators(),
                          EvaluateProjects(), ImportProgress(), ExportProgressTemplates(), RecordProgress(),
                          ExportInvestmentTemplates(), ImportInvestment(),
                          ExportExpediente(), ExportOpenData(), DetectOccupationAlerts(), RecordControlAction(),
                          ExportFieldPackage(), ImportFieldChecks(), MigrateExpediente(),
                          GrantAccess(), ImportDocuments(), EvaluatePlan(), ExportInformeConcejo(),
                          ExportMinisitio(), RunSemiannualCycle(),
                          ExportParticipationTemplates(), ImportParticipation(), ExportParticipationReport(),
                          ExportServiceTemplates(), ImportServiceReports()):
            self.addAlgorithm(algorithm)
