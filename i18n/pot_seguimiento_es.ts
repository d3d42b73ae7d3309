<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CO" sourcelanguage="en">
  <context>
    <name>pot_seguimiento</name>
    <message>
      <location filename="pot_seguimiento/cartography/chart.py" />
      <source>no data</source>
      <translation>sin dato</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/chart.py" />
      <source>baseline</source>
      <translation>línea base</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/chart.py" />
      <source>target</source>
      <translation>meta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Nodes of equipamientos</source>
      <translation>Nodos de equipamientos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Projects by state</source>
      <translation>Proyectos por estado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Municipality</source>
      <translation>Municipio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Expediente Municipal del Plan de Ordenamiento Territorial</source>
      <translation>Expediente Municipal del Plan de Ordenamiento Territorial</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Occupation alerts</source>
      <translation>Alertas de ocupación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Control of informal occupations</source>
      <translation>Control de ocupaciones informales</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Source: field visits (QField) and control actions of the expediente</source>
      <translation>Fuente: visitas de campo (QField) y acciones de control del expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Source: the expediente's facilities and their semiannual reports; population by age group</source>
      <translation>Fuente: equipamientos del expediente y sus reportes semestrales; población por grupos de edad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Nodes by state</source>
      <translation>Nodos por estado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Source: the expediente's nodes of equipamientos and the projects' progress reports</source>
      <translation>Fuente: nodos de equipamientos del expediente y reportes de avance de los proyectos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Map by value classes (no target to compare with)</source>
      <translation>Mapa por clases de valor (sin meta con qué comparar)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Traffic light</source>
      <translation>Semáforo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Time series — municipality</source>
      <translation>Serie de tiempo — municipio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>POT projects by state</source>
      <translation>Proyectos del POT por estado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Program</source>
      <translation>Programa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Project</source>
      <translation>Proyecto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Expected %</source>
      <translation>% esperado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Physical %</source>
      <translation>% físico</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Financial %</source>
      <translation>% financiero</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Bottlenecks</source>
      <translation>Cuellos de botella</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Objective</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Compliance</source>
      <translation>Cumplimiento</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Resources invested</source>
      <translation>Recursos invertidos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Progress</source>
      <translation>Avance</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Related indicators</source>
      <translation>Indicadores relacionados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Activities</source>
      <translation>Actividades</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Women</source>
      <translation>Mujeres</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Men</source>
      <translation>Hombres</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Other identities or not stated</source>
      <translation>Otras identidades o no informa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Contents</source>
      <translation>Contenido</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Semiannual program summary</source>
      <translation>Resumen semestral por programa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Accountability report</source>
      <translation>Informe de rendición de cuentas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Atlas by territorial unit</source>
      <translation>Atlas por unidad territorial</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Territorial units</source>
      <translation>Unidades territoriales</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Confirmed</source>
      <translation>Confirmadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>With action %</source>
      <translation>Con acción %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Notes</source>
      <translation>Observaciones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>{linked} of {nodes} nodes are POT projects: their progress is the physical progress their project reported by the cut-off, as a percentage of its goal.</source>
      <translation>{linked} de {nodes} nodos son proyectos del POT: su avance es el avance físico que su proyecto reportó a la fecha de corte, como porcentaje de su meta.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Supply against demand</source>
      <translation>Oferta frente a demanda</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>per 1,000</source>
      <translation>por 1.000</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Accessibility (E2SFCA)</source>
      <translation>Accesibilidad (E2SFCA)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Accountability report: projects</source>
      <translation>Rendición de cuentas: proyectos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Accountability report: by territorial unit, sex and age</source>
      <translation>Rendición de cuentas: por unidad territorial, sexo y edad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Accountability report: citizen participation</source>
      <translation>Rendición de cuentas: participación ciudadana</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Executed activities of the period; the plan's compliance by dependency</source>
      <translation>Actividades ejecutadas del periodo; cumplimiento del plan por dependencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Social services observatory</source>
      <translation>Observatorio de servicios sociales</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Heritage observatory</source>
      <translation>Observatorio de patrimonio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Observatory of instruments</source>
      <translation>Observatorio de instrumentos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Mayor's office of {municipality} — Planning office · Expediente Municipal del POT</source>
      <translation>Alcaldía de {municipality} — Secretaría de Planeación · Expediente Municipal del POT</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Produced on {date}</source>
      <translation>Elaborado el {date}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>CRS: {crs}</source>
      <translation>Sistema de referencia: {crs}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>{municipality} · follow-up and evaluation, period {period}</source>
      <translation>{municipality} · seguimiento y evaluación, periodo {period}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Occupation alerts by state at {date}</source>
      <translation>Alertas de ocupación por estado al {date}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Informal occupation {code} · {state}</source>
      <translation>Ocupación informal {code} · {state}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>{reason} · {unit} · visited on {date}</source>
      <translation>{reason} · {unit} · visitada el {date}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Finding</source>
      <translation>Hallazgo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Area (m²)</source>
      <translation>Área (m²)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Priority</source>
      <translation>Prioridad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Visits</source>
      <translation>Visitas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Control actions</source>
      <translation>Acciones de control</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Photo</source>
      <translation>Foto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Facilities ({count})</source>
      <translation>Equipamientos ({count})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Period {period} · by {level}</source>
      <translation>Periodo {period} · por {level}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Straight-line distance from where people live.</source>
      <translation>Distancia en línea recta desde donde vive la población.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>State at {date} · a node that is a POT project advances as its project reports</source>
      <translation>Estado al {date} · un nodo que es proyecto del POT avanza según los reportes de su proyecto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Map by traffic light against the {horizon} target</source>
      <translation>Mapa por semáforo frente a la meta de {horizon}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>{reading} · period {period} · by {level}</source>
      <translation>{reading} · periodo {period} · por {level}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>municipality</source>
      <translation>municipio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Source: {source}</source>
      <translation>Fuente: {source}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>State at {date}</source>
      <translation>Estado al {date}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Accountability report: control of informal occupations</source>
      <translation>Rendición de cuentas: control de ocupaciones informales</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>{level} {code} · period {period}</source>
      <translation>{level} {code} · periodo {period}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Section</source>
      <translation>Sección</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Page</source>
      <translation>Página</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>target {horizon}</source>
      <translation>meta {horizon}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Expediente</source>
      <translation>Expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Cut-off {date}</source>
      <translation>Corte al {date}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>Plan of {dependency}: programmed {programmed}, executed {executed}</source>
      <translation>Plan de {dependency}: programadas {programmed}, ejecutadas {executed}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>No POT project in this unit</source>
      <translation>Ningún proyecto del POT en esta unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>{count} indicators without data in this unit (see their sheets)</source>
      <translation>{count} indicadores sin dato en esta unidad (ver sus hojas)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/expediente_report.py" />
      <source>{title} (continued)</source>
      <translation>{title} (continuación)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Not inspected</source>
      <translation>Sin inspección</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>BIC by state</source>
      <translation>BIC por estado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>PEMP influence zones</source>
      <translation>Zonas de influencia de PEMP</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Source: register of heritage assets and field inspections (QField) of the expediente</source>
      <translation>Fuente: registro de bienes de interés cultural e inspecciones de campo (QField) del expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>none recorded</source>
      <translation>ninguna registrada</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Source: field inspections (QField) of the expediente</source>
      <translation>Fuente: inspecciones de campo (QField) del expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Assets</source>
      <translation>Bienes</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Inspected</source>
      <translation>Inspeccionados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Declared heritage assets (BIC) by state of conservation at {date}</source>
      <translation>Bienes de interés cultural (BIC) declarados por estado de conservación al {date}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>{name} ({code})</source>
      <translation>{name} ({code})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>State {state} · inspected on {date} · {unit}</source>
      <translation>Estado {state} · inspeccionado el {date} · {unit}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Declared by</source>
      <translation>Declaratoria</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Declaring act</source>
      <translation>Acto de declaratoria</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Conservation level</source>
      <translation>Nivel de conservación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Threats</source>
      <translation>Amenazas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/heritage_pages.py" />
      <source>Inspections</source>
      <translation>Inspecciones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Citizen participation</source>
      <translation>Participación ciudadana</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Heritage and the banco de experiencias</source>
      <translation>Patrimonio y banco de experiencias</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Executive summary</source>
      <translation>Resumen ejecutivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Sufficiency analysis</source>
      <translation>Análisis de suficiencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Sufficiency by component</source>
      <translation>Suficiencia por componente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Ends–means articulation</source>
      <translation>Articulación fines–medios</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Objectives (rows) against programs (columns): each cell counts the program's projects that serve the objective through its policies and strategies. An empty row is an objective without means.</source>
      <translation>Objetivos (filas) frente a programas (columnas): cada celda cuenta los proyectos del programa que sirven al objetivo a través de sus políticas y estrategias. Una fila vacía es un objetivo sin medios.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Articulation matrix</source>
      <translation>Matriz de articulación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Battery of indicators of the objectives</source>
      <translation>Batería de indicadores de los objetivos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Operational reading and evaluation of results</source>
      <translation>Lectura operativa y evaluación de resultados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Rule: indicators score by their light (green 100, yellow 50, red 0; grey is left out), projects by their state (finished or on time 100, delayed 50, non-compliant 0; not started is left out); the objective's score is the mean of both parts: high from 80, medium from 50.</source>
      <translation>Regla: los indicadores puntúan por su semáforo (verde 100, amarillo 50, rojo 0; el gris no cuenta), los proyectos por su estado (terminado o al día 100, retrasado 50, incumplimiento 0; sin iniciar no cuenta); el puntaje del objetivo es el promedio de ambas partes: alto desde 80, medio desde 50.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Occupation model and land value</source>
      <translation>Modelo de ocupación y valor del suelo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>POT projects</source>
      <translation>Proyectos del POT</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>SWOT (DOFA)</source>
      <translation>DOFA</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>management</source>
      <translation>gestión</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>contents</source>
      <translation>contenidos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Conclusions and recommendations for revising the plan</source>
      <translation>Conclusiones y recomendaciones para la revisión del plan</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Report to the Concejo on the Plan de Ordenamiento Territorial</source>
      <translation>Informe al Concejo sobre el Plan de Ordenamiento Territorial</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Figure</source>
      <translation>Cifra</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>By sector: supply against the target population (places per 1,000), E2SFCA accessibility (bands up to 1,500 m), deficit (target persons with no capacity within reach) and use of capacity by the entities' semiannual reports.</source>
      <translation>Por sector: oferta frente a la población objetivo (cupos por 1.000), accesibilidad E2SFCA (bandas hasta 1.500 m), déficit (población objetivo sin capacidad a su alcance) y uso de la capacidad según los reportes semestrales de las entidades.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>State of conservation</source>
      <translation>Estado de conservación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Item</source>
      <translation>Aspecto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Component</source>
      <translation>Componente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Items</source>
      <translation>Requisitos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Present</source>
      <translation>Presentes</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Partial</source>
      <translation>Parciales</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Absent</source>
      <translation>Ausentes</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Not evaluated</source>
      <translation>Sin evaluar</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Sufficiency</source>
      <translation>Suficiencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Sufficiency by component (%)</source>
      <translation>Suficiencia por componente (%)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Content</source>
      <translation>Contenido</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Legal source</source>
      <translation>Fuente legal</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Article</source>
      <translation>Artículo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Projects per objective (rows) and program (columns)</source>
      <translation>Proyectos por objetivo (filas) y programa (columnas)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Strategies</source>
      <translation>Estrategias</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Projects</source>
      <translation>Proyectos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Indicators</source>
      <translation>Indicadores</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>What the analysis found disconnected:</source>
      <translation>Lo que el análisis encontró desconectado:</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>The analysis found nothing disconnected.</source>
      <translation>El análisis no encontró nada desconectado.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Baseline</source>
      <translation>Línea base</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Light</source>
      <translation>Semáforo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Score</source>
      <translation>Puntaje</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Rating</source>
      <translation>Calificación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Relevance</source>
      <translation>Pertinencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Efficiency</source>
      <translation>Eficiencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Effectiveness</source>
      <translation>Eficacia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Impact</source>
      <translation>Impacto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Internal</source>
      <translation>Internas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>External</source>
      <translation>Externas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Favourable</source>
      <translation>Favorables</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Unfavourable</source>
      <translation>Desfavorables</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Conclusions and recommendations</source>
      <translation>Conclusiones y recomendaciones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Key messages</source>
      <translation>Mensajes principales</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>In {year} the entities executed {activities} participation activities of the plan, with {participants} participants (counts reported by the entities; the expediente names nobody). The participation report of each period gives the detail: activities, commitments and conclusions.</source>
      <translation>En {year} las entidades ejecutaron {activities} actividades de participación del plan, con {participants} participantes (conteos reportados por las entidades; el expediente no nombra a nadie). El informe de participación de cada periodo da el detalle: actividades, compromisos y conclusiones.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Dependency</source>
      <translation>Dependencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Programmed</source>
      <translation>Programadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Executed</source>
      <translation>Ejecutadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Compliance %</source>
      <translation>Cumplimiento %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Commitments</source>
      <translation>Compromisos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Overdue</source>
      <translation>Vencido</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>The observatory follows the {assets} declared heritage assets (BIC) of the expediente: their state of conservation is that of their latest field inspection by {date}; {works} works on them began this year without a licence; {present} of the {registered} traditional economic activities of the baseline are still present.</source>
      <translation>El observatorio sigue los {assets} bienes de interés cultural (BIC) declarados del expediente: su estado de conservación es el de su última inspección de campo hasta el {date}; {works} intervenciones en ellos empezaron este año sin licencia; {present} de las {registered} actividades económicas tradicionales de la línea base siguen presentes.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Asset in bad state</source>
      <translation>Bien en mal estado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Inspected on</source>
      <translation>Inspeccionado el</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Experience</source>
      <translation>Experiencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Protected</source>
      <translation>A quién protegió</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Strategy</source>
      <translation>Estrategia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Cost (million COP)</source>
      <translation>Costo (millones de COP)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Lessons learnt</source>
      <translation>Lecciones aprendidas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Report of the Secretaría de Planeación to the Concejo on the execution and evaluation of the Plan de Ordenamiento Territorial ({kind}) in {year}, presented with the report of the Plan de Desarrollo (Ley 152 de 1994, art. 43) and drawn from the Expediente Municipal (Ley 388 de 1997, art. 112).</source>
      <translation>Informe de la Secretaría de Planeación al Concejo sobre la ejecución y la evaluación del Plan de Ordenamiento Territorial ({kind}) en {year}, presentado con el informe del Plan de Desarrollo (Ley 152 de 1994, art. 43) y elaborado a partir del Expediente Municipal (Ley 388 de 1997, art. 112).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Plan adopted</source>
      <translation>Adopción del plan</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Sufficiency of the contents the law asks</source>
      <translation>Suficiencia de los contenidos que exige la ley</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Articulation gaps</source>
      <translation>Vacíos de articulación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Objectives rated high / medium / low / without data</source>
      <translation>Objetivos con calificación alta / media / baja / sin dato</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Indicators with a value and a target</source>
      <translation>Indicadores con valor y meta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Indicators without a value or without a target</source>
      <translation>Indicadores sin valor o sin meta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Indicators: {green} of the {total} indicators with a value and a target meet their {horizon} target, {yellow} improve on their baseline without reaching it and {red} do not improve on it.</source>
      <translation>Indicadores: {green} de los {total} indicadores con valor y meta cumplen su meta de {horizon}, {yellow} mejoran su línea base sin alcanzarla y {red} no la mejoran.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Projects: of the {total} POT projects at {date}, {finished} are finished, {on_time} on time, {delayed} delayed, {failing} in non-compliance and {idle} not started.</source>
      <translation>Proyectos: de los {total} proyectos del POT al {date}, {finished} están terminados, {on_time} al día, {delayed} retrasados, {failing} en incumplimiento y {idle} sin iniciar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Sufficiency: the plan holds {percent} of the contents the law asks of a {kind}.</source>
      <translation>Suficiencia: el plan contiene el {percent} de los contenidos que la ley exige a un {kind}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Objectives: {high} rated high, {medium} medium, {low} low and {none} without data.</source>
      <translation>Objetivos: {high} con calificación alta, {medium} media, {low} baja y {none} sin dato.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Articulation: {gaps} disconnections between the plan's ends and its means; the conclusions say how to close them.</source>
      <translation>Articulación: {gaps} desconexiones entre los fines del plan y sus medios; las conclusiones dicen cómo cerrarlas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Each content the law asks of a {kind} is marked present (1), partial (0.5) or absent (0); an item nobody evaluated counts as absent.</source>
      <translation>Cada contenido que la ley exige a un {kind} se marca presente (1), parcial (0,5) o ausente (0); un requisito que nadie evaluó cuenta como ausente.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Gap</source>
      <translation>Vacío</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Detail</source>
      <translation>Detalle</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Municipal value of each indicator linked to an objective in {year}, against its baseline and the target of the {horizon} horizon.</source>
      <translation>Valor municipal de cada indicador vinculado a un objetivo en {year}, frente a su línea base y la meta del horizonte de {horizon}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Strengths (internal, favourable)</source>
      <translation>Fortalezas (internas, favorables)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Weaknesses (internal, unfavourable)</source>
      <translation>Debilidades (internas, desfavorables)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Opportunities (external, favourable)</source>
      <translation>Oportunidades (externas, favorables)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Threats (external, unfavourable)</source>
      <translation>Amenazas (externas, desfavorables)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>SWOT matrix of the plan in {year}</source>
      <translation>Matriz DOFA del plan en {year}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>{municipality} · execution and evaluation in {year}</source>
      <translation>{municipality} · ejecución y evaluación en {year}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Sector</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>{sector} (measured in {period}): {supply} places per 1,000 of {population} persons of its target population; accessibility {access} per 1,000; {deficit} persons with no capacity within reach, {beyond} beyond 1,500 m; capacity in use {use}.</source>
      <translation>{sector} (medido en {period}): {supply} cupos por cada 1.000 de las {population} personas de su población objetivo; accesibilidad de {access} por 1.000; {deficit} personas sin capacidad a su alcance, {beyond} a más de 1.500 m; capacidad en uso: {use}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Nodes of equipamientos: {nodes}, of which {linked} are POT projects and advance as their project reports (physical progress at {date}).</source>
      <translation>Nodos de equipamientos: {nodes}, de los cuales {linked} son proyectos del POT y avanzan según los reportes de su proyecto (avance físico al {date}).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Banco de experiencias: strategies, costs, results and lessons of protecting original owners and traditional economic activities in urban renewal and large projects ({count} experiences, {cost} COP in all).</source>
      <translation>Banco de experiencias: estrategias, costos, resultados y lecciones de la protección de propietarios originales y actividades económicas tradicionales en la renovación urbana y los grandes proyectos ({count} experiencias, {cost} COP en total).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Weighted physical progress of the projects: {physical}; financial execution: {financial}.</source>
      <translation>Avance físico ponderado de los proyectos: {physical}; ejecución financiera: {financial}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Informal occupations: {alerts} alerts, {confirmed} confirmed in the field; {acted} of the confirmed with a control action.</source>
      <translation>Ocupaciones informales: {alerts} alertas, {confirmed} confirmadas en campo; {acted} de las confirmadas con acción de control.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Indicators with a value and a target, against it</source>
      <translation>Indicadores con valor y meta, frente a su meta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Horizon of the plan in {year}</source>
      <translation>Horizonte del plan en {year}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>{total} ({green} meet their target)</source>
      <translation>{total} ({green} cumplen su meta)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>objective {code} {name}</source>
      <translation>objetivo {code} {name}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Objective {code} has a low rating ({score}): review its projects' schedule and resources.</source>
      <translation>El objetivo {code} tiene calificación baja ({score}): revisar el cronograma y los recursos de sus proyectos.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>The plan lacks '{content}' ({source}): include it in the revision.</source>
      <translation>Al plan le falta '{content}' ({source}): incluirlo en la revisión.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>{gap}: {code} {name}. Recommendation: review it in the next revision of the plan.</source>
      <translation>{gap}: {code} {name}. Recomendación: revisarlo en la próxima revisión del plan.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>(no indicator)</source>
      <translation>(sin indicador)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/informe_concejo.py" />
      <source>[Chart in the PDF: {caption}]</source>
      <translation>[Gráfico en el PDF: {caption}]</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>The cumulative investment of each project's latest progress report against the sum of its investment rows by source</source>
      <translation>La inversión acumulada del último reporte de avance de cada proyecto frente a la suma de su inversión por fuente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Obligations</source>
      <translation>Obligaciones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Planning and management instruments</source>
      <translation>Instrumentos de planeación y gestión</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Private and collaborative actions</source>
      <translation>Actuaciones privadas y colaborativas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Source: instruments (outlined in blue), urban obligations and receipts of the expediente. Land is shown where it was ceded; money and kind on their instrument.</source>
      <translation>Fuente: instrumentos (contorno azul), obligaciones urbanísticas y recaudos del expediente. El suelo se muestra donde se cedió; el dinero y las obligaciones en especie, sobre su instrumento.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Projects funded by obligations</source>
      <translation>Proyectos financiados con obligaciones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Where the money received from obligations went</source>
      <translation>Destino del dinero recibido por obligaciones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Up to</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Progress reports (COP)</source>
      <translation>Reportes de avance (COP)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Investment by source (COP)</source>
      <translation>Inversión por fuente (COP)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Difference (COP)</source>
      <translation>Diferencia (COP)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Investment per inhabitant (COP)</source>
      <translation>Inversión por habitante (COP)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Projects' investment by the area of their footprint in each unit, actions (triangles) where they are; per inhabitant</source>
      <translation>Inversión de los proyectos según el área de su huella en cada unidad y de las actuaciones (triángulos) donde están; por habitante</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Source: investment by source reported by the entities (inversion) and population of the expediente</source>
      <translation>Fuente: inversión por fuente reportada por las entidades (inversion) y población del expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Type (unit)</source>
      <translation>Tipo (unidad)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>No.</source>
      <translation>N.º</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Due</source>
      <translation>Fecha límite</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>% received</source>
      <translation>% recibido</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Millions of COP</source>
      <translation>Millones de COP</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Share %</source>
      <translation>Participación %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Government term</source>
      <translation>Periodo de gobierno</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Need</source>
      <translation>Necesidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Total (millions of COP)</source>
      <translation>Total (millones de COP)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>COP per inhabitant</source>
      <translation>COP por habitante</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Private and collaborative %</source>
      <translation>Privada y colaborativa %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Source: investment by source reported by the entities (inversion)</source>
      <translation>Fuente: inversión por fuente reportada por las entidades (inversion)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>units</source>
      <translation>unidades</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>mixed units</source>
      <translation>unidades mixtas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Instruments and urban obligations by state at {date}</source>
      <translation>Instrumentos y obligaciones urbanísticas por estado al {date}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Payments in money received by {date}, by the POT project they were assigned to</source>
      <translation>Pagos en dinero recibidos al {date}, por el proyecto del POT al que se destinaron</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Needs per government term, in millions of COP: what POT projects had programmed (annual budget) and did not execute (investment by source), up to {year}</source>
      <translation>Necesidades por periodo de gobierno, en millones de COP: lo que los proyectos del POT tenían programado (presupuesto anual) y no ejecutaron (inversión por fuente), hasta {year}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Reconciliation of the investment reported</source>
      <translation>Conciliación de la inversión reportada</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Territorialised investment {year}</source>
      <translation>Inversión territorializada {year}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Without location</source>
      <translation>Sin localización</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>{source}: COP per inhabitant</source>
      <translation>{source}: COP por habitante</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Accountability report: investment per inhabitant, {source}</source>
      <translation>Rendición de cuentas: inversión por habitante, {source}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/instrument_pages.py" />
      <source>Investment of {year} by source</source>
      <translation>Inversión de {year} por fuente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/map_frame.py" />
      <source>The inset locates the unit in the whole territory.</source>
      <translation>El recuadro ubica la unidad en todo el territorio.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/map_frame.py" />
      <source>Framed on the urban and expansion land; the inset shows the whole territory.</source>
      <translation>Encuadre en el suelo urbano y de expansión; el recuadro muestra todo el territorio.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/map_frame.py" />
      <source>Framed on the units where the population lives; the inset shows the whole territory.</source>
      <translation>Encuadre en las unidades donde vive la población; el recuadro muestra todo el territorio.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/map_frame.py" />
      <source>Neighbouring units</source>
      <translation>Unidades vecinas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/map_frame.py" />
      <source>Territory</source>
      <translation>Territorio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Participation activities</source>
      <translation>Actividades de participación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Commitments by state</source>
      <translation>Compromisos por estado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Participants per unit</source>
      <translation>Participantes por unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Citizen participation, technical assistance and commitments</source>
      <translation>Participación ciudadana, asistencia técnica y compromisos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Source: participation activities, plans and commitments reported by the entities</source>
      <translation>Fuente: actividades de participación, planes y compromisos reportados por las entidades</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Participation plan: programmed and executed by dependency</source>
      <translation>Plan de participación: programado y ejecutado por dependencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Plans by four-month term count in the semester of their cut-off</source>
      <translation>Los planes cuatrimestrales cuentan en el semestre de su fecha de corte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Commitments made to citizens</source>
      <translation>Compromisos adquiridos con la ciudadanía</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Commitment</source>
      <translation>Compromiso</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>In charge</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Source: commitments and their state history in the expediente</source>
      <translation>Fuente: compromisos y su historial de estados en el expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Participants by territorial unit and sex</source>
      <translation>Participantes por unidad territorial y sexo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>An activity counts in its unit when its scale is the level's or finer; the municipality counts every activity</source>
      <translation>Una actividad cuenta en su unidad cuando su escala es la del nivel o una más fina; el municipio cuenta todas las actividades</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Victims of the armed conflict</source>
      <translation>Víctimas del conflicto armado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Ethnic groups</source>
      <translation>Grupos étnicos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Persons with disabilities</source>
      <translation>Personas con discapacidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Approaches: G gender, D differential, T territorial</source>
      <translation>Enfoques: G género, D diferencial, T territorial</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Conclusions and lessons learnt</source>
      <translation>Conclusiones y lecciones aprendidas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Participants by age and population group</source>
      <translation>Participantes por edad y grupo poblacional</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Counts reported by the entities; nobody is named</source>
      <translation>Conteos reportados por las entidades; no se nombra a nadie</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Activity</source>
      <translation>Actividad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Approaches</source>
      <translation>Enfoques</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Conclusions</source>
      <translation>Conclusiones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Executed activities and participants per unit · period {period} · by {level}</source>
      <translation>Actividades ejecutadas y participantes por unidad · periodo {period} · por {level}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Participation plan</source>
      <translation>Plan de participación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>By month and state at each month's end · period {period}</source>
      <translation>Por mes y estado al final de cada mes · periodo {period}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Commitments by month and state, {period}</source>
      <translation>Compromisos por mes y estado, {period}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Office's competence</source>
      <translation>Competencia de la oficina</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Since</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Group</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/cartography/participation_report.py" />
      <source>Age {band}</source>
      <translation>Edad {band}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/age_bands.py" />
      <source>The age range {desde}–{hasta} ends before it starts.</source>
      <translation>El rango de edad {desde}–{hasta} termina antes de empezar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/age_bands.py" />
      <source>age band {band} ends before it starts</source>
      <translation>el grupo de edad {band} termina antes de empezar</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/age_bands.py" />
      <source>age bands {first} and {second} overlap</source>
      <translation>los grupos de edad {first} y {second} se traslapan</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>Consolidate the entities' progress reports</source>
      <translation>Consolidar los reportes de avance de las entidades</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>Evaluate the projects at the cut-off date</source>
      <translation>Evaluar los proyectos a la fecha de corte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>Compute every indicator battery</source>
      <translation>Calcular todas las baterías de indicadores</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>Expediente PDF</source>
      <translation>PDF del expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>Open data</source>
      <translation>Datos abiertos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>POT minisite</source>
      <translation>Minisitio del POT</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>Participation report (PDF)</source>
      <translation>Informe de participación (PDF)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>Report to the Concejo (PDF and DOCX)</source>
      <translation>Informe al Concejo (PDF y DOCX)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>{file}: {accepted} reports recorded, {skipped} already recorded</source>
      <translation>{file}: {accepted} reportes registrados, {skipped} ya estaban registrados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>measurements of period {period}, level {level}</source>
      <translation>mediciones del periodo {period}, nivel {level}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>{file} ({pages} pages)</source>
      <translation>{file} ({pages} páginas)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>{file}/ ({files} files)</source>
      <translation>{file}/ ({files} archivos)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>The period '{period}' must be a semester like 2025-S1 or 2025-S2.</source>
      <translation>El periodo '{period}' debe ser un semestre como 2025-S1 o 2025-S2.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/cycle.py" />
      <source>The cut-off date {date} is outside the period {period} ({first} to {last}).</source>
      <translation>La fecha de corte {date} está fuera del periodo {period} (del {first} al {last}).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>Objective without policy or strategy</source>
      <translation>Objetivo sin política ni estrategia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>Objective without program or project</source>
      <translation>Objetivo sin programa ni proyecto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>Project that serves no objective</source>
      <translation>Proyecto que no sirve a ningún objetivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>Objective without indicator</source>
      <translation>Objetivo sin indicador</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>Project without indicator</source>
      <translation>Proyecto sin indicador</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>Indicator without baseline</source>
      <translation>Indicador sin línea base</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>Indicator without target</source>
      <translation>Indicador sin meta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>Project outside the horizons of the execution programme</source>
      <translation>Proyecto por fuera de los horizontes del programa de ejecución</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>Link to a code that does not exist</source>
      <translation>Vínculo a un código que no existe</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/articulation.py" />
      <source>{start}–{end}, horizon {horizon}: {first}–{last}</source>
      <translation>{start}–{end}, horizonte {horizon}: {first}–{last}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/evaluation/sufficiency.py" />
      <source>All components</source>
      <translation>Todos los componentes</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/geojson.py" />
      <source>Could not write '{path}': {error}</source>
      <translation>No se pudo escribir '{path}': {error}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/geometry.py" />
      <source>a coordinate is not a finite number (NaN or infinite)</source>
      <translation>una coordenada no es un número finito (NaN o infinito)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/geometry.py" />
      <source>a geometry that cannot be read ({reason})</source>
      <translation>una geometría que no se puede leer ({reason})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>whole number</source>
      <translation>número entero</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>number</source>
      <translation>número</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>yes/no value</source>
      <translation>valor sí/no</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>date (YYYY-MM-DD)</source>
      <translation>fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>date and time</source>
      <translation>fecha y hora</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>: the layer's CRS may be wrong, or the data is of another place</source>
      <translation>: puede que el SRC de la capa esté mal, o que los datos sean de otro lugar</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>coordinates ({x}, {y}) outside the area of use of {crs}</source>
      <translation>coordenadas ({x}, {y}) fuera del área de uso de {crs}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>already in the expediente</source>
      <translation>ya está en el expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>: geographic coordinates declared as {crs}?</source>
      <translation>: ¿coordenadas geográficas declaradas como {crs}?</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>The layer '{layer}' has no features: nothing to import.</source>
      <translation>La capa '{layer}' no tiene objetos: no hay nada que importar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>The mapping names fields that '{table}' does not have: {fields}. Fields of '{table}': {known}.</source>
      <translation>La correspondencia de campos nombra campos que '{table}' no tiene: {fields}. Campos de '{table}': {known}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>The mapping does not fill the required fields of '{table}': {fields}.</source>
      <translation>La correspondencia de campos no llena los campos obligatorios de '{table}': {fields}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>- feature {feature}, field '{field}': {reason}</source>
      <translation>- objeto {feature}, campo '{field}': {reason}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>… and {count} more problems.</source>
      <translation>… y {count} problemas más.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>Nothing was imported from '{layer}': {count} features cannot be stored. Fix them, or import with 'skip invalid features' to leave them out.
{problems}</source>
      <translation>No se importó nada de '{layer}': {count} objetos no se pueden guardar. Corríjalos, o importe con 'omitir objetos no válidos' para dejarlos por fuera.
{problems}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>'{value}' is not in the expediente's table '{parent}' ({label}): import it there first or correct the code</source>
      <translation>'{value}' no está en la tabla '{parent}' del expediente ({label}): impórtelo allí primero o corrija el código</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>repeated in the input</source>
      <translation>repetido en la capa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>the feature has no geometry</source>
      <translation>el objeto no tiene geometría</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>geometry type {found} cannot be stored in '{table}', which holds {expected}</source>
      <translation>el tipo de geometría {found} no se puede guardar en '{table}', que guarda {expected}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>'{table}' needs geometries but the layer '{layer}' has none.</source>
      <translation>'{table}' necesita geometrías pero la capa '{layer}' no tiene.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>value {value} of field '{field}' is out of range [{minimum}, {maximum}]</source>
      <translation>el valor {value} del campo '{field}' está fuera del rango [{minimum}, {maximum}]</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>value '{value}' of field '{field}' does not have the format {pattern}</source>
      <translation>el valor '{value}' del campo '{field}' no tiene el formato {pattern}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>required field '{field}' is empty</source>
      <translation>el campo obligatorio '{field}' está vacío</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>text repaired from double UTF-8 encoding: '{old}' -&gt; '{new}'</source>
      <translation>texto reparado de doble codificación UTF-8: '{old}' -&gt; '{new}'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>'{value}' is ambiguous for field '{field}': thousands or decimals? Write it without thousand separators (1500 or 1,5) or with both marks (1.500,0)</source>
      <translation>'{value}' es ambiguo para el campo '{field}': ¿miles o decimales? Escríbalo sin separador de miles (1500 o 1,5) o con ambos signos (1.500,0)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>'{value}' is not a valid {type} for field '{field}'</source>
      <translation>'{value}' no es un {type} válido para el campo '{field}'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>unknown value '{value}' for field '{field}'; allowed: {allowed}</source>
      <translation>valor desconocido '{value}' para el campo '{field}'; valores permitidos: {allowed}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>duplicate code {value} ({where})</source>
      <translation>código duplicado {value} ({where})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>the feature has no geometry, and with {field} = '{value}' it needs one</source>
      <translation>el objeto no tiene geometría, y con {field} = '{value}' la necesita</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>invalid geometry ({reason}) that cannot be repaired</source>
      <translation>geometría no válida ({reason}) que no se puede reparar</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>invalid geometry ({reason}) repaired with makeValid</source>
      <translation>geometría no válida ({reason}) reparada con makeValid</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>a multipoint with several points cannot be stored in '{table}'</source>
      <translation>un multipunto con varios puntos no se puede guardar en '{table}'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/__init__.py" />
      <source>Unknown or not yet computable indicator codes: {codes}. Known: {known}.</source>
      <translation>Códigos de indicador desconocidos o que aún no se pueden calcular: {codes}. Conocidos: {known}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/custom.py" />
      <source>the denominator is zero in this unit</source>
      <translation>el denominador es cero en esta unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/custom.py" />
      <source>The user-defined indicator '{code}' needs parameters '{part}' with a layer ('capa').</source>
      <translation>El indicador definido por el usuario '{code}' necesita los parámetros '{part}' con una capa ('capa').</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/custom.py" />
      <source>The aggregate '{aggregate}' of '{code}' is not one of {known}.</source>
      <translation>El agregado '{aggregate}' de '{code}' no es uno de {known}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/engine.py" />
      <source>no data for the denominator</source>
      <translation>sin dato para el denominador</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/field_control.py" />
      <source>no confirmed occupation in the unit</source>
      <translation>la unidad no tiene ocupaciones confirmadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/heritage.py" />
      <source>there are no declared heritage assets in the expediente (table bien_patrimonial)</source>
      <translation>no hay bienes de interés cultural declarados en el expediente (tabla bien_patrimonial)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/heritage.py" />
      <source>there are no traditional activities in the expediente (table actividad_tradicional)</source>
      <translation>no hay actividades tradicionales en el expediente (tabla actividad_tradicional)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/heritage.py" />
      <source>no declared heritage asset in the unit</source>
      <translation>ningún bien de interés cultural declarado en la unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/heritage.py" />
      <source>no heritage asset inspected by the cut-off in the unit</source>
      <translation>ningún bien de interés cultural inspeccionado hasta la fecha de corte en la unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/heritage.py" />
      <source>no traditional activity of the baseline in the unit</source>
      <translation>ninguna actividad tradicional de la línea base en la unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/instruments.py" />
      <source>no investment recorded in the unit for the year</source>
      <translation>no hay inversión registrada en la unidad para el año</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/instruments.py" />
      <source>no obligation of this type in the unit</source>
      <translation>no hay obligaciones de este tipo en la unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/instruments.py" />
      <source>no money received from obligations in the unit</source>
      <translation>no se ha recibido dinero de obligaciones en la unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/instruments.py" />
      <source>{value} COP of investment without a location (a project without footprint) count only in the municipality</source>
      <translation>{value} COP de inversión sin localización (un proyecto sin huella) cuentan solo en el municipio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/instruments.py" />
      <source>the unit has no population</source>
      <translation>la unidad no tiene población</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/instruments.py" />
      <source>there are no urban obligations in the expediente (table obligacion_urbanistica)</source>
      <translation>no hay obligaciones urbanísticas en el expediente (tabla obligacion_urbanistica)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/instruments.py" />
      <source>there is no investment recorded in the expediente (table inversion)</source>
      <translation>no hay inversión registrada en el expediente (tabla inversion)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/land_value.py" />
      <source>no CPI inflation given for {year} (parameter 'ipc')</source>
      <translation>no se indicó la inflación (IPC) de {year} (parámetro 'ipc')</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/land_value.py" />
      <source>no land value for {year} or {previous}</source>
      <translation>sin valor del suelo para {year} o {previous}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/land_value.py" />
      <source>no lot with a land value in {year}</source>
      <translation>ningún predio con valor del suelo en {year}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>there is no public space in the expediente (table espacio_publico)</source>
      <translation>no hay espacio público en el expediente (tabla espacio_publico)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>there are no building footprints in the expediente (table huella)</source>
      <translation>no hay huellas de edificaciones en el expediente (tabla huella)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>there is no hazard zoning in the expediente (table amenaza)</source>
      <translation>no hay zonificación de amenaza en el expediente (tabla amenaza)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>the unit has no protection land</source>
      <translation>la unidad no tiene suelo de protección</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>the unit has no high-hazard zone</source>
      <translation>la unidad no tiene zonas de amenaza alta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>the unit has no expansion land</source>
      <translation>la unidad no tiene suelo de expansión</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>the unit has no urban land</source>
      <translation>la unidad no tiene suelo urbano</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>there is no protection land in the expediente (zonificacion of tipo proteccion)</source>
      <translation>no hay suelo de protección en el expediente (zonificacion de tipo proteccion)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>there is no expansion land in the expediente (zonificacion of tipo clasificacion_suelo, categoria expansion)</source>
      <translation>no hay suelo de expansión en el expediente (zonificacion de tipo clasificacion_suelo, categoria expansion)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>the expediente has no urban land: import the land classification into zonificacion (tipo clasificacion_suelo, categoria urbano)</source>
      <translation>el expediente no tiene suelo urbano: importe la clasificación del suelo en zonificacion (tipo clasificacion_suelo, categoria urbano)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>no building footprints</source>
      <translation>sin huella urbana</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>no built-up area at one of the dates</source>
      <translation>sin área construida en una de las fechas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>there are no public transport stops in the expediente (table transporte)</source>
      <translation>no hay paraderos ni estaciones de transporte público en el expediente (tabla transporte)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>needs footprints at two dates</source>
      <translation>requiere huella urbana de dos fechas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>the population did not change: the ratio is undefined</source>
      <translation>la población no cambió: la razón no está definida</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/occupation.py" />
      <source>there are no facilities of sector '{sector}' in the expediente (table equipamiento)</source>
      <translation>no hay equipamientos del sector '{sector}' en el expediente (tabla equipamiento)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/parameter_ranges.py" />
      <source>The indicator parameters must be a JSON object {"code": {"parameter": value}}.</source>
      <translation>Los parámetros de los indicadores deben ser un objeto JSON {"código": {"parámetro": valor}}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/parameter_ranges.py" />
      <source>The parameter '{name}' of indicator '{code}' is '{value}', which is not a number.</source>
      <translation>El parámetro '{name}' del indicador '{code}' es '{value}', que no es un número.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/parameter_ranges.py" />
      <source>The parameters of indicator '{code}' must be a JSON object, e.g. {{"distancia_m": 800}}.</source>
      <translation>Los parámetros del indicador '{code}' deben ser un objeto JSON, p. ej. {{"distancia_m": 800}}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/parameter_ranges.py" />
      <source>The parameter '{name}' of indicator '{code}' is {value}, outside its valid range {low} to {high} {unit}; nothing was computed.</source>
      <translation>El parámetro '{name}' del indicador '{code}' es {value}, fuera de su rango válido de {low} a {high} {unit}; no se calculó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/participation.py" />
      <source>no attendees in the unit in the period</source>
      <translation>sin asistentes en la unidad en el periodo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/participation.py" />
      <source>nothing programmed in the participation plan for the period</source>
      <translation>nada programado en el plan de participación para el periodo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/participation.py" />
      <source>the participation plan is reported by dependency, not by unit</source>
      <translation>el plan de participación se reporta por dependencia, no por unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/participation.py" />
      <source>no commitment made in the unit by the cut-off</source>
      <translation>ningún compromiso adquirido en la unidad a la fecha de corte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/participation.py" />
      <source>no executed participation activity in the unit in the period</source>
      <translation>ninguna actividad de participación ejecutada en la unidad en el periodo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>everyone</source>
      <translation>toda la población</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>no facility of the unit reported with a capacity</source>
      <translation>ningún equipamiento de la unidad reportó con una capacidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>distances in a straight line (the expediente has no street network, table via)</source>
      <translation>distancias en línea recta (el expediente no tiene malla vial, tabla via)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>the unit has no target population ({ages})</source>
      <translation>la unidad no tiene población objetivo ({ages})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>{count} of {total} facilities did not report for {period}</source>
      <translation>{count} de {total} equipamientos no reportaron para {period}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>The distance bands of indicator '{code}' are {bands} m with weights {weights}: bands must increase from 1 to 50,000 m and have one weight from 0 to 1 each; nothing was computed.</source>
      <translation>Las bandas de distancia del indicador '{code}' son {bands} m con pesos {weights}: las bandas deben crecer de 1 a 50.000 m y tener un peso de 0 a 1 cada una; no se calculó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>{count} of {total} facilities had no capacity and count as one unit of supply</source>
      <translation>{count} de {total} equipamientos no tenían capacidad y cuentan como una unidad de oferta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>target population {ages} estimated from the age bands {bands}, which the range cuts: their people taken as spread evenly over their years</source>
      <translation>población objetivo {ages} estimada a partir de los grupos de edad {bands}, que el rango corta: sus personas se toman repartidas por igual entre sus años</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>{count} of {total} population rows have no age bands covering {ages}: their people are not counted</source>
      <translation>{count} de {total} filas de población no tienen grupos de edad que cubran {ages}: sus personas no se cuentan</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>the expediente has no population</source>
      <translation>el expediente no tiene población</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>no facility of sector '{sector}' reported users for {period} (table reporte_equipamiento)</source>
      <translation>ningún equipamiento del sector '{sector}' reportó usuarios para {period} (tabla reporte_equipamiento)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>The parameters 'bandas_m' and 'pesos' of indicator '{code}' must be lists of numbers, e.g. [500, 1000, 1500] and [1, 0.68, 0.22].</source>
      <translation>Los parámetros 'bandas_m' y 'pesos' del indicador '{code}' deben ser listas de números, p. ej. [500, 1000, 1500] y [1, 0.68, 0.22].</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>distances along the street network (table via: {nodes} nodes, {edges} segments; each place and facility joins it at its nearest node)</source>
      <translation>distancias por la malla vial (tabla via: {nodes} nodos, {edges} tramos; cada lugar y cada equipamiento se une a ella en su nodo más cercano)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>there are no operating facilities of sector '{sector}'{provider} in the expediente (table equipamiento)</source>
      <translation>no hay equipamientos en operación del sector '{sector}'{provider} en el expediente (tabla equipamiento)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/indicators/services.py" />
      <source>the population has no age bands covering {ages} (table poblacion_edad)</source>
      <translation>la población no tiene grupos de edad que cubran {ages} (tabla poblacion_edad)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field 'obligacion' is empty</source>
      <translation>el campo 'obligacion' está vacío</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field 'referencia' is empty: give the act of receipt or the payment reference</source>
      <translation>el campo 'referencia' está vacío: indique el acta de recibo o la referencia del pago</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>fields 'proyecto' and 'actuacion': give one of them, the project or the action invested in</source>
      <translation>campos 'proyecto' y 'actuacion': indique uno de los dos, el proyecto o la actuación en que se invirtió</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field '{field}' is empty</source>
      <translation>el campo '{field}' está vacío</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field '{field}': '{value}' is not a number</source>
      <translation>campo '{field}': '{value}' no es un número</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field '{field}' is negative ({value}): values received or invested are 0 or more</source>
      <translation>el campo '{field}' es negativo ({value}): lo recibido o invertido es 0 o más</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field 'proyecto_destino': the project '{code}' is not a project of the POT</source>
      <translation>campo 'proyecto_destino': el proyecto '{code}' no es un proyecto del POT</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field 'fuente': '{value}' is not a known source; use one of {sources}</source>
      <translation>campo 'fuente': '{value}' no es una fuente conocida; use una de {sources}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field '{field}': {reason}</source>
      <translation>campo '{field}': {reason}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field '{field}': '{value}' is not a date (YYYY-MM-DD)</source>
      <translation>campo '{field}': '{value}' no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field 'obligacion': the obligation '{code}' is not in the expediente</source>
      <translation>campo 'obligacion': la obligación '{code}' no está en el expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field 'cantidad': {total} received in all is more than the {due} due by obligation '{code}'; explain it in 'observaciones'</source>
      <translation>campo 'cantidad': lo recibido en total, {total}, supera lo debido por la obligación '{code}', {due}; explíquelo en 'observaciones'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field 'proyecto': the project '{code}' is not in the expediente</source>
      <translation>campo 'proyecto': el proyecto '{code}' no está en el expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field 'anio': '{value}' is not a year</source>
      <translation>campo 'anio': '{value}' no es un año</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/instruments.py" />
      <source>field 'actuacion': the action '{code}' is not in the expediente</source>
      <translation>campo 'actuacion': la actuación '{code}' no está en el expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/investment_files.py" />
      <source>The file '{path}' is neither an investment template (columns fuente, valor) nor a receipts template (column obligacion); use the templates the plugin generates.</source>
      <translation>El archivo '{path}' no es una plantilla de inversión (columnas fuente, valor) ni de recaudo (columna obligacion); use las plantillas que genera el complemento.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/investment_files.py" />
      <source>The file '{path}' lacks the columns {columns}; use the template the plugin generates.</source>
      <translation>Al archivo '{path}' le faltan las columnas {columns}; use la plantilla que genera el complemento.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>repeated in the file</source>
      <translation>repetido en el archivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>'{where}' is not a participation template: it lacks the columns of activities ({a}), of the plan ({p}) or of commitments ({c}). Use the templates the plugin writes.</source>
      <translation>'{where}' no es una plantilla de participación: no tiene las columnas de actividades ({a}), del plan ({p}) ni de compromisos ({c}). Use las plantillas que genera el complemento.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>a mean satisfaction needs the evaluations it comes from (field 'evaluaciones_aplicadas')</source>
      <translation>una satisfacción media necesita las evaluaciones de las que sale (campo 'evaluaciones_aplicadas')</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>The period '{period}' must look like 2025, 2025-S1 or 2025-C1 (four-month terms C1 to C3).</source>
      <translation>El periodo '{period}' debe tener la forma 2025, 2025-S1 o 2025-C1 (cuatrimestres C1 a C3).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>Nothing was imported: {where} has columns the {kind} template does not have: {columns}. Their values would be lost; correct the column names (the template's are: {known}) or remove those columns.</source>
      <translation>No se importó nada: {where} tiene columnas que la plantilla de {kind} no tiene: {columns}. Sus valores se perderían; corrija los nombres de las columnas (los de la plantilla son: {known}) o quite esas columnas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>Nothing was imported from '{path}': it holds personal data. The expediente keeps counts of participants (women, men, age groups, population groups), never attendance lists: remove people's names, document numbers, phones and e-mails (the attendance list stays in the entity's archive) and import it again.
{found}</source>
      <translation>No se importó nada de '{path}': contiene datos personales. El expediente guarda conteos de participantes (mujeres, hombres, grupos de edad, grupos poblacionales), nunca listas de asistencia: quite los nombres, números de documento, teléfonos y correos de las personas (la lista de asistencia se queda en el archivo de la entidad) e impórtelo de nuevo.
{found}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>already recorded</source>
      <translation>ya registrado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>an executed activity reports its attendance (fields mujeres, hombres, otras_identidades; 0 where none)</source>
      <translation>una actividad ejecutada reporta su asistencia (campos mujeres, hombres, otras_identidades; 0 donde no hubo)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>- sheet '{sheet}', row {row} ({key}): {reasons}</source>
      <translation>- hoja '{sheet}', fila {row} ({key}): {reasons}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>… and {count} more rows.</source>
      <translation>… y {count} filas más.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>Nothing was imported from '{path}': {count} rows have errors.
{rows}</source>
      <translation>No se importó nada de '{path}': {count} filas tienen errores.
{rows}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>a column for people's names, documents, phones or e-mails</source>
      <translation>una columna para nombres, documentos, teléfonos o correos de personas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>an e-mail address</source>
      <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>a phone number</source>
      <translation>un número de teléfono</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>an identity document number</source>
      <translation>un número de documento de identidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>a person's name</source>
      <translation>el nombre de una persona</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>- {where}: {what}</source>
      <translation>- {where}: {what}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>'{value}' is not an entity of the expediente (field '{field}'): register it in the table entidad, by code, name or acronym</source>
      <translation>'{value}' no es una entidad del expediente (campo '{field}'): regístrela en la tabla entidad; se reconoce por código, nombre o sigla</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>an activity of scale '{level}' names its unit (field 'unidad'); an activity of the whole municipality has scale 'municipio'</source>
      <translation>una actividad de escala '{level}' indica su unidad (campo 'unidad'); una actividad de todo el municipio tiene escala 'municipio'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>unknown unit '{unit}' of level '{level}' (field 'unidad')</source>
      <translation>unidad '{unit}' del nivel '{level}' desconocida (campo 'unidad')</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>{evaluations} satisfaction evaluations applied but {total} attendees (mujeres + hombres + otras_identidades): there cannot be more evaluations than attendees</source>
      <translation>{evaluations} evaluaciones de satisfacción aplicadas pero {total} asistentes (mujeres + hombres + otras_identidades): no puede haber más evaluaciones que asistentes</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>{count} attendees in the age groups but {total} attendees in all</source>
      <translation>{count} asistentes en los grupos de edad pero {total} asistentes en total</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>unknown project '{code}' (field 'proyecto')</source>
      <translation>proyecto '{code}' desconocido (campo 'proyecto')</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>'{code}' is not a document of the archive (table documento; field 'documento')</source>
      <translation>'{code}' no es un documento del archivo (tabla documento; campo 'documento')</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>the date {day} is outside the period {first} – {last} being imported</source>
      <translation>la fecha {day} está fuera del periodo {first} – {last} que se importa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>the activity is of '{found}', not of '{entity}' (field 'dependencia'): each dependency reports only its own activities</source>
      <translation>la actividad es de '{found}', no de '{entity}' (campo 'dependencia'): cada dependencia reporta solo sus actividades</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>the activity is 'ejecutada' but dated {day}, after today ({today}): an activity in the future is 'programada'</source>
      <translation>la actividad está 'ejecutada' pero tiene fecha {day}, posterior a hoy ({today}): una actividad futura está 'programada'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>the activity has {total} attendees but is '{state}': only an executed activity has attendance</source>
      <translation>la actividad tiene {total} asistentes pero está '{state}': solo una actividad ejecutada tiene asistencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>{count} attendees in '{group}' but {total} attendees in all</source>
      <translation>{count} asistentes en '{group}' pero {total} asistentes en total</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>the plan row is of '{found}', not of '{entity}' (field 'dependencia')</source>
      <translation>la fila del plan es de '{found}', no de '{entity}' (campo 'dependencia')</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>unknown activity '{code}' (field 'actividad'): record the activity first, or in the same workbook</source>
      <translation>actividad '{code}' desconocida (campo 'actividad'): registre primero la actividad, o en el mismo libro</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>the commitment is neither of an activity of '{entity}' nor in its charge</source>
      <translation>el compromiso no es de una actividad de '{entity}' ni está a su cargo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>commitment {code} is already recorded with another activity, description or responsible entity: correct it in its form, not in a template</source>
      <translation>el compromiso {code} ya está registrado con otra actividad, descripción o entidad responsable: corríjalo en su formulario, no en una plantilla</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>sheet '{sheet}', column '{column}'</source>
      <translation>hoja '{sheet}', columna '{column}'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>period '{period}' must look like 2025, 2025-S1 or 2025-C1</source>
      <translation>el periodo '{period}' debe tener la forma 2025, 2025-S1 o 2025-C1</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>state dated {day}, before the last recorded state ({last}, {state}): states are recorded in the order they happen</source>
      <translation>estado con fecha {day}, anterior al último registrado ({last}, {state}): los estados se registran en el orden en que ocurren</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>commitment {code} was 'cumplido' on {day}: reopening it as '{state}' needs a note saying why (field 'nota')</source>
      <translation>el compromiso {code} quedó 'cumplido' el {day}: reabrirlo como '{state}' requiere una nota que diga por qué (campo 'nota')</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>the plan period {plan} does not count in the period {period} being imported</source>
      <translation>el periodo del plan {plan} no cuenta en el periodo {period} que se importa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation.py" />
      <source>sheet '{sheet}', row {row}, column '{column}'</source>
      <translation>hoja '{sheet}', fila {row}, columna '{column}'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation_files.py" />
      <source>sheet '{sheet}' of {path}</source>
      <translation>hoja '{sheet}' de {path}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation_files.py" />
      <source>The file '{path}' does not exist.</source>
      <translation>El archivo '{path}' no existe.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/participation_files.py" />
      <source>The file '{path}' has no rows.</source>
      <translation>El archivo '{path}' no tiene filas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/population_import.py" />
      <source>The age bands of the mapping cannot be stored together: {problems}.</source>
      <translation>Los grupos de edad del mapeo no pueden guardarse juntos: {problems}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/population_import.py" />
      <source>the age bands add up to {bands} people but the population is {population}</source>
      <translation>los grupos de edad suman {bands} personas pero la población es {population}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/population_import.py" />
      <source>there is no population row of '{ambito}' (level {level}) for {year}: import the population first (table poblacion)</source>
      <translation>no hay fila de población de '{ambito}' (nivel {level}) para {year}: importe primero la población (tabla poblacion)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/progress_files.py" />
      <source>'{path}' is neither a CSV nor an XLSX file.</source>
      <translation>'{path}' no es un archivo CSV ni XLSX.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/progress_files.py" />
      <source>Row {row} of '{path}' has more cells than its header has columns ({count}): a value holding the separator '{separator}'? Put it in quotes, or remove the extra cells; nothing was imported.</source>
      <translation>La fila {row} de '{path}' tiene más celdas que columnas su encabezado ({count}): ¿un valor que contiene el separador '{separator}'? Póngalo entre comillas o quite las celdas de más; no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>period {period} has not ended yet: it is reported after its cut-off ({end}); today is {today}</source>
      <translation>el periodo {period} no ha terminado: se reporta después de su fecha de corte ({end}); hoy es {today}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>The period {period} is in the future: indicators and evaluations are computed up to the current year ({year}); today is {today}.</source>
      <translation>El periodo {period} está en el futuro: los indicadores y evaluaciones se calculan hasta el año en curso ({year}); hoy es {today}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>cumulative progress {value} is lower than the last report ({last}, {period})</source>
      <translation>el avance acumulado {value} es menor que el último reporte ({last}, {period})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>cumulative investment {value} is lower than the last report ({last}, {period})</source>
      <translation>la inversión acumulada {value} es menor que la del último reporte ({last}, {period})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>investment {value} is above the project's budget ({budget})</source>
      <translation>la inversión {value} supera el presupuesto del proyecto ({budget})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>reported state 'sin_iniciar' contradicts a cumulative physical progress of {value}: a project with progress has started (report 'en_ejecucion')</source>
      <translation>el estado reportado 'sin_iniciar' contradice un avance físico acumulado de {value}: un proyecto con avance ya inició (reporte 'en_ejecucion')</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>reported state 'terminado' contradicts a cumulative physical progress of {value}, below the goal ({goal}): a finished project reports its whole goal</source>
      <translation>el estado reportado 'terminado' contradice un avance físico acumulado de {value}, por debajo de la meta ({goal}): un proyecto terminado reporta toda su meta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>unknown project '{code}'</source>
      <translation>proyecto desconocido '{code}'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>project {code} belongs to the entity '{owner}', not to '{entity}' (field 'entidad'): each entity reports only its own projects</source>
      <translation>el proyecto {code} es de la entidad '{owner}', no de '{entity}' (campo 'entidad'): cada entidad reporta solo sus propios proyectos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>period '{period}' must look like 2025-S1 or 2025-S2</source>
      <translation>el periodo '{period}' debe tener la forma 2025-S1 o 2025-S2</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>cut-off date {date} is outside period {period} ({start} to {end})</source>
      <translation>la fecha de corte {date} está fuera del periodo {period} ({start} a {end})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>cumulative physical progress '{value}' is not a number</source>
      <translation>el avance físico acumulado '{value}' no es un número</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>investment '{value}' is not a number</source>
      <translation>la inversión '{value}' no es un número</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>unknown state '{state}'; allowed: {allowed}</source>
      <translation>estado desconocido '{state}'; permitidos: {allowed}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>: explain why in the notes</source>
      <translation>: explique el motivo en las observaciones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>cut-off date '{date}' is not a date (YYYY-MM-DD)</source>
      <translation>la fecha de corte '{date}' no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>cumulative physical progress {value} is outside 0 to the goal ({goal} {unit})</source>
      <translation>el avance físico acumulado {value} está fuera de 0 a la meta ({goal} {unit})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects.py" />
      <source>investment {value} is negative</source>
      <translation>la inversión {value} es negativa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/projects_battery.py" />
      <source>no projects in this scope</source>
      <translation>no hay proyectos en este ámbito</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/accountability.py" />
      <source>Population</source>
      <translation>Población</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/accountability.py" />
      <source>0–14 years</source>
      <translation>0–14 años</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/accountability.py" />
      <source>15–59 years</source>
      <translation>15–59 años</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/accountability.py" />
      <source>60+ years</source>
      <translation>60 años o más</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/accountability.py" />
      <source>Weighted progress %</source>
      <translation>% de avance ponderado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/evaluation.py" />
      <source>Evaluation of the plan</source>
      <translation>Evaluación del plan</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/evaluation.py" />
      <source>Rating of objectives</source>
      <translation>Calificación de los objetivos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/evaluation.py" />
      <source>Type of plan</source>
      <translation>Tipo de plan</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/evaluation.py" />
      <source>Scope</source>
      <translation>Ámbito</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>January</source>
      <translation>enero</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>February</source>
      <translation>febrero</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>March</source>
      <translation>marzo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>April</source>
      <translation>abril</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>May</source>
      <translation>mayo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>June</source>
      <translation>junio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>July</source>
      <translation>julio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>August</source>
      <translation>agosto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>September</source>
      <translation>septiembre</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>October</source>
      <translation>octubre</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>November</source>
      <translation>noviembre</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>December</source>
      <translation>diciembre</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/format.py" />
      <source>{day} {month} {year}</source>
      <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>not inspected</source>
      <translation>sin inspección</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Heritage assets and their state of conservation</source>
      <translation>Bienes de interés cultural y su estado de conservación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Heritage assets by unit</source>
      <translation>Bienes de interés cultural por unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Banco de experiencias</source>
      <translation>Banco de experiencias</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Heritage assets (BIC) and their state of conservation at their latest inspection; public owners only</source>
      <translation>Bienes de interés cultural (BIC) y su estado de conservación en su última inspección; solo propietarios públicos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Zones of the heritage assets' special plans (PEMP)</source>
      <translation>Zonas de los planes especiales de manejo y protección (PEMP) de los bienes</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Last inspection</source>
      <translation>Última inspección</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Public owner</source>
      <translation>Propietario público</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Inspected in the period</source>
      <translation>Inspeccionados en el periodo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/heritage.py" />
      <source>Cost (COP)</source>
      <translation>Costo (COP)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/indicators.py" />
      <source>Indicators of the municipality</source>
      <translation>Indicadores del municipio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Urban obligations</source>
      <translation>Obligaciones urbanísticas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Received against due, by type of obligation</source>
      <translation>Recibido frente a debido, por tipo de obligación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Where the money received went</source>
      <translation>Destino del dinero recibido</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Needs per government term (programmed minus executed)</source>
      <translation>Necesidades por periodo de gobierno (programado menos ejecutado)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Planning and management instruments adopted by the cut-off, with their state</source>
      <translation>Instrumentos de planeación y gestión adoptados a la fecha de corte, con su estado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Urban obligations with what was received and their state at the cut-off</source>
      <translation>Obligaciones urbanísticas, lo recibido de ellas y su estado a la fecha de corte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Instrument</source>
      <translation>Instrumento</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Destination</source>
      <translation>Destino</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Due date</source>
      <translation>Fecha límite</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Promoter</source>
      <translation>Promotor</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>COP</source>
      <translation>COP</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Programmed COP</source>
      <translation>Programado COP</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Executed COP</source>
      <translation>Ejecutado COP</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Need COP</source>
      <translation>Necesidad COP</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Not assigned to a POT project</source>
      <translation>Sin destinar a un proyecto del POT</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Investment of {year} by territorial unit and source</source>
      <translation>Inversión de {year} por unidad territorial y fuente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>Total COP</source>
      <translation>Total COP</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/instruments.py" />
      <source>{source} per inhabitant</source>
      <translation>{source} por habitante</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/labels.py" />
      <source>Green</source>
      <translation>Verde</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/labels.py" />
      <source>Yellow</source>
      <translation>Amarillo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/labels.py" />
      <source>Red</source>
      <translation>Rojo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/labels.py" />
      <source>Grey (no value or no target)</source>
      <translation>Gris (sin dato o sin meta)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/labels.py" />
      <source>High</source>
      <translation>Alto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/labels.py" />
      <source>Medium</source>
      <translation>Medio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/labels.py" />
      <source>Low</source>
      <translation>Bajo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/legend.py" />
      <source>Target met ({sign} {target})</source>
      <translation>Meta cumplida ({sign} {target})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/legend.py" />
      <source>Better than the baseline, short of the target</source>
      <translation>Mejor que la línea base, sin alcanzar la meta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/legend.py" />
      <source>No better than the baseline ({sign} {baseline})</source>
      <translation>No mejora la línea base ({sign} {baseline})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/legend.py" />
      <source>Short of the target ({sign} {target})</source>
      <translation>Sin alcanzar la meta ({sign} {target})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/measurements.py" />
      <source>Measurements</source>
      <translation>Mediciones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>(text withheld: it may hold personal data)</source>
      <translation>(texto retirado: puede contener datos personales)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Participants by territorial unit</source>
      <translation>Participantes por unidad territorial</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Commitments by month and state</source>
      <translation>Compromisos por mes y estado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Executed activities</source>
      <translation>Actividades ejecutadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Programmed activities</source>
      <translation>Actividades programadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Women %</source>
      <translation>Mujeres %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Evaluations applied % (procedure: 10 %)</source>
      <translation>Evaluaciones aplicadas % (procedimiento: 10 %)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Spaces with gender approach %</source>
      <translation>Espacios con enfoque de género %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Spaces with differential approach %</source>
      <translation>Espacios con enfoque diferencial %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Spaces with territorial approach %</source>
      <translation>Espacios con enfoque territorial %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Commitments kept %</source>
      <translation>Compromisos cumplidos %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Commitments overdue</source>
      <translation>Compromisos vencidos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Participation activities of the period where they took place, with their attendance as counts (no names)</source>
      <translation>Actividades de participación del periodo donde se realizaron, con su asistencia en conteos (sin nombres)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Scale</source>
      <translation>Escala</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Evaluations applied</source>
      <translation>Evaluaciones aplicadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Month</source>
      <translation>Mes</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/participation.py" />
      <source>Participants in {stage}</source>
      <translation>Participantes en {stage}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/period.py" />
      <source>The period '{period}' must look like 2024 or 2024-S1.</source>
      <translation>El periodo '{period}' debe tener la forma 2024 o 2024-S1.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Target population</source>
      <translation>Población objetivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Supply per 1,000</source>
      <translation>Oferta por 1.000</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Accessibility (E2SFCA) per 1,000</source>
      <translation>Accesibilidad (E2SFCA) por 1.000</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Deficit (persons)</source>
      <translation>Déficit (personas)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Beyond 1,500 m (persons)</source>
      <translation>A más de 1.500 m (personas)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Use of capacity %</source>
      <translation>Uso de la capacidad %</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Node</source>
      <translation>Nodo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Manager</source>
      <translation>Gestor</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>POT project</source>
      <translation>Proyecto del POT</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Physical progress at the cut-off</source>
      <translation>Avance físico al corte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Facilities</source>
      <translation>Equipamientos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>public</source>
      <translation>pública</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>private</source>
      <translation>privada</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>no progress report</source>
      <translation>sin reporte de avance</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Nodes of equipamientos: manager, state and the physical progress (% of the goal) of the POT project each one is, at the cut-off</source>
      <translation>Nodos de equipamientos: gestor, estado y avance físico (% de la meta) del proyecto del POT que es cada uno, a la fecha de corte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Social services observatory: {sector}</source>
      <translation>Observatorio de servicios sociales: {sector}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>{code} (not in the expediente)</source>
      <translation>{code} (no está en el expediente)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Social services observatory, {sector}: target population, supply and accessibility per 1,000, deficit, persons beyond 1,500 m and use of capacity % by unit, measured in {period}</source>
      <translation>Observatorio de servicios sociales, {sector}: población objetivo, oferta y accesibilidad por 1.000, déficit, personas a más de 1.500 m y uso de la capacidad (%) por unidad, medido en {period}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/report/services.py" />
      <source>Social services observatory, {sector}: operating facilities with their capacity</source>
      <translation>Observatorio de servicios sociales, {sector}: equipamientos en operación con su capacidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/schema.py" />
      <source>Unknown table '{name}'. Tables: {tables}.</source>
      <translation>Tabla desconocida '{name}'. Tablas: {tables}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>The file '{path}' lacks the columns {columns} of the facilities' report template; use the template the plugin generates (export_service_templates).</source>
      <translation>Al archivo '{path}' le faltan las columnas {columns} de la plantilla de reporte de equipamientos; use la plantilla que genera el complemento (export_service_templates).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>The file '{path}' reports users in the age bands {found}, but the expediente's population declares {declared}: export the template again (export_service_templates) and copy the figures into its columns; nothing was imported.</source>
      <translation>El archivo '{path}' reporta usuarios en los grupos de edad {found}, pero la población del expediente declara {declared}: exporte de nuevo la plantilla (export_service_templates) y copie las cifras en sus columnas; no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>field '{field}' is '{value}', not a whole number of persons</source>
      <translation>el campo '{field}' es '{value}', no un número entero de personas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>field '{field}' is {value}: it cannot be negative</source>
      <translation>el campo '{field}' es {value}: no puede ser negativo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>field '{field}' is '{value}', not a number</source>
      <translation>el campo '{field}' es '{value}', que no es un número</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>field '{field}' is {value}, above any facility's capacity</source>
      <translation>el campo '{field}' es {value}, por encima de la capacidad de cualquier equipamiento</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>unknown facility '{code}' (field 'equipamiento'): it is not in the expediente</source>
      <translation>equipamiento desconocido '{code}' (campo 'equipamiento'): no está en el expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>facility {code} is run by '{owner}', not by '{entity}' (field 'entidad')</source>
      <translation>el equipamiento {code} lo administra '{owner}', no '{entity}' (campo 'entidad')</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>{what} add up to {total}, more than the {users} users reported</source>
      <translation>{what} suman {total}, más que los {users} usuarios reportados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>users by age group</source>
      <translation>los usuarios por grupo de edad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>{users} users are far above the capacity of {capacity} (more than {times}×)</source>
      <translation>{users} usuarios están muy por encima de la capacidad de {capacity} (más de {times}×)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>capacity in use {used} is above the capacity {capacity}</source>
      <translation>la capacidad en uso {used} supera la capacidad {capacity}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>field '{field}' is required</source>
      <translation>el campo '{field}' es obligatorio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>users by sex</source>
      <translation>los usuarios por sexo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>: explain it in 'observaciones' or correct the figures</source>
      <translation>: explíquelo en 'observaciones' o corrija las cifras</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/service_reports.py" />
      <source>: explain it in 'observaciones' (shifts, overcrowding) or correct the figure</source>
      <translation>: explíquelo en 'observaciones' (jornadas, hacinamiento) o corrija la cifra</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/text_files.py" />
      <source>The file '{path}' cannot be read as text (UTF-8, UTF-16 or Windows-1252); save it as UTF-8 and import it again.</source>
      <translation>El archivo '{path}' no se puede leer como texto (UTF-8, UTF-16 o Windows-1252); guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/text_files.py" />
      <source>Row {row} of '{path}', field '{field}', holds {size} characters; a value takes at most {maximum}. The file is damaged or the wrong column was pasted; nothing was imported.</source>
      <translation>La fila {row} de '{path}', campo '{field}', tiene {size} caracteres; un valor admite como máximo {maximum}. El archivo está dañado o se pegó la columna equivocada; no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source>code '{code}' matches no territorial unit of level '{level}' in the expediente</source>
      <translation>el código '{code}' no corresponde a ninguna unidad territorial de nivel '{level}' del expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source>code '{code}' names units of several levels ({levels}): map the field 'nivel'</source>
      <translation>el código '{code}' nombra unidades de varios niveles ({levels}): mapee el campo 'nivel'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source>block '{code}' is not in the expediente (table manzana)</source>
      <translation>la manzana '{code}' no está en el expediente (tabla manzana)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source>lot '{code}' is not in the expediente (table predio)</source>
      <translation>el predio '{code}' no está en el expediente (tabla predio)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source>code '{code}' matches no block and no territorial unit of the expediente</source>
      <translation>el código '{code}' no corresponde a ninguna manzana ni unidad territorial del expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source> (level {levels})</source>
      <translation> (nivel {levels})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source>{rows} rows of '{table}' name in field '{field}' codes that match nothing in the expediente{level}: {codes}.</source>
      <translation>{rows} filas de '{table}' nombran en el campo '{field}' códigos que no corresponden a nada del expediente{level}: {codes}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source> … and {count} more</source>
      <translation> … y {count} más</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source>level '{level}' only marks rows of older expedientes whose code matched nothing; give the row's real level</source>
      <translation>el nivel '{level}' solo marca filas de expedientes anteriores cuyo código no correspondía a nada; indique el nivel real de la fila</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/unit_references.py" />
      <source>code '{code}' matches no territorial unit of the expediente</source>
      <translation>el código '{code}' no corresponde a ninguna unidad territorial del expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/user_json.py" />
      <source>the syntax is not valid</source>
      <translation>la sintaxis no es válida</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/user_json.py" />
      <source>a value was expected</source>
      <translation>se esperaba un valor</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/user_json.py" />
      <source>a comma ',' was expected</source>
      <translation>se esperaba una coma ','</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/user_json.py" />
      <source>a colon ':' was expected</source>
      <translation>se esperaban dos puntos ':'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/user_json.py" />
      <source>a name in double quotes was expected</source>
      <translation>se esperaba un nombre entre comillas dobles</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/user_json.py" />
      <source>a text is not closed with its double quote</source>
      <translation>un texto no se cierra con su comilla doble</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/user_json.py" />
      <source>there is more text after the end</source>
      <translation>hay más texto después del final</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/user_json.py" />
      <source>a text holds a line break or a tab (write them as \n or \t)</source>
      <translation>un texto tiene un salto de línea o un tabulador (escríbalos como \n o \t)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/user_json.py" />
      <source>a backslash (\) starts an escape that does not exist</source>
      <translation>una barra invertida (\) inicia un escape que no existe</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/value_rules.py" />
      <source>the text of field '{field}' holds U+FFFD (�), a character lost to a wrong encoding: '{value}'; save the file as UTF-8 and import it again</source>
      <translation>el texto del campo '{field}' contiene U+FFFD (�), un carácter perdido por una codificación equivocada: '{value}'; guarde el archivo como UTF-8 e impórtelo de nuevo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/value_rules.py" />
      <source>the text of field '{field}' has {length} characters; at most {maximum} fit</source>
      <translation>el texto del campo '{field}' tiene {length} caracteres; caben como máximo {maximum}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/value_rules.py" />
      <source>the date {date} of field '{field}' is in the future (today is {today}): it records something that already happened; check the date or the device's clock</source>
      <translation>la fecha {date} del campo '{field}' está en el futuro (hoy es {today}): registra algo que ya ocurrió; revise la fecha o el reloj del dispositivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/value_rules.py" />
      <source>the value {value} of field '{field}' is implausible: above {maximum}{where}</source>
      <translation>el valor {value} del campo '{field}' es inverosímil: supera {maximum}{where}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/core/value_rules.py" />
      <source> for the unit '{unit}'</source>
      <translation> para la unidad '{unit}'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/kinds.py" />
      <source>alert '{code}' does not exist in the expediente</source>
      <translation>la alerta '{code}' no existe en el expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/kinds.py" />
      <source>heritage asset '{code}' does not exist in the expediente</source>
      <translation>el bien de interés cultural '{code}' no existe en el expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/kinds.py" />
      <source>Unknown kind of field package '{kind}'. Kinds: {kinds}.</source>
      <translation>Clase de paquete de campo desconocida '{kind}'. Clases: {kinds}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/qfield_project.py" />
      <source>The field project could not be written: {error}</source>
      <translation>No se pudo escribir el proyecto de campo: {error}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>'{name}' in the field package is not a regular file (a link, a device or a pipe): refused, nothing was imported.</source>
      <translation>'{name}' en el paquete de campo no es un archivo regular (un enlace, un dispositivo o una tubería): rechazado, no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>The path '{path}' leads outside the field package: refused, nothing was imported.</source>
      <translation>La ruta '{path}' sale del paquete de campo: rechazado, no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>A field package holds exactly one GeoPackage next to its project; '{folder}' holds {count}.</source>
      <translation>Un paquete de campo tiene exactamente un GeoPackage junto a su proyecto; '{folder}' tiene {count}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>The photo '{name}' of the field package is not an image (it does not decode as JPEG, PNG, WEBP or HEIF): refused, nothing was imported.</source>
      <translation>La foto '{name}' del paquete de campo no es una imagen (no se decodifica como JPEG, PNG, WEBP ni HEIF): rechazado, no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>'{path}' is not a complete field package (damaged or truncated zip: {error}); nothing was imported.</source>
      <translation>'{path}' no es un paquete de campo completo (zip dañado o truncado: {error}); no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>The GeoPackage of the field package '{path}' has a changed table '{table}' (columns {columns}); nothing was imported.</source>
      <translation>El GeoPackage del paquete de campo '{path}' tiene la tabla '{table}' cambiada (columnas {columns}); no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>The GeoPackage of the field package '{path}' cannot be read ({error}); nothing was imported.</source>
      <translation>No se puede leer el GeoPackage del paquete de campo '{path}' ({error}); no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>The field package '{path}' is damaged or was modified (file '{member}' fails its check): nothing was imported.</source>
      <translation>El paquete de campo '{path}' está dañado o fue modificado (el archivo '{member}' no pasa su verificación): no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>'{path}' is neither a field package folder nor a .zip.</source>
      <translation>'{path}' no es ni una carpeta de paquete de campo ni un .zip.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/field_package/returned.py" />
      <source>'{path}' is not a POT Seguimiento field package.</source>
      <translation>'{path}' no es un paquete de campo de POT Seguimiento.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>Open expediente</source>
      <translation>Abrir expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>POT Seguimiento</source>
      <translation>POT Seguimiento</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>Click on the map where the activity took place (its unit's centre if it had no place), fill its form and its commitments, then save the layer's edits.</source>
      <translation>Haga clic en el mapa donde se realizó la actividad (el centro de su unidad si no tuvo un lugar), diligencie su formulario y sus compromisos, y guarde las ediciones de la capa.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>Open an expediente first.</source>
      <translation>Abra primero un expediente.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>Expediente opened: {path}</source>
      <translation>Expediente abierto: {path}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>Expediente PDF written: {path}</source>
      <translation>PDF del expediente escrito: {path}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>Participation report written: {path}</source>
      <translation>Informe de participación escrito: {path}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Evaluation of the POT</source>
      <translation>Evaluación del POT</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Archive</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Structure of the plan</source>
      <translation>Estructura del plan</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Evaluation</source>
      <translation>Evaluación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Search title, code, type, article…</source>
      <translation>Buscar título, código, tipo, artículo…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Open document</source>
      <translation>Abrir documento</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Show its layer</source>
      <translation>Ver su capa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>For an adopted map (plano): select the expediente layer it relates to</source>
      <translation>Para un plano adoptado: selecciona la capa del expediente a la que corresponde</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Evaluate</source>
      <translation>Evaluar</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Report to the Concejo…</source>
      <translation>Informe al Concejo…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Search project, strategy, results, lessons, unit…</source>
      <translation>Buscar proyecto, estrategia, resultados, lecciones, unidad…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Open its document</source>
      <translation>Abrir su documento</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>The first document of the archive the experience names</source>
      <translation>El primer documento del archivo que la experiencia nombra</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>In force</source>
      <translation>Vigente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Articles</source>
      <translation>Artículos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Element</source>
      <translation>Elemento</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Select an experience to read it.</source>
      <translation>Seleccione una experiencia para leerla.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Responsible entity</source>
      <translation>Entidad responsable</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Documents in the archive</source>
      <translation>Documentos en el archivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>This document has no file or address.</source>
      <translation>Este documento no tiene archivo ni dirección.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>{gaps} articulation gaps; sufficiency {percent} %.</source>
      <translation>{gaps} vacíos de articulación; suficiencia {percent} %.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>None of the documents {codes} is in the archive.</source>
      <translation>Ninguno de los documentos {codes} está en el archivo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Program {code} — {name}</source>
      <translation>Programa {code} — {name}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/evaluation_panel.py" />
      <source>Project {code} — {name}</source>
      <translation>Proyecto {code} — {name}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/expediente_layers.py" />
      <source>Follow-up tables</source>
      <translation>Tablas de seguimiento</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/expediente_layers.py" />
      <source>QGIS could not open the tables of '{name}'. For a PostgreSQL expediente, save the connection in QGIS (Browser › PostgreSQL, with an authentication configuration) or in pgpass/pg_service, and open it by that name.</source>
      <translation>QGIS no pudo abrir las tablas de '{name}'. Para un expediente en PostgreSQL, guarde la conexión en QGIS (Navegador › PostgreSQL, con una configuración de autenticación) o en pgpass/pg_service, y ábralo por ese nombre.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Search by code</source>
      <translation>Buscar por código</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Field package…</source>
      <translation>Paquete de campo…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>A QField package with the selected alerts (or the listed ones)</source>
      <translation>Un paquete de QField con las alertas seleccionadas (o las de la lista)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Import returned package…</source>
      <translation>Importar paquete devuelto…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Record action…</source>
      <translation>Registrar acción…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Detect alerts…</source>
      <translation>Detectar alertas…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>New footprints in protection land, rondas, high hazard, rural land or public space become alerts</source>
      <translation>Las huellas nuevas en suelo de protección, rondas, amenaza alta, suelo rural o espacio público se vuelven alertas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Returned field package</source>
      <translation>Paquete de campo devuelto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>All</source>
      <translation>Todos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>none yet</source>
      <translation>ninguna todavía</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Field package</source>
      <translation>Paquete de campo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Cancelled; nothing was imported.</source>
      <translation>Cancelado; no se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>{shown} of {total} alerts</source>
      <translation>{shown} de {total} alertas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>State: {state} · priority {priority} · {unit} · {area} m²</source>
      <translation>Estado: {state} · prioridad {priority} · {unit} · {area} m²</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>Package imported: {importada} visits, {corregida} corrections, {duplicada} already there, {rechazada} rejected, {nueva_version} outlines redrawn.</source>
      <translation>Paquete importado: {importada} visitas, {corregida} correcciones, {duplicada} ya estaban, {rechazada} rechazadas, {nueva_version} contornos redibujados.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/field_control_panel.py" />
      <source>correction</source>
      <translation>corrección</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/form_rules.py" />
      <source>Value out of range</source>
      <translation>Valor fuera de rango</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/form_rules.py" />
      <source>a date of something that happened cannot be in the future</source>
      <translation>la fecha de algo que ya ocurrió no puede estar en el futuro</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/form_rules.py" />
      <source>text with U+FFFD (a character lost to a wrong encoding)</source>
      <translation>texto con U+FFFD (un carácter perdido por una codificación errónea)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/form_rules.py" />
      <source>implausible: above {maximum}</source>
      <translation>inverosímil: por encima de {maximum}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Period</source>
      <translation>Periodo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Territorial level</source>
      <translation>Nivel territorial</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Target of the horizon</source>
      <translation>Meta del horizonte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Compute</source>
      <translation>Calcular</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Computing…</source>
      <translation>Calculando…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Cancelled: the earlier measurements are untouched.</source>
      <translation>Cancelado: las mediciones anteriores quedan intactas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Measurements kept in the expediente for period {period}.</source>
      <translation>Mediciones guardadas en el expediente para el periodo {period}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>The computation failed.</source>
      <translation>El cálculo falló.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Indicators computed for period {period}.</source>
      <translation>Indicadores calculados para el periodo {period}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Indicators {period} ({level})</source>
      <translation>Indicadores {period} ({level})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/indicators_panel.py" />
      <source>Baseline {baseline} · target ({horizon}) {target}</source>
      <translation>Línea base {baseline} · meta ({horizon}) {target}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/postgis_dialog.py" />
      <source>Open expediente from PostgreSQL</source>
      <translation>Abrir expediente desde PostgreSQL</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/postgis_dialog.py" />
      <source>A PostgreSQL connection saved in QGIS (Browser › PostgreSQL), service=NAME or postgresql://user@host/database</source>
      <translation>Una conexión PostgreSQL guardada en QGIS (Navegador › PostgreSQL), service=NOMBRE o postgresql://usuario@servidor/base</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/postgis_dialog.py" />
      <source>Connection</source>
      <translation>Conexión</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/postgis_dialog.py" />
      <source>Schema</source>
      <translation>Esquema</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Project follow-up</source>
      <translation>Seguimiento de proyectos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Search by code or name</source>
      <translation>Buscar por código o nombre</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Record the report of a period</source>
      <translation>Registrar el reporte de un periodo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Save report</source>
      <translation>Guardar reporte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>not evaluated</source>
      <translation>sin evaluar</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Report saved.</source>
      <translation>Reporte guardado.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Evaluating…</source>
      <translation>Evaluando…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Entity</source>
      <translation>Entidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Horizon</source>
      <translation>Horizonte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Cut-off</source>
      <translation>Corte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Physical</source>
      <translation>Físico</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Investment</source>
      <translation>Inversión</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Reported state</source>
      <translation>Estado reportado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Cut-off date</source>
      <translation>Fecha de corte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Cumulative physical progress</source>
      <translation>Avance físico acumulado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Cumulative investment (COP)</source>
      <translation>Inversión acumulada (COP)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Evidence</source>
      <translation>Evidencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Reported by</source>
      <translation>Reportado por</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Progress (%)</source>
      <translation>Avance (%)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Goal</source>
      <translation>Meta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>(superseded) </source>
      <translation>(reemplazado) </translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>expected</source>
      <translation>esperado</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>physical %</source>
      <translation>% físico</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>financial %</source>
      <translation>% financiero</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>The report could not be saved.</source>
      <translation>El reporte no se pudo guardar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>The evaluation failed.</source>
      <translation>La evaluación falló.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Projects by state at {date}</source>
      <translation>Proyectos por estado al {date}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/gui/projects_panel.py" />
      <source>Evaluated at {date}: </source>
      <translation>Evaluados al {date}: </translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>New expediente…</source>
      <translation>Nuevo expediente…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>Open expediente…</source>
      <translation>Abrir expediente…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>Open expediente from PostgreSQL…</source>
      <translation>Abrir expediente desde PostgreSQL…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>Export expediente…</source>
      <translation>Exportar expediente…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>Publish minisite…</source>
      <translation>Publicar minisitio…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>Semiannual cycle…</source>
      <translation>Ciclo semestral…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>Record a participation activity</source>
      <translation>Registrar actividad de participación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>Import participation…</source>
      <translation>Importar participación…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>Participation report…</source>
      <translation>Informe de participación…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin_without_dependencies.py" />
      <source>Install them with 'make install' from the plugin's source, or with '{python} -m pip install --no-binary shapely {packages}' for QGIS's Python.</source>
      <translation>Instálelos con 'make install' desde el código fuente del complemento, o con '{python} -m pip install --no-binary shapely {packages}' para el Python de QGIS.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin_without_dependencies.py" />
      <source>Install them with: sudo apt install {packages}</source>
      <translation>Instálelos con: sudo apt install {packages}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/plugin_without_dependencies.py" />
      <source>POT Seguimiento cannot start: missing Python packages {packages}.</source>
      <translation>POT Seguimiento no puede iniciar. Faltan paquetes de Python: {packages}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>Expediente (GeoPackage, or PostgreSQL connection)</source>
      <translation>Expediente (GeoPackage, o conexión PostgreSQL)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>Language of the documents</source>
      <translation>Idioma de los documentos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>Field control</source>
      <translation>Control de ocupaciones</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>Participation</source>
      <translation>Participación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>Folder for the templates</source>
      <translation>Carpeta para las plantillas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>Files written</source>
      <translation>Archivos escritos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>Cancelled by the user; nothing was written.</source>
      <translation>Cancelado por el usuario; no se escribió nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>Entity (empty = every entity)</source>
      <translation>Entidad (vacío = todas)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>All files</source>
      <translation>Todos los archivos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>A parameter has a value that cannot be used; nothing was run. ({detail})</source>
      <translation>Un parámetro tiene un valor que no se puede usar; no se ejecutó nada. ({detail})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>The {name} '{date}' must be a date like 2025-06-30.</source>
      <translation>La {name} '{date}' debe ser una fecha como 2025-06-30.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>Compute indicators</source>
      <translation>Calcular indicadores</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>Computes the occupation-model and land-value indicators of a period for every territorial unit of a level and for the whole municipality, and writes them as measurements (value, numerator, denominator and parameters used). Recomputing a period replaces that period only. Geometries that cross unit boundaries are apportioned by area. INDICATORS: codes separated by commas (empty = all). PARAMETERS: JSON per code, e.g. {"cobertura_salud": {"distancia_m": 1000}, "valor_suelo_variacion_real": {"ipc": {"2024": 5.2}}}; valid ranges: distances (distancia_m, distancia_baja_m, distancia_alta_m) 1 to 50,000 m, meta_nacional 0.1 to 1,000 m²/hab, ipc -50 to 1,000 % per year. PERIOD: up to the current year; a later one is refused.
Population given for a unit is that unit's own at its level; other levels add it up through codigo_padre or, without that link, place it where it lives. Coverage, SDG 11.2.1 and exposure measure distances from where people live: block population as it is; population by unit spread inside each unit over its blocks or lots, else building footprints, else the zones marked residential (RESIDENTIAL_ZONES: zonificacion categories separated by ';', * as a wildcard; kept in the expediente for the next runs when empty, '-' for none), else its urban land, else the whole unit, on a grid of points GRID_SPACING metres apart. Each measurement keeps how its population was found and spread.</source>
      <translation>Calcula los indicadores del modelo de ocupación y del valor del suelo de un periodo para cada unidad territorial de un nivel y para todo el municipio, y los guarda como mediciones (valor, numerador, denominador y parámetros usados). Recalcular un periodo reemplaza solo ese periodo. Las geometrías que cruzan límites de unidades se reparten por área. INDICADORES: códigos separados por comas (vacío = todos). PARÁMETROS: JSON por código, p. ej. {"cobertura_salud": {"distancia_m": 1000}, "valor_suelo_variacion_real": {"ipc": {"2024": 5.2}}}; rangos válidos: distancias (distancia_m, distancia_baja_m, distancia_alta_m) de 1 a 50.000 m, meta_nacional de 0,1 a 1.000 m²/hab, ipc de -50 a 1.000 % por año. PERIODO: hasta el año en curso; uno posterior se rechaza.
La población dada para una unidad es exactamente la de esa unidad en su nivel; los demás niveles la suman por codigo_padre o, sin ese vínculo, la ubican donde vive. Las coberturas, el ODS 11.2.1 y la exposición miden distancias desde donde vive la gente: la población por manzana tal cual; la población por unidad repartida dentro de cada unidad sobre sus manzanas o predios, si no sobre las huellas de edificaciones, si no sobre las zonas marcadas como residenciales (RESIDENTIAL_ZONES: categorías de zonificacion separadas por ';', * como comodín; si se deja vacío, las últimas dadas en el expediente; '-' para ninguna), si no sobre su suelo urbano, si no sobre toda la unidad, en una malla de puntos separados GRID_SPACING metros. Cada medición guarda cómo se obtuvo y repartió su población.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>The indicator parameters are not valid JSON: {problem} at line {line}, column {column}.</source>
      <translation>Los parámetros de los indicadores no son un JSON válido: {problem} en la línea {line}, columna {column}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>Period (2024 or 2024-S1)</source>
      <translation>Periodo (2024 o 2024-S1)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>Indicator codes (empty = all)</source>
      <translation>Códigos de indicador (vacío = todos)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>Parameters per indicator (JSON)</source>
      <translation>Parámetros por indicador (JSON)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>Residential zoning categories, separated by ';' (where people live)</source>
      <translation>Categorías de zonificación residencial, separadas por ';' (donde vive la población)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>Spacing of the population grid (m)</source>
      <translation>Separación de la malla de población (m)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>Indicators by unit</source>
      <translation>Indicadores por unidad</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>Reading the expediente…</source>
      <translation>Leyendo el expediente…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/compute_indicators.py" />
      <source>{count} indicators computed for {units} units of level '{level}', period {period}.</source>
      <translation>{count} indicadores calculados para {units} unidades del nivel '{level}', periodo {period}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Create expediente</source>
      <translation>Crear expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Creates a new expediente (GeoPackage) with every table of the current schema: territorial units, blocks, lots, population, land value, zoning, public space, facilities, hazards, transit, footprints, programs, projects, budget, progress, indicators, measurements and field control (occupation alerts, field visits, control actions). The CRS must be projected; the default is EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional). OUTPUT may also be a PostgreSQL database with PostGIS: postgresql://user@host/database?schema=pot, service=NAME or a connection saved in QGIS (the schema must not exist yet); EVIDENCE_FOLDER is then the shared folder where field photos are kept.</source>
      <translation>Crea un expediente nuevo (GeoPackage) con todas las tablas del esquema vigente: unidades territoriales, manzanas, predios, población, valor del suelo, zonificación, espacio público, equipamientos, amenazas, transporte, huella urbana, programas, proyectos, presupuesto, avance, indicadores, mediciones y control de ocupaciones (alertas, visitas de campo, acciones de control). El SRC debe ser proyectado; por defecto es EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional). OUTPUT también puede ser una base PostgreSQL con PostGIS: postgresql://usuario@servidor/base?schema=pot, service=NOMBRE o una conexión guardada en QGIS (el esquema aún no debe existir); EVIDENCE_FOLDER es entonces la carpeta compartida donde se guardan las fotos de campo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Expediente (GeoPackage, or a PostgreSQL connection)</source>
      <translation>Expediente (GeoPackage, o una conexión PostgreSQL)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Coordinate reference system</source>
      <translation>Sistema de referencia de coordenadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>DANE code</source>
      <translation>Código DANE</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Shared folder for field photos (PostgreSQL only)</source>
      <translation>Carpeta compartida para las fotos de campo (solo PostgreSQL)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Schema version</source>
      <translation>Versión del esquema</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>The DANE code '{code}' must have 5 digits (e.g. 11001 for Bogotá).</source>
      <translation>El código DANE '{code}' debe tener 5 dígitos (p. ej. 11001 para Bogotá).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Expediente created: {path}</source>
      <translation>Expediente creado: {path}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluate_projects.py" />
      <source>Evaluate projects</source>
      <translation>Evaluar proyectos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluate_projects.py" />
      <source>Each POT project's state at a cut-off date (sin_iniciar, al_dia, retrasado, incumplimiento, terminado) from its goal, its linear expected trajectory between its start and end years and its latest valid progress report. Lagging more than the tolerance is 'retrasado', more than three tolerances or past its end year is 'incumplimiento'. Writes the projects battery as measurements of the cut-off's semester: non-compliance by horizon, projects with a budget allocation, weighted physical progress and financial execution by program and by unit, and investment per inhabitant by unit (projects apportioned by area).</source>
      <translation>El estado de cada proyecto del POT a una fecha de corte (sin_iniciar, al_dia, retrasado, incumplimiento, terminado) según su meta, su trayectoria esperada lineal entre los años de inicio y terminación y su último reporte de avance válido. Un rezago mayor que la tolerancia es 'retrasado'; mayor que tres tolerancias, o vencido el año de terminación, es 'incumplimiento'. Guarda la batería de proyectos como mediciones del semestre de corte: incumplimiento por horizonte, proyectos con asignación presupuestal, avance físico ponderado y ejecución financiera por programa y por unidad, e inversión por habitante por unidad (proyectos repartidos por área).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluate_projects.py" />
      <source>cut-off date</source>
      <translation>fecha de corte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluate_projects.py" />
      <source>Cut-off date (YYYY-MM-DD)</source>
      <translation>Fecha de corte (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluate_projects.py" />
      <source>Tolerance (percentage points of the goal)</source>
      <translation>Tolerancia (puntos porcentuales de la meta)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluate_projects.py" />
      <source>Evaluated projects</source>
      <translation>Proyectos evaluados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluate_projects.py" />
      <source>Program summary</source>
      <translation>Resumen por programa</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluate_projects.py" />
      <source>The expediente has no projects to evaluate.</source>
      <translation>El expediente no tiene proyectos para evaluar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluate_projects.py" />
      <source>Projects at {date}: {counts}</source>
      <translation>Proyectos al {date}: {counts}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>Import documents into the archive</source>
      <translation>Importar documentos al archivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>Registers the POT's technical and historical archive: one row of METADATA (CSV or XLSX) per document with the columns of the documento table (codigo, titulo, tipo, numero, fecha, entidad, componente, vigente, articulos, and escala and capa for adopted maps) and, in 'archivo', the document's file inside INPUT (copied beside the expediente) or its URL. All or nothing.</source>
      <translation>Registra el archivo técnico e histórico del POT: una fila de METADATA (CSV o XLSX) por documento con las columnas de la tabla documento (codigo, titulo, tipo, numero, fecha, entidad, componente, vigente, articulos, y escala y capa para los planos adoptados) y, en 'archivo', el archivo del documento dentro de INPUT (se copia junto al expediente) o su URL. Todo o nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>Evaluate the plan</source>
      <translation>Evaluar el plan</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>The evaluation of the POT in YEAR (cut-off 31 December). GAPS: the ends–means articulation's disconnections (objectives without strategy, project or indicator; projects serving no objective or without indicator; indicators without baseline or target; projects outside the horizons of the execution programme, counted in mayors' terms from the adopting act; links to unknown codes). SUFFICIENCY: the contents the law asks of a PLAN_TYPE (Ley 388 de 1997 arts. 12–18 and 28), present 1, partial 0.5, absent or not evaluated 0, by component. OBJECTIVES: each objective's rating: its indicators' traffic lights (green 100, yellow 50, red 0, grey left out) and its projects' states (finished and on time 100, delayed 50, non-compliant 0, not started left out); the score is the mean of both parts' means; high ≥ 80, medium ≥ 50, low below; 'sin dato' with nothing to score.</source>
      <translation>La evaluación del POT en YEAR (corte al 31 de diciembre). GAPS: las desconexiones de la articulación fines–medios (objetivos sin estrategia, proyecto o indicador; proyectos que no sirven a ningún objetivo o sin indicador; indicadores sin línea base o sin meta; proyectos por fuera de los horizontes del programa de ejecución, contados en periodos constitucionales de alcalde desde el acto de adopción; vínculos a códigos inexistentes). SUFFICIENCY: los contenidos que la ley exige a un PLAN_TYPE (Ley 388 de 1997 arts. 12–18 y 28): presente 1, parcial 0,5, ausente o sin evaluar 0, por componente. OBJECTIVES: la calificación de cada objetivo: los semáforos de sus indicadores (verde 100, amarillo 50, rojo 0, gris no cuenta) y los estados de sus proyectos (terminado y al día 100, retrasado 50, incumplimiento 0, sin iniciar no cuenta); el puntaje es el promedio de los promedios de ambas partes; alto ≥ 80, medio ≥ 50, bajo por debajo; 'sin dato' si no hay nada que calificar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>Folder with the documents</source>
      <translation>Carpeta con los documentos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>Metadata (CSV or XLSX)</source>
      <translation>Metadatos (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>Documents imported</source>
      <translation>Documentos importados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>Year the plan was adopted (empty: from the adopting act in the archive)</source>
      <translation>Año de adopción del plan (vacío: el del acto de adopción del archivo)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>Gaps found</source>
      <translation>Vacíos encontrados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>Sufficiency of the plan (%)</source>
      <translation>Suficiencia del plan (%)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>The archive has no adopting act in force (acuerdo or decreto with a date): the horizons of the projects were not checked.</source>
      <translation>El archivo no tiene un acto de adopción vigente (acuerdo o decreto con fecha): no se revisaron los horizontes de los proyectos.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>{count} documents imported into the archive.</source>
      <translation>{count} documentos importados al archivo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>{gaps} articulation gaps; sufficiency {percent:.1f} %.</source>
      <translation>{gaps} vacíos de articulación; suficiencia {percent:.1f} %.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/evaluation.py" />
      <source>'{path}' does not exist.</source>
      <translation>'{path}' no existe.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>Export expediente (PDF)</source>
      <translation>Exportar expediente (PDF)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>Writes the expediente of a period as one PDF: cover, contents, a map sheet per indicator (graduated map, legend, scale bar, north arrow, source, date, CRS, time series against baseline and target, table with traffic lights), the projects map by state with the program summary, the accountability report (projects; units by sex and age) and an atlas page per territorial unit. Pages come from the .qpt templates in resources/templates, which an office may replace with its own letterhead. Missing values read 'sin dato'.</source>
      <translation>Escribe el expediente de un periodo en un PDF: portada, contenido, una hoja por indicador (mapa graduado, leyenda, escala, flecha de norte, fuente, fecha, sistema de referencia, serie de tiempo frente a línea base y meta, tabla con semáforo), el mapa de proyectos por estado con el resumen por programa, el informe de rendición de cuentas (proyectos; unidades por sexo y edad) y una página de atlas por unidad territorial. Las páginas salen de las plantillas .qpt de resources/templates, que una oficina puede reemplazar con su propio membrete. Los valores faltantes dicen 'sin dato'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>Writing {count} pages…</source>
      <translation>Escribiendo {count} páginas…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>Targets of the horizon</source>
      <translation>Metas del horizonte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>Overwrite an existing file</source>
      <translation>Sobrescribir un archivo existente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>Pages</source>
      <translation>Páginas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>The output must be a {extension} file: '{path}'.</source>
      <translation>La salida debe ser un archivo {extension}: '{path}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>'{path}' already exists. Choose another name, or allow overwriting it.</source>
      <translation>'{path}' ya existe. Elija otro nombre, o permita sobrescribirlo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>Preparing the pages…</source>
      <translation>Preparando las páginas…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_expediente.py" />
      <source>Expediente written: {path} ({pages} pages)</source>
      <translation>Expediente escrito: {path} ({pages} páginas)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>Export open data</source>
      <translation>Exportar datos abiertos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>Writes the period's indicators by territorial unit and the projects' state and progress as GeoJSON (WGS84) and CSV, the occupation alerts and control actions, and each observatory's tables (CSV) and geographic data (GeoJSON: social services by unit, facilities and nodes; participation activities; heritage assets; instruments), with a metadata file (definitions, units, period, source, licence, a description of every file), for the POT minisite. No personal data: reporters' and inspectors' names, evidence links, photos and field notes are left out.</source>
      <translation>Escribe los indicadores del periodo por unidad territorial y el estado y avance de los proyectos en GeoJSON (WGS84) y CSV, las alertas de ocupación y acciones de control, y las tablas (CSV) y datos geográficos (GeoJSON: servicios sociales por unidad, equipamientos y nodos; actividades de participación; bienes de patrimonio; instrumentos) de cada observatorio, con un archivo de metadatos (definiciones, unidades, periodo, fuente, licencia, una descripción de cada archivo), para el minisitio del POT. Sin datos personales: se omiten los nombres de quienes reportan y de los inspectores, los enlaces a evidencias, las fotos y las observaciones de campo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>GeoJSON, WGS84</source>
      <translation>GeoJSON, WGS84</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>the expediente of the period as a PDF: maps, tables and charts</source>
      <translation>el expediente del periodo en PDF: mapas, tablas y gráficos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>metadata: definitions, units, period, source and licence</source>
      <translation>metadatos: definiciones, unidades, periodo, fuente y licencia</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>every measurement of the period's indicators, at every level, with numerator and denominator ({kind})</source>
      <translation>todas las mediciones de los indicadores del periodo, en todos los niveles, con numerador y denominador ({kind})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>the projects' progress reports up to the cut-off, without names of people ({kind})</source>
      <translation>los reportes de avance de los proyectos hasta la fecha de corte, sin nombres de personas ({kind})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>the POT projects with their state, physical progress and financial execution ({kind})</source>
      <translation>los proyectos del POT con su estado, avance físico y ejecución financiera ({kind})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>alerts of informal occupation and their state at the cut-off ({kind})</source>
      <translation>las alertas de ocupación informal y su estado a la fecha de corte ({kind})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>control actions on the alerts, without file numbers ({kind})</source>
      <translation>las acciones de control sobre las alertas, sin números de expediente ({kind})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>open data ({kind})</source>
      <translation>datos abiertos ({kind})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>Folder for the open data</source>
      <translation>Carpeta para los datos abiertos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)</source>
      <translation>Creative Commons Atribución-CompartirIgual 4.0 Internacional (CC BY-SA 4.0)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>EPSG:4326 (GeoJSON, RFC 7946); CSV without geometry</source>
      <translation>EPSG:4326 (GeoJSON, RFC 7946); CSV sin geometría</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>None: the names of reporters and inspectors, the links to evidence, the photos and the field notes are left out.</source>
      <translation>Ninguno: se omiten los nombres de quienes reportan y de los inspectores, los enlaces a evidencias, las fotos y las observaciones de campo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>indicators of the period by {level}, with the units' outlines ({kind})</source>
      <translation>los indicadores del periodo por {level}, con los límites de las unidades ({kind})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>{section}: {table} ({kind})</source>
      <translation>{section}: {table} ({kind})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>{count} open data files written in {folder}</source>
      <translation>{count} archivos de datos abiertos escritos en {folder}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/export_open_data.py" />
      <source>Expediente Municipal of the POT — {municipality} — {period}</source>
      <translation>Expediente Municipal del POT — {municipality} — {period}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Export field package (QField)</source>
      <translation>Exportar paquete de campo (QField)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Builds an offline QField project for one inspector or zone: a .qgs and one GeoPackage with the alerts to visit (styled by priority, labelled with their code; only their outline can be redrawn), an empty visit layer with its form (value lists in Spanish, mandatory fields, uuid() and now() defaults, the inspector preset, GPS accuracy from QField, up to three photos saved in DCIM/), and the context clipped 300 m around the alerts (units, zoning, hazards, public space, blocks and lots) with the expediente's styles. Paths are relative: copy the folder or the .zip to the phone. ALERTS: alert codes, or an expression such as "prioridad" &gt;= 50 AND "unidad" = '03'; empty = every open alert. The alerts packaged move to 'en_visita'. KIND 'patrimonio' packages heritage assets (BIC) instead, chosen by ASSETS (codes or an expression over bien_patrimonial; empty = all), with an inspection form: state of conservation (bueno, regular, malo, perdido), threats as check boxes (abandonment, works without a licence, graffiti, enclosure, another), notes and up to three photos; the context holds the PEMP influence zones.</source>
      <translation>Construye un proyecto de QField para trabajar sin conexión, por inspector o por zona: un .qgs y un único GeoPackage con las alertas por visitar (simbolizadas por prioridad y rotuladas con su código; solo se puede redibujar su contorno), una capa de visitas vacía con su formulario (listas de valores en español, campos obligatorios, valores por defecto uuid() y now(), el inspector ya puesto, la precisión del GPS que da QField, hasta tres fotos guardadas en DCIM/) y el contexto recortado a 300 m alrededor de las alertas (unidades, zonificación, amenazas, espacio público, manzanas y predios) con los estilos del expediente. Las rutas son relativas: copie la carpeta o el .zip al teléfono. ALERTS: códigos de alerta, o una expresión como "prioridad" &gt;= 50 AND "unidad" = '03'; vacío = todas las alertas abiertas. Las alertas empaquetadas pasan a 'en_visita'. KIND 'patrimonio' empaqueta en cambio bienes de interés cultural (BIC), elegidos con ASSETS (códigos o una expresión sobre bien_patrimonial; vacío = todos), con un formulario de inspección: estado de conservación (bueno, regular, malo, perdido), amenazas como casillas (abandono, intervención sin licencia, grafiti, cerramiento, otra), observaciones y hasta tres fotos; el contexto incluye las zonas de influencia de los PEMP.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Import field checks (QField)</source>
      <translation>Importar verificaciones de campo (QField)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Merges a field package returned from QField (a .zip, or the .qgs or .gpkg of its folder) into the expediente it was made from. Visits are known by their uuid: importing the same package twice changes nothing; packages of several inspectors all land; a visit edited on the phone after an earlier import is stored as a correction (next version) beside the original. An alert outline redrawn in the field becomes the alert's next version, the old one kept. Photos are copied to the folder &lt;expediente&gt;_evidencias next to the expediente, under names that cannot collide, with their SHA-256. A package of another expediente, a damaged or truncated zip, a changed GeoPackage or a photo path outside the package is refused and nothing is written. Alert states then follow the visits: 'confirmada', or 'descartada' when the latest visit found nothing. REPORT lists every visit, photo and outline: importada, corregida, duplicada, rechazada (with the reason) or nueva_version. A heritage package (export_field_package KIND 'patrimonio') says so itself and lands the same way: inspections by uuid into inspeccion_patrimonio, corrections as new versions, photos in foto_inspeccion under &lt;expediente&gt;_evidencias/patrimonio/.</source>
      <translation>Integra un paquete de campo devuelto por QField (un .zip, o el .qgs o el .gpkg de su carpeta) en el expediente del que salió. Las visitas se reconocen por su uuid: importar dos veces el mismo paquete no cambia nada; los paquetes de varios inspectores entran todos; una visita editada en el teléfono después de una importación se guarda como corrección (versión siguiente) junto a la original. Un contorno de alerta redibujado en campo pasa a ser la versión siguiente de la alerta y se conserva el anterior. Las fotos se copian a la carpeta &lt;expediente&gt;_evidencias junto al expediente, con nombres que no pueden chocar y su suma SHA-256. Un paquete de otro expediente, un zip dañado o truncado, un GeoPackage cambiado o una ruta de foto fuera del paquete se rechazan sin escribir nada. Después, el estado de las alertas sigue a las visitas: 'confirmada', o 'descartada' cuando la última visita no encontró nada. REPORT lista cada visita, foto y contorno: importada, corregida, duplicada, rechazada (con el motivo) o nueva_version. Un paquete de patrimonio (export_field_package KIND 'patrimonio') lo dice él mismo y entra igual: inspecciones por uuid en inspeccion_patrimonio, correcciones como versiones nuevas, fotos en foto_inspeccion bajo &lt;expediente&gt;_evidencias/patrimonio/.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Kind of package</source>
      <translation>Clase de paquete</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Alerts (codes or expression; empty = open ones)</source>
      <translation>Alertas (códigos o expresión; vacío = las abiertas)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Heritage assets (codes or expression; empty = all); kind 'patrimonio'</source>
      <translation>Bienes de interés cultural (códigos o expresión; vacío = todos); clase 'patrimonio'</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Inspector</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Package (folder or .zip)</source>
      <translation>Paquete (carpeta o .zip)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Alerts or assets in the package</source>
      <translation>Alertas o bienes en el paquete</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Package identifier</source>
      <translation>Identificador del paquete</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Give the inspector's name: it is preset in every visit of the package.</source>
      <translation>Indique el nombre del inspector: queda puesto en cada visita del paquete.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Returned package (.zip, or the .qgs or .gpkg inside its folder)</source>
      <translation>Paquete devuelto (.zip, o el .qgs o el .gpkg dentro de su carpeta)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Import report</source>
      <translation>Informe de importación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>{parameter} is neither codes nor a valid expression: {error}</source>
      <translation>{parameter} no son códigos ni una expresión válida: {error}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>No alert matches: nothing to package.</source>
      <translation>Ninguna alerta coincide: no hay nada que empaquetar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>No heritage asset matches: nothing to package.</source>
      <translation>Ningún bien de interés cultural coincide: no hay nada que empaquetar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Field package {package} with {count} alerts or assets for {inspector}: {path}</source>
      <translation>Paquete de campo {package} con {count} alertas o bienes para {inspector}: {path}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Visits: {importada} imported, {corregida} corrected, {duplicada} already there, {rechazada} rejected; {nueva_version} outlines redrawn.</source>
      <translation>Visitas: {importada} importadas, {corregida} corregidas, {duplicada} ya estaban, {rechazada} rechazadas; {nueva_version} contornos redibujados.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>'{path}' already exists; choose a new folder or .zip name.</source>
      <translation>'{path}' ya existe; elija un nombre nuevo de carpeta o de .zip.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>The returned package '{path}' does not exist.</source>
      <translation>El paquete devuelto '{path}' no existe.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/field_package.py" />
      <source>Merging package {package}…</source>
      <translation>Integrando el paquete {package}…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Generate demo municipality</source>
      <translation>Generar municipio de demostración</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Builds a deterministic, realistic synthetic municipality in a new expediente: localidades and UPZ, blocks and lots, population for two census years, land value for four years, zoning, public space, facilities, hazards, transit, a street grid, building footprints with informal growth, programs and projects with their progress, indicator definitions, and field control: occupation alerts in every state with field visits, photos (in &lt;expediente&gt;_evidencias) and control actions. The same seed gives the same municipality.</source>
      <translation>Construye en un expediente nuevo un municipio sintético, determinista y realista: localidades y UPZ, manzanas y predios, población de dos años censales, valor del suelo de cuatro años, zonificación, espacio público, equipamientos, amenazas, transporte, una malla vial en cuadrícula, huella de construcciones con crecimiento informal, programas y proyectos con su avance, definiciones de indicadores, y control de ocupaciones: alertas en todos los estados con visitas de campo, fotos (en &lt;expediente&gt;_evidencias) y acciones de control. La misma semilla da el mismo municipio.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Demo expediente (GeoPackage)</source>
      <translation>Expediente de demostración (GeoPackage)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Approximate number of lots</source>
      <translation>Número aproximado de predios</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Random seed</source>
      <translation>Semilla aleatoria</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Lots written</source>
      <translation>Predios escritos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Field control: alerts, visits and actions…</source>
      <translation>Control de ocupaciones: alertas, visitas y acciones…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>The plan: structure, archive, milestones, evaluation…</source>
      <translation>El plan: estructura, archivo, hitos, evaluación…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Heritage: assets, inspections, activities, experiences…</source>
      <translation>Patrimonio: bienes, inspecciones, actividades, experiencias…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Participation: activities, plans and commitments…</source>
      <translation>Participación: actividades, planes y compromisos…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Generating a municipality of about {lots} lots (seed {seed})…</source>
      <translation>Generando un municipio de unos {lots} predios (semilla {seed})…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Demo expediente written: {path} ({lots} lots)</source>
      <translation>Expediente de demostración escrito: {path} ({lots} predios)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Writing {table}…</source>
      <translation>Escribiendo {table}…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/grant_access.py" />
      <source>Grant access to a shared expediente</source>
      <translation>Dar acceso a un expediente compartido</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/grant_access.py" />
      <source>Gives a PostgreSQL login a role on an expediente stored in PostGIS: 'admin' (the planning office: everything), 'consulta' (read only) or 'reportero' (reads everything and records progress and annual budget only for projects of its ENTIDAD, written as in the projects). PostgreSQL enforces it with grants and row-level security; progress history stays append-only for everybody. A new login is created without a password: set it with the server's tools (ALTER ROLE, pgpass). Run it connected as the expediente's owner or a superuser.</source>
      <translation>Da a un usuario de PostgreSQL un rol en un expediente almacenado en PostGIS: 'admin' (la oficina de planeación: todo), 'consulta' (solo lectura) o 'reportero' (lee todo y registra avance y presupuesto anual solo de los proyectos de su ENTIDAD, escrita como en los proyectos). PostgreSQL lo hace cumplir con permisos y seguridad por filas; el historial de avance sigue siendo de solo adición para todos. Un usuario nuevo se crea sin contraseña: asígnela con las herramientas del servidor (ALTER ROLE, pgpass). Ejecútelo conectado como propietario del expediente o como superusuario.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/grant_access.py" />
      <source>Expediente (PostgreSQL connection)</source>
      <translation>Expediente (conexión PostgreSQL)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/grant_access.py" />
      <source>Login (PostgreSQL user)</source>
      <translation>Usuario (de PostgreSQL)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/grant_access.py" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/grant_access.py" />
      <source>Entity (for a reporter)</source>
      <translation>Entidad (para un reportero)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/grant_access.py" />
      <source>{login} is now '{role}' in {expediente}.</source>
      <translation>{login} ahora es '{role}' en {expediente}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/grant_access.py" />
      <source>Roles exist only in a shared expediente (PostgreSQL); '{path}' is a file: migrate it first with migrate_expediente.</source>
      <translation>Los roles existen solo en un expediente compartido (PostgreSQL); '{path}' es un archivo: mígrelo primero con migrate_expediente.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Import layer into the expediente</source>
      <translation>Importar capa al expediente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Target table</source>
      <translation>Tabla de destino</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Layer to import</source>
      <translation>Capa a importar</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Field mapping (JSON or field=expression lines)</source>
      <translation>Correspondencia de campos (JSON o líneas campo=expresión)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Ready-made mapping</source>
      <translation>Correspondencia predefinida</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Skip invalid features (import the rest)</source>
      <translation>Omitir objetos no válidos (importar el resto)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Rejected and repaired features</source>
      <translation>Objetos rechazados y reparados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Features imported</source>
      <translation>Objetos importados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Features rejected</source>
      <translation>Objetos rechazados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Choose a target table or a preset.</source>
      <translation>Elija una tabla de destino o una correspondencia predefinida.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Unit codes are stored in one form per level (UPZ '016', localidad '01') and read in their usual forms within their own level ('UPZ16', '16'); rows whose unit, block or lot code matches nothing in the expediente are refused with the list of codes. A population mapping may name age bands (edad_0_14, edad_60_mas, mujeres_edad_0_4…), stored in poblacion_edad with their row. Units of one level that overlap by more than 1 % of the smaller one are reported. Zipped layers are named as in QGIS: /vsizip//folder/file.zip/layer.shp.</source>
      <translation>Los códigos de las unidades se guardan en una sola forma por nivel (UPZ '016', localidad '01') y se leen en sus formas usuales dentro de su propio nivel ('UPZ16', '16'); las filas cuyo código de unidad, manzana o predio no corresponde a nada del expediente se rechazan con la lista de códigos. Un mapeo de población puede nombrar grupos de edad (edad_0_14, edad_60_mas, mujeres_edad_0_4…), que se guardan en poblacion_edad con su fila. Se informa de las unidades de un mismo nivel que se traslapan en más del 1 % de la menor. Las capas comprimidas se nombran como en QGIS: /vsizip//carpeta/archivo.zip/capa.shp.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Presets: {presets}.</source>
      <translation>Correspondencias predefinidas: {presets}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>{count} features imported into '{table}'; {rejected} rejected.</source>
      <translation>{count} objetos importados en '{table}'; {rejected} rechazados.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Nothing was imported from '{layer}': its extent has {reason}</source>
      <translation>No se importó nada de '{layer}': su extensión tiene {reason}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>The zip file '{path}' has no layer '{inside}'; it holds: {layers}.</source>
      <translation>El archivo comprimido '{path}' no contiene la capa '{inside}'; contiene: {layers}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>units '{first}' and '{second}' of level '{level}' overlap by {area} m², {percent} % of the smaller one: what is spread by area over them counts that ground twice</source>
      <translation>las unidades '{first}' y '{second}' de nivel '{level}' se traslapan en {area} m², el {percent} % de la menor: lo que se reparte por área sobre ellas cuenta ese suelo dos veces</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Loads a vector layer into a table of the expediente through a field mapping (target field = QGIS expression over the source, as JSON {"codigo": "\"COD\""} or one 'field=expression' per line) or a ready-made preset; without either, the layer's fields named as the table's are taken (a spreadsheet made for the table). Geometries are reprojected to the expediente's CRS; invalid ones are repaired with makeValid and reported; text with double UTF-8 encoding is repaired. Features that cannot be stored (wrong type, unknown domain value, duplicate code, missing geometry…) are listed in the rejected report. Nothing is written if any feature is rejected, unless 'skip invalid features' is on.</source>
      <translation>Carga una capa vectorial en una tabla del expediente mediante una correspondencia de campos (campo destino = expresión de QGIS sobre la capa de origen, como JSON {"codigo": "\"COD\""} o una línea 'campo=expresión' por campo) o una correspondencia predefinida; sin ninguna de las dos, se toman los campos de la capa que tienen los nombres de la tabla (una hoja de cálculo hecha para la tabla). Las geometrías se reproyectan al sistema de referencia del expediente; las no válidas se reparan con makeValid y se informan; el texto con doble codificación UTF-8 se repara. Los objetos que no se pueden guardar (tipo equivocado, valor de dominio desconocido, código duplicado, sin geometría…) se listan en el informe de rechazados. No se escribe nada si algún objeto se rechaza, salvo que se active 'omitir objetos no válidos'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>'{file}' is not in UTF-8: read as {encoding} (what older Excel writes); its accents and ñ are kept.</source>
      <translation>'{file}' no está en UTF-8: se leyó como {encoding} (lo que escribe Excel antiguo); sus tildes y eñes se conservan.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>The layer '{layer}' cannot be opened as a vector layer.</source>
      <translation>La capa '{layer}' no se puede abrir como capa vectorial.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Reading '{layer}'…</source>
      <translation>Leyendo '{layer}'…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Writing {count} features into '{table}'…</source>
      <translation>Escribiendo {count} objetos en '{table}'…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>{count} age band rows imported into 'poblacion_edad'.</source>
      <translation>{count} filas de grupos de edad importadas en 'poblacion_edad'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>no vector layer</source>
      <translation>ninguna capa vectorial</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>the expediente has no units of level '{level}' yet: import them first so that each unit gets its parent ({count} units without one)</source>
      <translation>el expediente aún no tiene unidades de nivel '{level}': impórtelas primero para que cada unidad reciba su unidad superior ({count} unidades sin ella)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>The preset '{preset}' loads table '{preset_table}', not '{table}'.</source>
      <translation>La correspondencia predefinida '{preset}' carga la tabla '{preset_table}', no '{table}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Give a field mapping or a preset for table '{table}'.</source>
      <translation>Indique una correspondencia de campos o una predefinida para la tabla '{table}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>No feature of '{layer}' is what the preset '{preset}' imports ({filter}).</source>
      <translation>Ningún objeto de '{layer}' es de los que importa el ajuste predefinido '{preset}' ({filter}).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Feature {feature}, field '{field}': {reason}</source>
      <translation>Objeto {feature}, campo '{field}': {reason}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Skipped feature {feature}, field '{field}': {reason}</source>
      <translation>Objeto omitido {feature}, campo '{field}': {reason}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>unit '{code}' lies in no single unit of level '{level}' ({shares}): its parent is the municipality</source>
      <translation>la unidad '{code}' no está dentro de una sola unidad de nivel '{level}' ({shares}): su unidad superior es el municipio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>The expediente's municipality unit is '{code}'.</source>
      <translation>La unidad del municipio en el expediente es '{code}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/informe_concejo.py" />
      <source>Export the report to the Concejo</source>
      <translation>Exportar el informe al Concejo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/informe_concejo.py" />
      <source>The annual report to the Concejo on the POT for YEAR, as one PDF from the .qpt templates: executive summary, sufficiency analysis, ends–means articulation (matrix and gaps), battery of the objectives' indicators, operational reading and evaluation of results, occupation model and land value, projects, DOFA, conclusions and recommendations for revising the plan. The same content is written beside it as a Word document (.docx) the office can finish in a word processor. Missing values read 'sin dato'.</source>
      <translation>El informe anual al Concejo sobre el POT de YEAR, como un PDF hecho con las plantillas .qpt: resumen ejecutivo, análisis de suficiencia, articulación fines–medios (matriz y vacíos), batería de indicadores de los objetivos, lectura operativa y evaluación de resultados, modelo de ocupación y valor del suelo, proyectos, DOFA, conclusiones y recomendaciones para la revisión del plan. El mismo contenido se escribe a su lado como documento de Word (.docx) que la oficina puede terminar en un procesador de texto. Los valores faltantes dicen 'sin dato'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/informe_concejo.py" />
      <source>Overwrite existing files</source>
      <translation>Sobrescribir archivos existentes</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/informe_concejo.py" />
      <source>Report (PDF)</source>
      <translation>Informe (PDF)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/informe_concejo.py" />
      <source>Editable report (DOCX)</source>
      <translation>Informe editable (DOCX)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/informe_concejo.py" />
      <source>Evaluating the plan…</source>
      <translation>Evaluando el plan…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/informe_concejo.py" />
      <source>Report to the Concejo written: {path} ({pages} pages) and {document}</source>
      <translation>Informe al Concejo escrito: {path} ({pages} páginas) y {document}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Export investment and receipts templates</source>
      <translation>Exportar plantillas de inversión y recaudo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Writes, for each executing entity (or one), the CSV and XLSX template it fills with the investment of its projects in a year by source (pública, privada, colaborativa, cooperación, regalías…, with BPIN and CCPET funding source where they exist): one row per project with its budget for the year and the investment it last reported. With no entity, also the template of the private and collaborative actions and the template of receipts of urban obligations (one row per obligation with what is due and what was received). Import the filled files with 'Import investment and receipts'.</source>
      <translation>Escribe, para cada entidad ejecutora (o una), la plantilla CSV y XLSX que diligencia con la inversión de sus proyectos en un año por fuente (pública, privada, colaborativa, cooperación, regalías…, con el BPIN y la fuente de financiación CCPET donde existan): una fila por proyecto con su presupuesto del año y la última inversión que reportó. Sin entidad, también la plantilla de las actuaciones privadas y colaborativas y la de recaudo de obligaciones urbanísticas (una fila por obligación con lo debido y lo recibido). Importe los archivos diligenciados con 'Importar inversión y recaudo'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Import investment and receipts</source>
      <translation>Importar inversión y recaudo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Consolidates a filled investment template (investment of projects or actions by year and source) or receipts template (what was received of each urban obligation), CSV or XLSX. Every row is validated: known project, action or obligation, known source, values not negative, a receipt above what is due only with a note. Nothing is written if any row is rejected. Rows already recorded are skipped, so importing the same file twice changes nothing; a different value for the same project, year and source (or the same obligation and reference) corrects it, and the history keeps both. After investment, each project's cumulative investment in its progress reports is reconciled with its rows by source, and every difference is reported.</source>
      <translation>Consolida una plantilla de inversión diligenciada (inversión de proyectos o actuaciones por año y fuente) o de recaudo (lo recibido de cada obligación urbanística), en CSV o XLSX. Se valida cada fila: proyecto, actuación u obligación conocidos, fuente conocida, valores no negativos, un recaudo por encima de lo debido solo con una observación. No se escribe nada si alguna fila se rechaza. Las filas ya registradas se omiten, así que importar dos veces el mismo archivo no cambia nada; un valor distinto para el mismo proyecto, año y fuente (o la misma obligación y referencia) lo corrige, y el historial conserva ambos. Después de la inversión, la inversión acumulada que cada proyecto reporta en sus avances se concilia con sus filas por fuente, y se informa cada diferencia.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Year (2025, or a semester 2025-S2)</source>
      <translation>Año (2025, o un semestre 2025-S2)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Filled template (CSV or XLSX)</source>
      <translation>Plantilla diligenciada (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Rows recorded</source>
      <translation>Filas registradas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Rows rejected</source>
      <translation>Filas rechazadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Rows already recorded</source>
      <translation>Filas ya registradas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Projects whose reported investment differs</source>
      <translation>Proyectos cuya inversión reportada difiere</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>{count} templates written in {folder}</source>
      <translation>{count} plantillas escritas en {folder}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>{accepted} rows recorded, {skipped} already recorded.</source>
      <translation>{accepted} filas registradas, {skipped} ya registradas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>No project is executed by '{entity}'.</source>
      <translation>Ningún proyecto es ejecutado por '{entity}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/investment.py" />
      <source>Project {project}: its progress reports say {reported} COP invested up to {year}, its investment by source adds up to {sources} COP (difference {difference}).</source>
      <translation>Proyecto {project}: sus reportes de avance dicen {reported} COP invertidos hasta {year}; su inversión por fuente suma {sources} COP (diferencia {difference}).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/migrate_expediente.py" />
      <source>Migrate expediente (GeoPackage ⇄ PostGIS)</source>
      <translation>Migrar expediente (GeoPackage ⇄ PostGIS)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/migrate_expediente.py" />
      <source>Copies a whole expediente to another backend: a GeoPackage into PostgreSQL/PostGIS (the shared store of an administration), or PostGIS into a GeoPackage (an offline copy for a field office). INPUT and OUTPUT are a .gpkg path, a postgresql://user@host/database?schema=pot URI, service=NAME (pg_service.conf) or the name of a PostgreSQL connection saved in QGIS; passwords stay in pg_service/pgpass or QGIS's authentication manager. Every table, row, geometry, progress report and measurement is copied with its own identifiers, then read back and compared table by table (rows and SHA-256): the destination appears only when everything matches. A destination that already holds an expediente is refused unless REPLACE is true.</source>
      <translation>Copia un expediente completo a otro almacenamiento: un GeoPackage a PostgreSQL/PostGIS (el almacén compartido de una administración), o PostGIS a un GeoPackage (una copia sin conexión para una oficina de campo). INPUT y OUTPUT son una ruta .gpkg, una URI postgresql://usuario@servidor/base?schema=pot, service=NOMBRE (pg_service.conf) o el nombre de una conexión PostgreSQL guardada en QGIS; las contraseñas se quedan en pg_service/pgpass o en el gestor de autenticación de QGIS. Cada tabla, fila, geometría, reporte de avance y medición se copia con sus propios identificadores, y luego se relee y se compara tabla por tabla (filas y SHA-256): el destino aparece solo si todo coincide. Un destino que ya contiene un expediente se rechaza salvo que REPLACE sea verdadero.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/migrate_expediente.py" />
      <source>Expediente to copy (GeoPackage or PostgreSQL)</source>
      <translation>Expediente que se copia (GeoPackage o PostgreSQL)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/migrate_expediente.py" />
      <source>Destination (GeoPackage or PostgreSQL)</source>
      <translation>Destino (GeoPackage o PostgreSQL)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/migrate_expediente.py" />
      <source>Replace an existing expediente</source>
      <translation>Reemplazar un expediente existente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/migrate_expediente.py" />
      <source>Rows copied</source>
      <translation>Filas copiadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/migrate_expediente.py" />
      <source>Rows and SHA-256 per table</source>
      <translation>Filas y SHA-256 por tabla</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/migrate_expediente.py" />
      <source>{rows} rows copied and checked in {tables} tables.</source>
      <translation>{rows} filas copiadas y verificadas en {tables} tablas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Publish the POT minisite</source>
      <translation>Publicar el minisitio del POT</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Writes the expediente of a PERIOD as a static website (HTML, CSS, JavaScript and data files; no server code) that any web host serves as it is: home with the indicators' traffic lights and the projects by state; an interactive map of every indicator by territorial unit with the PDF's classes and colours; the projects (map by state, searchable list, a page per project); the accountability figures; and the open data to download (and the expediente PDF, if given). The web libraries are inside the site: no CDN, no external tiles (BASEMAP optionally names a tile URL). No personal data is published. A cancelled export leaves no half-written folder.</source>
      <translation>Escribe el expediente de un PERIOD como un sitio web estático (HTML, CSS, JavaScript y archivos de datos; sin código de servidor) que cualquier hospedaje web sirve tal cual: inicio con los semáforos de los indicadores y los proyectos por estado; un mapa interactivo de cada indicador por unidad territorial con las clases y colores del PDF; los proyectos (mapa por estado, lista con búsqueda, una página por proyecto); las cifras de rendición de cuentas; y los datos abiertos para descargar (y el PDF del expediente, si se da). Las librerías web van dentro del sitio: sin CDN ni teselas externas (BASEMAP puede indicar una URL de teselas). No se publica ningún dato personal. Una exportación cancelada no deja carpetas a medio escribir.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Expediente PDF to publish (optional)</source>
      <translation>PDF del expediente para publicar (opcional)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Open data of the period already exported (folder; optional: else exported now)</source>
      <translation>Datos abiertos del periodo ya exportados (carpeta; opcional: si no, se exportan ahora)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Basemap tile URL (optional, e.g. an intranet's {z}/{x}/{y}.png)</source>
      <translation>URL de teselas del mapa base (opcional, p. ej. {z}/{x}/{y}.png de una intranet)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Replace an existing site</source>
      <translation>Reemplazar un sitio existente</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Folder of the site</source>
      <translation>Carpeta del sitio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Files published</source>
      <translation>Archivos publicados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>The plugin was built without its web libraries (make build).</source>
      <translation>El complemento se construyó sin sus librerías web (make build).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Open data…</source>
      <translation>Datos abiertos…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Pages and maps of the site…</source>
      <translation>Páginas y mapas del sitio…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>Minisite written: {path} ({files} files)</source>
      <translation>Minisitio escrito: {path} ({files} archivos)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>'{path}' already has files. Choose an empty folder, or allow replacing the site.</source>
      <translation>'{path}' ya tiene archivos. Elija una carpeta vacía, o permita reemplazar el sitio.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/minisite.py" />
      <source>'{path}' is not a folder of open data (it has no metadatos.json).</source>
      <translation>'{path}' no es una carpeta de datos abiertos (no tiene metadatos.json).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Detect informal occupation alerts</source>
      <translation>Detectar alertas de ocupación informal</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Finds suspected informal occupations: building footprints of TO_YEAR that were not there in FROM_YEAR (less than half their area on an earlier footprint), or the features of NEW_FOOTPRINTS when given, grouped into sites (footprints less than 10 m apart), that touch protection land, a ronda hídrica, high hazard, rural land (outside the urban perimeter) or public space. Each site becomes an alert with its main reason, all its reasons, its territorial unit at LEVEL, its area and a priority from 0 to 100:
prioridad = 30·A + 25·R + 15·T + 15·C + 15·V, where A (hazard) is 1 in non-mitigable high hazard, 0.6 in mitigable high hazard, else 0; R (restriction of the main reason) is 1 for protection land or a ronda hídrica, 0.9 for high hazard, 0.8 for public space, 0.5 for rural land; T (size) = min(1, area / 1,000 m²); C (growth around) = min(1, new footprints within 100 m / 20); V (time since the last visit) is 1 if never visited, else min(1, days / 365).
Re-running updates, never duplicates: a site that touches an existing alert keeps its code; its outline is updated unless it was redrawn in the field, and every outline is kept in alerta_version. A new alert starts 'priorizada' from priority 50, else 'detectada'.</source>
      <translation>Encuentra posibles ocupaciones informales: huellas de construcción de TO_YEAR que no estaban en FROM_YEAR (menos de la mitad de su área sobre una huella anterior), o los elementos de NEW_FOOTPRINTS si se indican, agrupadas en sitios (huellas a menos de 10 m entre sí), que tocan suelo de protección, una ronda hídrica, amenaza alta, suelo rural (fuera del perímetro urbano) o espacio público. Cada sitio es una alerta con su motivo principal, todos sus motivos, su unidad territorial del nivel LEVEL, su área y una prioridad de 0 a 100:
prioridad = 30·A + 25·R + 15·T + 15·C + 15·V, donde A (amenaza) es 1 en amenaza alta no mitigable, 0,6 en amenaza alta mitigable y 0 en otro caso; R (restricción del motivo principal) es 1 en suelo de protección o ronda hídrica, 0,9 en amenaza alta, 0,8 en espacio público y 0,5 en suelo rural; T (tamaño) = min(1, área / 1.000 m²); C (crecimiento alrededor) = min(1, huellas nuevas a menos de 100 m / 20); V (tiempo desde la última visita) es 1 si nunca se ha visitado, si no min(1, días / 365).
Volver a ejecutar actualiza, nunca duplica: un sitio que toca una alerta existente conserva su código; su contorno se actualiza salvo que se haya redibujado en campo, y todo contorno queda en alerta_version. Una alerta nueva empieza 'priorizada' desde prioridad 50, si no 'detectada'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Record control action</source>
      <translation>Registrar acción de control</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Records a control action on an occupation alert (preventive visit, record, complaint, works suspension, sealing, demolition, referral to the police…) with the entity, date, file number and state. Actions are never edited or deleted: a later state is a new action. The alert's state follows: 'con_accion' while an action is 'en_tramite', 'cerrada' when every action is executed or archived.</source>
      <translation>Registra una acción de control sobre una alerta de ocupación (visita preventiva, acta, querella, suspensión de obra, sellamiento, demolición, remisión a la Policía…) con la entidad, la fecha, el número de actuación y el estado. Las acciones nunca se editan ni se borran: un estado posterior es una acción nueva. El estado de la alerta la sigue: 'con_accion' mientras una acción está 'en_tramite', 'cerrada' cuando todas están ejecutadas o archivadas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>detection date</source>
      <translation>fecha de detección</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Earlier footprint year</source>
      <translation>Año de la huella anterior</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Later footprint year</source>
      <translation>Año de la huella posterior</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>New constructions (instead of comparing footprint years)</source>
      <translation>Construcciones nuevas (en lugar de comparar años de huella)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Detection date (YYYY-MM-DD)</source>
      <translation>Fecha de detección (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>New alerts</source>
      <translation>Alertas nuevas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Updated alerts</source>
      <translation>Alertas actualizadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Alert code</source>
      <translation>Código de la alerta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Type of action</source>
      <translation>Tipo de acción</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Date (YYYY-MM-DD)</source>
      <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>File number</source>
      <translation>Número de actuación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>State of the action</source>
      <translation>Estado de la acción</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>State of the alert</source>
      <translation>Estado de la alerta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>{new} new alerts, {updated} updated.</source>
      <translation>{new} alertas nuevas, {updated} actualizadas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Action recorded; alert {code} is now '{state}'.</source>
      <translation>Acción registrada; la alerta {code} queda en '{state}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>Comparing {count} footprints…</source>
      <translation>Comparando {count} huellas…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>The earlier footprint year must be before the later one ({to}).</source>
      <translation>El año de la huella anterior debe ser menor que el de la posterior ({to}).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/occupation_alerts.py" />
      <source>The expediente has no building footprints of {year} (table huella).</source>
      <translation>El expediente no tiene huellas de construcción de {year} (tabla huella).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Export participation templates</source>
      <translation>Exportar plantillas de participación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Writes, for each entity of the expediente (or one), the templates it fills with its participation for a period: activities (type, stage, scale and unit, date, state, approaches, attendance as counts by sex, age group and population group, satisfaction evaluations), its participation plan (programmed and executed by line) and the commitments made to citizens with their state. One XLSX workbook with a sheet each, and the same as three CSV files; rows already in the expediente come filled. PERIOD: 2025, 2025-S1 or a four-month term 2025-C1 to 2025-C3. The templates never ask for names, documents, phones or e-mails. Import them with 'Import participation'.</source>
      <translation>Escribe, para cada entidad del expediente (o una), las plantillas que diligencia con su participación de un periodo: actividades (tipo, etapa, escala y unidad, fecha, estado, enfoques, asistencia como conteos por sexo, grupo de edad y grupo poblacional, evaluaciones de satisfacción), su plan de participación (programado y ejecutado por línea) y los compromisos adquiridos con la ciudadanía con su estado. Un libro XLSX con una hoja para cada uno, y lo mismo en tres archivos CSV; las filas que ya están en el expediente vienen diligenciadas. PERIOD: 2025, 2025-S1 o un cuatrimestre 2025-C1 a 2025-C3. Las plantillas nunca piden nombres, documentos, teléfonos ni correos. Impórtelas con 'Importar participación'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Import participation</source>
      <translation>Importar participación</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Records the participation an entity filled in its templates (the XLSX workbook, or one of its CSV files): activities, plan and commitments. Every row is validated: known types, stages, units and entities, attendance not negative, evaluations not above attendance, an executed activity not dated after today, a commitment reopened after 'cumplido' only with a note. Nothing is written if any row is rejected, and REPORT says what happened to each row. Rows already recorded are skipped, so importing the same file twice changes nothing; an activity or plan row with new values is updated, a commitment's new state is added to its history. A file holding people's names, document numbers, phones or e-mails is refused: the expediente keeps counts, never attendance lists. PERIOD and ENTITY (optional) refuse rows of another period or entity.</source>
      <translation>Registra la participación que una entidad diligenció en sus plantillas (el libro XLSX o uno de sus archivos CSV): actividades, plan y compromisos. Cada fila se valida: tipos, etapas, unidades y entidades conocidos, asistencia no negativa, evaluaciones no mayores que la asistencia, una actividad ejecutada sin fecha posterior a hoy, un compromiso reabierto después de 'cumplido' solo con una nota. No se escribe nada si alguna fila se rechaza, y REPORT dice qué pasó con cada fila. Las filas ya registradas se omiten, así que importar dos veces el mismo archivo no cambia nada; una actividad o fila del plan con valores nuevos se actualiza, y el nuevo estado de un compromiso se agrega a su historial. Un archivo con nombres, números de documento, teléfonos o correos de personas se rechaza: el expediente guarda conteos, nunca listas de asistencia. PERIOD y ENTITY (opcionales) rechazan filas de otro periodo o entidad.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Export participation report (PDF)</source>
      <translation>Exportar informe de participación (PDF)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Writes the participation report of a period as one PDF: a map of the executed activities over the participants per unit with the period's figures (participants by stage, women, approaches, evaluations applied, commitments kept and overdue) and the participation plan programmed against executed by dependency (table and bars; compliance may pass 100 %), the commitments by month and state, participants by unit, sex, age and population group, the activities, and the conclusions and lessons learnt they recorded. Counts only: the expediente holds no attendance list. Never overwrites an existing file unless OVERWRITE; a cancelled export leaves no file.</source>
      <translation>Escribe el informe de participación de un periodo en un PDF: un mapa de las actividades ejecutadas sobre los participantes por unidad con las cifras del periodo (participantes por etapa, mujeres, enfoques, evaluaciones aplicadas, compromisos cumplidos y vencidos) y el plan de participación programado frente a ejecutado por dependencia (tabla y barras; el cumplimiento puede pasar del 100 %), los compromisos por mes y estado, los participantes por unidad, sexo, edad y grupo poblacional, las actividades y las conclusiones y lecciones aprendidas que registraron. Solo conteos: el expediente no guarda listas de asistencia. Nunca sobrescribe un archivo existente salvo con OVERWRITE; una exportación cancelada no deja archivo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Period (2025, 2025-S1 or 2025-C1)</source>
      <translation>Periodo (2025, 2025-S1 o 2025-C1)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Entity code (empty = every entity)</source>
      <translation>Código de la entidad (vacío = todas las entidades)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Filled template (XLSX or CSV)</source>
      <translation>Plantilla diligenciada (XLSX o CSV)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Period (2025, 2025-S1 or 2025-C1; empty = any)</source>
      <translation>Periodo (2025, 2025-S1 o 2025-C1; vacío = cualquiera)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Entity code (empty = any)</source>
      <translation>Código de la entidad (vacío = cualquiera)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Rows updated</source>
      <translation>Filas actualizadas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>The expediente has no entities: register them in the table entidad first.</source>
      <translation>El expediente no tiene entidades: regístrelas primero en la tabla entidad.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>Participation report written: {path} ({pages} pages)</source>
      <translation>Informe de participación escrito: {path} ({pages} páginas)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/participation.py" />
      <source>'{entity}' is not an entity of the expediente (table entidad).</source>
      <translation>'{entity}' no es una entidad del expediente (tabla entidad).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Export progress templates</source>
      <translation>Exportar plantillas de avance</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Writes, for each executing entity (or one), the CSV and XLSX template it fills with the progress of its projects for a period: one row per project with its codes, goal, budget and last reported values. Import the filled files with 'Import progress reports'.</source>
      <translation>Escribe, para cada entidad ejecutora (o una), la plantilla CSV y XLSX que llena con el avance de sus proyectos en un periodo: una fila por proyecto con sus códigos, meta, presupuesto y últimos valores reportados. Importe los archivos diligenciados con 'Importar reportes de avance'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Import progress reports</source>
      <translation>Importar reportes de avance</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Consolidates the progress reports an entity filled in its template (CSV or XLSX). Every row is validated: period, cut-off date within the period, cumulative progress between 0 and the goal, investment not negative, known state; a progress lower than the last report or an investment above the budget needs a note. Nothing is written if any row is rejected. Rows already recorded are skipped, so importing the same file twice changes nothing; a different report for a period already reported supersedes it (the history keeps both).</source>
      <translation>Consolida los reportes de avance que una entidad diligenció en su plantilla (CSV o XLSX). Cada fila se valida: periodo, fecha de corte dentro del periodo, avance acumulado entre 0 y la meta, inversión no negativa, estado conocido; un avance menor que el último reporte o una inversión mayor que el presupuesto requieren una observación. No se escribe nada si alguna fila se rechaza. Las filas ya registradas se omiten, así que importar dos veces el mismo archivo no cambia nada; un reporte distinto para un periodo ya reportado lo reemplaza (el historial conserva ambos).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Record a progress report</source>
      <translation>Registrar un reporte de avance</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Appends one progress report of a project, validated like an import. A report for a period already reported supersedes it; the history keeps both.</source>
      <translation>Agrega un reporte de avance de un proyecto, validado como en una importación. Un reporte de un periodo ya reportado lo reemplaza; el historial conserva ambos.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Period (2025-S1 or 2025-S2)</source>
      <translation>Periodo (2025-S1 o 2025-S2)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Reports recorded</source>
      <translation>Reportes registrados</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Project code</source>
      <translation>Código del proyecto</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Cumulative physical progress (goal units)</source>
      <translation>Avance físico acumulado (unidades de la meta)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Notes (justification, bottlenecks)</source>
      <translation>Observaciones (justificación, cuellos de botella)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>Report id</source>
      <translation>Identificador del reporte</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>This report was already recorded.</source>
      <translation>Este reporte ya estaba registrado.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/progress_files.py" />
      <source>{accepted} reports recorded, {skipped} already recorded.</source>
      <translation>{accepted} reportes registrados, {skipped} ya estaban registrados.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Semiannual cycle</source>
      <translation>Ciclo semestral</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Runs the whole follow-up of a semester in order: consolidates the entities' progress reports (REPORTS, optional), evaluates the projects at the cut-off date, computes every indicator battery for the period at the level, and writes into the OUTPUT folder the expediente PDF (expediente_2025-S2.pdf for 2025-S2), the open data (datos/), the minisite (minisitio/), the participation report (informe_participacion_2025-S2.pdf) where the expediente records participation and, for a second semester, the annual report to the Concejo (informe_concejo_2025.pdf and .docx). The documents are written in LANGUAGE where the step offers it. Every report file is checked, all together, before any step writes: one bad row stops the cycle with the expediente and the folder untouched. resumen.csv lists each step with its time and outcome. Cancel stops between steps and keeps what finished. The same chain ships as a model to adapt in the Graphical Modeler (resources/models/ciclo_semestral.model3), without the check of the reports before writing.</source>
      <translation>Ejecuta en orden todo el seguimiento de un semestre: consolida los reportes de avance de las entidades (REPORTS, opcional), evalúa los proyectos a la fecha de corte, calcula todas las baterías de indicadores del periodo en el nivel, y escribe en la carpeta OUTPUT el expediente en PDF (expediente_2025-S2.pdf para 2025-S2), los datos abiertos (datos/), el minisitio (minisitio/), el informe de participación (informe_participacion_2025-S2.pdf) donde el expediente registra participación y, en un segundo semestre, el informe anual al Concejo (informe_concejo_2025.pdf y .docx). Los documentos se escriben en el idioma LANGUAGE donde el paso lo ofrece. Todos los archivos de reporte se revisan, juntos, antes de que algún paso escriba: una fila errada detiene el ciclo sin tocar el expediente ni la carpeta. resumen.csv lista cada paso con su tiempo y su resultado. Cancelar detiene el ciclo entre pasos y conserva lo terminado. La misma cadena viene como modelo para adaptar en el Modelador gráfico (resources/models/ciclo_semestral.model3), sin la revisión de los reportes antes de escribir.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Checking the expediente and the reports…</source>
      <translation>Revisando el expediente y los reportes…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Cut-off date (YYYY-MM-DD; empty = the period's last day)</source>
      <translation>Fecha de corte (AAAA-MM-DD; vacía = el último día del periodo)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Entities' progress reports (filled templates, CSV or XLSX; optional)</source>
      <translation>Reportes de avance de las entidades (plantillas diligenciadas, CSV o XLSX; opcional)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Type of plan (for the report to the Concejo)</source>
      <translation>Tipo de plan (para el informe al Concejo)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Write into a folder that already has files</source>
      <translation>Escribir en una carpeta que ya tiene archivos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Folder of the cycle</source>
      <translation>Carpeta del ciclo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Minisite</source>
      <translation>Minisitio</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Report to the Concejo (PDF)</source>
      <translation>Informe al Concejo (PDF)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Report to the Concejo (DOCX)</source>
      <translation>Informe al Concejo (DOCX)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Summary of the cycle (resumen.csv)</source>
      <translation>Resumen del ciclo (resumen.csv)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Semiannual cycle {period} finished: {folder}</source>
      <translation>Ciclo semestral {period} terminado: {folder}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>'{path}' is a file; the cycle writes into a folder.</source>
      <translation>'{path}' es un archivo; el ciclo escribe en una carpeta.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>'{path}' already has files. Choose an empty folder, or allow writing into it.</source>
      <translation>'{path}' ya tiene archivos. Elija una carpeta vacía, o permita escribir en ella.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>The cycle stopped at step {number} ({name}): {error} What finished before is kept in {folder} (see resumen.csv).</source>
      <translation>El ciclo se detuvo en el paso {number} ({name}): {error} Lo que terminó antes se conserva en {folder} (vea resumen.csv).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Step {number} of {total}: {name}…</source>
      <translation>Paso {number} de {total}: {name}…</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Step {number} of {total} ({name}): {outcome} in {seconds:.1f} s</source>
      <translation>Paso {number} de {total} ({name}): {outcome} en {seconds:.1f} s</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>Cancelled by the user after {done} of {total} steps; what finished is kept in {folder} (see resumen.csv).</source>
      <translation>Cancelado por el usuario después de {done} de {total} pasos; lo terminado se conserva en {folder} (vea resumen.csv).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>The expediente has no territorial units of level '{level}' (it has: {levels}); nothing was written.</source>
      <translation>El expediente no tiene unidades territoriales del nivel '{level}' (tiene: {levels}); no se escribió nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>{row} of {file}</source>
      <translation>{row} de {file}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>No step was run and nothing was written; these report files cannot be read:
{problems}</source>
      <translation>No se ejecutó ningún paso ni se escribió nada; estos archivos de reporte no se pueden leer:
{problems}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/semiannual_cycle.py" />
      <source>No step was run and nothing was written. {error}</source>
      <translation>No se ejecutó ningún paso ni se escribió nada. {error}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/service_files.py" />
      <source>Export facility report templates</source>
      <translation>Exportar plantillas de reporte de equipamientos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/service_files.py" />
      <source>Writes, for each entity that runs facilities (or one), the CSV and XLSX template it fills every semester: one row per facility with its code, capacity on record and last report; the entity fills the users attended (by sex, and by age in the bands the expediente's population declares, one column each), capacity in use and, if it changed, the capacity. Facilities without an entity go to a file of their own. Import the filled files with 'Import facility reports'.</source>
      <translation>Escribe, para cada entidad que administra equipamientos (o para una), la plantilla CSV y XLSX que diligencia cada semestre: una fila por equipamiento con su código, la capacidad registrada y el último reporte; la entidad diligencia los usuarios atendidos (por sexo, y por edad en los grupos que declara la población del expediente, una columna por grupo), la capacidad en uso y, si cambió, la capacidad. Los equipamientos sin entidad van a un archivo propio. Importe los archivos diligenciados con 'Importar reportes de equipamientos'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/service_files.py" />
      <source>Import facility reports</source>
      <translation>Importar reportes de equipamientos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/service_files.py" />
      <source>Consolidates the semiannual reports an entity filled in its facilities' template (CSV or XLSX). Every row is validated: a facility of the expediente, a semester that has ended, a cut-off date within it, capacity and users not negative, users by sex not above the users, users by age group above them or users far above the capacity only with a note in 'observaciones'. Every column of the template must be present, its age columns those of the bands the population declares. Nothing is written if any row is rejected. Rows already recorded are skipped, so importing the same file twice changes nothing; a different report for a period already reported corrects it (the history keeps both).</source>
      <translation>Consolida los reportes semestrales que una entidad diligenció en la plantilla de sus equipamientos (CSV o XLSX). Cada fila se valida: un equipamiento del expediente, un semestre ya terminado, una fecha de corte dentro de él, capacidad y usuarios no negativos, usuarios por sexo que no superen los usuarios, usuarios por grupo de edad por encima de ellos o usuarios muy por encima de la capacidad solo con una nota en 'observaciones'. Deben estar todas las columnas de la plantilla, y sus columnas de edad deben ser las de los grupos que declara la población. No se escribe nada si alguna fila se rechaza. Las filas ya registradas se omiten, de modo que importar dos veces el mismo archivo no cambia nada; un reporte distinto para un periodo ya reportado lo corrige (el historial conserva ambos).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/service_files.py" />
      <source>The file has no filled rows (column 'usuarios'): nothing to import.</source>
      <translation>El archivo no tiene filas diligenciadas (columna 'usuarios'): no hay nada que importar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/service_files.py" />
      <source>No facility is run by '{entity}' (field 'entidad' of equipamiento).</source>
      <translation>Ningún equipamiento es administrado por '{entity}' (campo 'entidad' de equipamiento).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/store_output.py" />
      <source>The coordinate reference system is not valid.</source>
      <translation>El sistema de referencia de coordenadas no es válido.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/errors.py" />
      <source>The connection to the PostgreSQL server was lost; nothing was saved. Run it again when the server is back.</source>
      <translation>Se perdió la conexión con el servidor PostgreSQL; no se guardó nada. Ejecútelo de nuevo cuando el servidor vuelva.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/errors.py" />
      <source>The expediente refused the data and nothing was written: {error}</source>
      <translation>El expediente rechazó los datos y no se escribió nada: {error}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/errors.py" />
      <source>The expediente could not be written, nothing was changed: {error}. If another user is saving, retry in a moment.</source>
      <translation>No se pudo escribir en el expediente y no se cambió nada: {error}. Si otro usuario está guardando, reintente en un momento.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/errors.py" />
      <source>Your user cannot do this in the shared expediente; nothing was changed. Ask the planning office for the role you need. ({error})</source>
      <translation>Su usuario no puede hacer esto en el expediente compartido; no se cambió nada. Pida a la oficina de planeación el rol que necesita. ({error})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/errors.py" />
      <source>The algorithm stopped on an unexpected error ({kind}: {error}). The expediente is written only in whole transactions, so nothing was left half-written. Please report it with the steps that led to it.</source>
      <translation>El algoritmo se detuvo por un error inesperado ({kind}: {error}). El expediente solo se escribe en transacciones completas, así que nada quedó a medio escribir. Por favor repórtelo con los pasos que llevaron a él.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/expression_parts.py" />
      <source>The expression '{expression}' of indicator '{code}' is not valid: {error}</source>
      <translation>La expresión '{expression}' del indicador '{code}' no es válida: {error}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/expression_parts.py" />
      <source>The layer '{table}' of indicator '{code}' has no geometry and no 'ambito' to locate it.</source>
      <translation>La capa '{table}' del indicador '{code}' no tiene geometría ni 'ambito' para ubicarla.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/expression_parts.py" />
      <source>The expression of indicator '{code}' gives '{value}' for feature {feature} of '{table}', which is not a number.</source>
      <translation>La expresión del indicador '{code}' da '{value}' para el objeto {feature} de '{table}', que no es un número.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>it does not exist (or a folder on its way does not)</source>
      <translation>no existe (o no existe una carpeta de su ruta)</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>a part of it is a file, not a folder</source>
      <translation>una parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>it is a folder, not a file</source>
      <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>no permission</source>
      <translation>sin permiso</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>the disk is full</source>
      <translation>el disco está lleno</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>the disk is read-only</source>
      <translation>el disco es de solo lectura</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>it already exists</source>
      <translation>ya existe</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>'{path}' cannot be read or written: {reason}. Nothing was changed in the expediente.</source>
      <translation>No se puede leer ni escribir '{path}': {reason}. No se cambió nada en el expediente.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>The parameter {parameter} is {value}, outside its valid range [{low}, {high}].</source>
      <translation>El parámetro {parameter} es {value}, fuera de su rango válido [{low}, {high}].</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>The file '{path}' cannot be read: no permission.</source>
      <translation>El archivo '{path}' no se puede leer: sin permiso.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>'{path}' cannot be written: '{file}' is a file, not a folder (parameter {parameter}).</source>
      <translation>No se puede escribir '{path}': '{file}' es un archivo, no una carpeta (parámetro {parameter}).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>'{path}' cannot be written: no permission to write in the folder '{folder}' (parameter {parameter}).</source>
      <translation>No se puede escribir '{path}': sin permiso de escritura en la carpeta '{folder}' (parámetro {parameter}).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>The parameter {parameter} does not take '{value}'. Valid values: {options}.</source>
      <translation>El parámetro {parameter} no admite '{value}'. Valores válidos: {options}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>The parameter {parameter} must be a number; it is '{value}'.</source>
      <translation>El parámetro {parameter} debe ser un número; es '{value}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/parameter_checks.py" />
      <source>The file '{path}' cannot be opened as a vector layer (parameter {parameter}): it is damaged, or of a format QGIS does not read.</source>
      <translation>El archivo '{path}' no se puede abrir como capa vectorial (parámetro {parameter}): está dañado o es de un formato que QGIS no lee.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/provider.py" />
      <source>POT Seguimiento: follow-up of the Plan de Ordenamiento Territorial</source>
      <translation>POT Seguimiento: seguimiento y evaluación del Plan de Ordenamiento Territorial</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The field mapping is not valid JSON: {problem} at line {line}, column {column}.</source>
      <translation>La correspondencia de campos no es un JSON válido: {problem} en la línea {line}, columna {column}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The field mapping must be an object {"field": "expression"}.</source>
      <translation>La correspondencia de campos debe ser un objeto {"campo": "expresión"}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The layer '{layer}' has no coordinate reference system (CRS): assign the right one in the layer's properties before importing.</source>
      <translation>La capa '{layer}' no tiene sistema de referencia de coordenadas (SRC): asígnele el correcto en las propiedades de la capa antes de importar.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>Mapping line '{line}' must look like field=expression.</source>
      <translation>La línea de correspondencia '{line}' debe tener la forma campo=expresión.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The expression for field '{field}' is not valid: {error}</source>
      <translation>La expresión del campo '{field}' no es válida: {error}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The expression for field '{field}' uses fields the layer does not have: {missing}. Layer fields: {fields}.</source>
      <translation>La expresión del campo '{field}' usa campos que la capa no tiene: {missing}. Campos de la capa: {fields}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>the expression failed: {error}</source>
      <translation>la expresión falló: {error}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/__init__.py" />
      <source>'{target}' already holds an expediente; an existing expediente is never overwritten.</source>
      <translation>'{target}' ya contiene un expediente; un expediente existente nunca se sobrescribe.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/archive.py" />
      <source>metadata</source>
      <translation>metadatos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/archive.py" />
      <source>This shared expediente has no folder for files; the planning office sets it (create_expediente EVIDENCE_FOLDER). No document was imported.</source>
      <translation>Este expediente compartido no tiene carpeta para archivos; la oficina de planeación la define (EVIDENCE_FOLDER de create_expediente). No se importó ningún documento.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/archive.py" />
      <source>- {code}, field '{field}': {reason}</source>
      <translation>- {code}, campo '{field}': {reason}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/archive.py" />
      <source>row {number}</source>
      <translation>fila {number}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/archive.py" />
      <source>No document was imported; fix these rows of the metadata:</source>
      <translation>No se importó ningún documento; corrija estas filas de los metadatos:</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/archive.py" />
      <source>- {code}: the file '{file}' is not in the folder {folder}</source>
      <translation>- {code}: el archivo '{file}' no está en la carpeta {folder}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/crs.py" />
      <source>'{crs}' is not a coordinate reference system.</source>
      <translation>'{crs}' no es un sistema de referencia de coordenadas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/crs.py" />
      <source>The CRS '{crs}' is not projected: areas and distances need a projected CRS such as EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional).</source>
      <translation>El sistema de referencia '{crs}' no es proyectado: las áreas y distancias necesitan uno proyectado, como EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_checks.py" />
      <source>This shared expediente has no folder for field photos; the planning office sets it (create_expediente EVIDENCE_FOLDER, or the key carpeta_evidencias). Nothing was imported.</source>
      <translation>Este expediente compartido no tiene carpeta para las fotos de campo; la oficina de planeación la define (EVIDENCE_FOLDER de create_expediente, o la clave carpeta_evidencias). No se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_checks.py" />
      <source>The field package '{package}' was made from another expediente; it cannot be imported here. Nothing was imported.</source>
      <translation>El paquete de campo '{package}' se hizo desde otro expediente; no se puede importar aquí. No se importó nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_checks.py" />
      <source>row {fid}</source>
      <translation>fila {fid}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_checks.py" />
      <source>uuid repeated in the package</source>
      <translation>uuid repetido en el paquete</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_checks.py" />
      <source>already imported</source>
      <translation>ya importada</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_checks.py" />
      <source>outline redrawn in the field</source>
      <translation>contorno redibujado en campo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_checks.py" />
      <source>photo not found in the package: {photos}</source>
      <translation>foto no encontrada en el paquete: {photos}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_checks.py" />
      <source>new version {version} of the visit</source>
      <translation>versión {version} de la visita</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_control.py" />
      <source>The expediente has no territorial units of level '{level}'.</source>
      <translation>El expediente no tiene unidades territoriales del nivel '{level}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_control.py" />
      <source>Table '{table}' is not packaged for the field.</source>
      <translation>La tabla '{table}' no se empaqueta para campo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_control.py" />
      <source>The alert '{code}' does not exist in the expediente.</source>
      <translation>La alerta '{code}' no existe en el expediente.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/field_control.py" />
      <source>The control action cannot be recorded: {problems}</source>
      <translation>No se puede registrar la acción de control: {problems}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>The expediente must be a GeoPackage file (.gpkg): '{path}'.</source>
      <translation>El expediente debe ser un archivo GeoPackage (.gpkg): '{path}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>'{path}' already exists; choose another file name. An existing expediente is never overwritten.</source>
      <translation>'{path}' ya existe; elija otro nombre de archivo. Un expediente existente nunca se sobrescribe.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>The expediente '{path}' does not exist.</source>
      <translation>El expediente '{path}' no existe.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>'{path}' is not a GeoPackage.</source>
      <translation>'{path}' no es un GeoPackage.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>The expediente '{path}' uses schema version {found}, newer than this plugin supports ({supported}). Update POT Seguimiento to open it.</source>
      <translation>El expediente '{path}' usa la versión {found} del esquema, más nueva que la que admite este complemento ({supported}). Actualice POT Seguimiento para abrirlo.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>'{path}' is a GeoPackage but not a POT expediente (it has no '{table}' table).</source>
      <translation>'{path}' es un GeoPackage pero no es un expediente POT (no tiene la tabla '{table}').</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>The expediente '{path}' has an unknown schema version {found}.</source>
      <translation>El expediente '{path}' tiene una versión del esquema desconocida: {found}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/indicator_inputs.py" />
      <source>The expediente has no territorial units of level '{level}'. Import them (table unidad_territorial, field nivel) before computing indicators.</source>
      <translation>El expediente no tiene unidades territoriales del nivel '{level}'. Impórtelas (tabla unidad_territorial, campo nivel) antes de calcular indicadores.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/instruments.py" />
      <source>receipts</source>
      <translation>recaudos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/instruments.py" />
      <source>investment</source>
      <translation>inversión</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/instruments.py" />
      <source>Nothing was recorded: {count} rows of {what} have errors.</source>
      <translation>No se registró nada: {count} filas de {what} tienen errores.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/instruments.py" />
      <source>- row {row}: {errors}</source>
      <translation>- fila {row}: {errors}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/instruments.py" />
      <source>corrects record {fid}</source>
      <translation>corrige el registro {fid}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/migration.py" />
      <source>'{target}' already holds an expediente: nothing was copied. Choose another destination, or replace it explicitly (REPLACE).</source>
      <translation>'{target}' ya contiene un expediente: no se copió nada. Elija otro destino, o reemplácelo de forma explícita (REPLACE).</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/migration.py" />
      <source>The copy of table '{table}' differs from the original; the destination was not kept.</source>
      <translation>La copia de la tabla '{table}' difiere del original; el destino no se conservó.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/participation.py" />
      <source>{new} rows new, {updated} updated, {skipped} already recorded.</source>
      <translation>{new} filas nuevas, {updated} actualizadas, {skipped} ya registradas.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/pg_access.py" />
      <source>Give the login (PostgreSQL user) that receives the role.</source>
      <translation>Indique el usuario de PostgreSQL que recibe el rol.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/pg_access.py" />
      <source>A reporter reports for one entity: give its name as written in the projects.</source>
      <translation>Un reportero reporta por una entidad: indique su nombre como está escrito en los proyectos.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/pg_access.py" />
      <source>Unknown role '{role}'; roles: {roles}.</source>
      <translation>Rol desconocido '{role}'; roles: {roles}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/pg_access.py" />
      <source>No project of the expediente belongs to the entity '{entity}'.</source>
      <translation>Ningún proyecto del expediente pertenece a la entidad '{entity}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/postgis.py" />
      <source>Cannot connect to the PostgreSQL expediente: {error}</source>
      <translation>No es posible conectarse al expediente en PostgreSQL: {error}</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/postgis.py" />
      <source>The expediente '{path}' uses schema version {found}; this plugin works with version {supported}.</source>
      <translation>El expediente '{path}' usa la versión {found} del esquema; este complemento trabaja con la versión {supported}.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/postgis.py" />
      <source>A PostGIS expediente needs a CRS with an EPSG code; '{crs}' has none.</source>
      <translation>Un expediente en PostGIS necesita un SRC con código EPSG; '{crs}' no lo tiene.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/postgis.py" />
      <source>'{path}' has no POT expediente in schema '{schema}'.</source>
      <translation>'{path}' no tiene un expediente del POT en el esquema '{schema}'.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/progress.py" />
      <source>corrects report {fid} of the same period</source>
      <translation>corrige el reporte {fid} del mismo periodo</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/progress.py" />
      <source>No report was recorded: {count} rows have errors.</source>
      <translation>No se registró ningún reporte: {count} filas tienen errores.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/service_reports.py" />
      <source>No facility report was recorded: {count} rows have errors.</source>
      <translation>No se registró ningún reporte de equipamiento: {count} filas tienen errores.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/service_reports.py" />
      <source>facility {code} is reported twice for {period} in this file (row {other})</source>
      <translation>el equipamiento {code} se reporta dos veces para {period} en este archivo (fila {other})</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/write_rules.py" />
      <source>a {kind} cannot be stored in a polygon layer</source>
      <translation>un {kind} no se puede guardar en una capa de polígonos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/write_rules.py" />
      <source>Table '{table}', row {row}, field 'geometría': {reason}. Nothing was written.</source>
      <translation>Tabla '{table}', fila {row}, campo 'geometría': {reason}. No se escribió nada.</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/write_rules.py" />
      <source>a {kind} cannot be stored in a point layer</source>
      <translation>un {kind} no se puede guardar en una capa de puntos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/write_rules.py" />
      <source>a {kind} cannot be stored in a line layer</source>
      <translation>un {kind} no se puede guardar en una capa de líneas</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/write_rules.py" />
      <source>a multipoint with several points cannot be stored in a point layer</source>
      <translation>un multipunto con varios puntos no se puede guardar en una capa de puntos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/write_rules.py" />
      <source>a {kind} without any polygon cannot be stored in a polygon layer</source>
      <translation>un {kind} sin ningún polígono no se puede guardar en una capa de polígonos</translation>
    </message>
    <message>
      <location filename="pot_seguimiento/store/write_rules.py" />
      <source>Table '{table}', row {row}, field '{field}': '{value}' is not a date and time. Nothing was written.</source>
      <translation>Tabla '{table}', fila {row}, campo '{field}': '{value}' no es una fecha y hora. No se escribió nada.</translation>
    </message>
  </context>
</TS>
