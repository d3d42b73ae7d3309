<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CO" sourcelanguage="en">
  <context>
    <name>pot_seguimiento</name>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>the feature has no geometry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>already in the expediente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>repeated in the input</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>The layer '{layer}' has no features: nothing to import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>The mapping names fields that '{table}' does not have: {fields}. Fields of '{table}': {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>The mapping does not fill the required fields of '{table}': {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>- feature {feature}, field '{field}': {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>… and {count} more problems.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>Nothing was imported from '{layer}': {count} features cannot be stored. Fix them, or import with 'skip invalid features' to leave them out.
{problems}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>geometry type {found} cannot be stored in '{table}', which holds {expected}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>'{table}' needs geometries but the layer '{layer}' has none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>value {value} of field '{field}' is out of range [{minimum}, {maximum}]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>value '{value}' of field '{field}' does not have the format {pattern}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>required field '{field}' is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>text repaired from double UTF-8 encoding: '{old}' -&gt; '{new}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>'{value}' is not a valid {type} for field '{field}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>unknown value '{value}' for field '{field}'; allowed: {allowed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>duplicate code {value} ({where})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>invalid geometry ({reason}) that cannot be repaired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>invalid geometry ({reason}) repaired with makeValid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/importing.py" />
      <source>a multipoint with several points cannot be stored in '{table}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/core/schema.py" />
      <source>Unknown table '{name}'. Tables: {tables}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>Open expediente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>POT Seguimiento</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/gui/controller.py" />
      <source>Expediente opened: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/gui/expediente_layers.py" />
      <source>Follow-up tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/gui/expediente_layers.py" />
      <source>Value out of range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>New expediente…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/plugin.py" />
      <source>Open expediente…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/plugin_without_dependencies.py" />
      <source>POT Seguimiento cannot start: missing Python packages {packages}. Install them with 'make install' from the plugin's source, or with 'python3 -m pip install {packages}' for QGIS's Python.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/base.py" />
      <source>Cancelled by the user; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Create expediente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Creates a new expediente (GeoPackage) with every table of schema v1: territorial units, blocks, lots, population, land value, zoning, public space, facilities, hazards, transit, footprints, programs, projects, budget, progress, indicators and measurements. The CRS must be projected; the default is EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Expediente (GeoPackage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Coordinate reference system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>DANE code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Schema version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>The DANE code '{code}' must have 5 digits (e.g. 11001 for Bogotá).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/create_expediente.py" />
      <source>Expediente created: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Generate demo municipality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Builds a deterministic, realistic synthetic municipality in a new expediente: localidades and UPZ, blocks and lots, population for two census years, land value for four years, zoning, public space, facilities, hazards, transit, building footprints with informal growth, programs and projects with their progress, and indicator definitions. The same seed gives the same municipality.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Demo expediente (GeoPackage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Approximate number of lots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Random seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Lots written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Generating a municipality of about {lots} lots (seed {seed})…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Demo expediente written: {path} ({lots} lots)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/generate_demo.py" />
      <source>Writing {table}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Import layer into the expediente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Loads a vector layer into a table of the expediente through a field mapping (target field = QGIS expression over the source, as JSON {"codigo": "\"COD\""} or one 'field=expression' per line) or a ready-made preset. Geometries are reprojected to the expediente's CRS; invalid ones are repaired with makeValid and reported; text with double UTF-8 encoding is repaired. Features that cannot be stored (wrong type, unknown domain value, duplicate code, missing geometry…) are listed in the rejected report. Nothing is written if any feature is rejected, unless 'skip invalid features' is on.
Presets: {presets}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Target table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Layer to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Field mapping (JSON or field=expression lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Ready-made mapping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Skip invalid features (import the rest)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Rejected and repaired features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Features imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Features rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Choose a target table or a preset.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>{count} features imported into '{table}'; {rejected} rejected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Give a field mapping or a preset for table '{table}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>The layer '{layer}' cannot be opened as a vector layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Reading '{layer}'…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Writing {count} features into '{table}'…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>The preset '{preset}' loads table '{preset_table}', not '{table}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>The file '{path}' does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Feature {feature}, field '{field}': {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/import_layer.py" />
      <source>Skipped feature {feature}, field '{field}': {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/store_output.py" />
      <source>The coordinate reference system is not valid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/store_output.py" />
      <source>The expediente must be a GeoPackage file (.gpkg): '{path}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/algorithms/store_output.py" />
      <source>'{path}' already exists; choose another file name. An existing expediente is never overwritten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/provider.py" />
      <source>POT Seguimiento: follow-up of the Plan de Ordenamiento Territorial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The field mapping must be an object {"field": "expression"}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The layer '{layer}' has no coordinate reference system (CRS): assign the right one in the layer's properties before importing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>Mapping line '{line}' must look like field=expression.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The expression for field '{field}' is not valid: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The expression for field '{field}' uses fields the layer does not have: {missing}. Layer fields: {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>The field mapping is not valid JSON: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/processing/source_reading.py" />
      <source>the expression failed: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/store/crs.py" />
      <source>'{crs}' is not a coordinate reference system.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/store/crs.py" />
      <source>The CRS '{crs}' is not projected: areas and distances need a projected CRS such as EPSG:9377 (MAGNA-SIRGAS / Origen-Nacional).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>The expediente '{path}' does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>'{path}' is not a GeoPackage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>The expediente '{path}' has an unknown schema version {found}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>'{path}' already exists; choose another file name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>The expediente '{path}' uses schema version {found}, newer than this plugin supports ({supported}). Update POT Seguimiento to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="pot_seguimiento/store/gpkg.py" />
      <source>'{path}' is a GeoPackage but not a POT expediente (it has no '{table}' table).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
