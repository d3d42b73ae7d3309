"""The heritage field package (export_field_package KIND=patrimonio): the same lossless round trip as occupation
alerts. Built, inspected the way QField records (the package's own project and form defaults), returned, merged;
re-imported, corrected; and every bad package refused with the expediente untouched."""
import os
import shutil
import sqlite3

import pytest
import shapely
from conftest import count, store_fingerprint
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from test_field_control import V1_FIXTURE
from test_field_package import file_digest, import_checks, jpeg, package_gpkg, tamper, zip_folder

ASSETS = {  # codigo: (nombre, x, y, owner type)
    "BIC-001": ("Iglesia de San Agustín", 4879700.0, 2074800.0, "publico"),
    "BIC-002": ("Casa Rivas", 4879900.0, 2074900.0, "privado"),
    "BIC-003": ("Estación del ferrocarril", 4880100.0, 2075000.0, "publico"),
    "BIC-004": ("Plaza de mercado", 4880300.0, 2075200.0, "publico"),
}


@pytest.fixture
def expediente(tmp_path):
    """The v1 fixture migrated, with four declared assets and the PEMP influence zone of one."""
    from pot_seguimiento.store import open_store

    path = tmp_path / "expediente.gpkg"
    shutil.copy(V1_FIXTURE, path)
    with open_store(str(path)) as store, store.transaction():
        store.insert("bien_patrimonial", {
            "codigo": list(ASSETS), "nombre": [a[0] for a in ASSETS.values()],
            "ambito": ["nacional", "municipal", "nacional", "municipal"],
            "categoria": ["inmueble", "inmueble", "inmueble", "espacio_publico"],
            "tipo_propietario": [a[3] for a in ASSETS.values()],
            "propietario": ["Arquidiócesis", "Rosa Rivas", "Municipio", "Municipio"]},
            [shapely.Point(a[1], a[2]) for a in ASSETS.values()])
        zone = {"codigo": ["ZI-001"], "nombre": ["Zona de influencia de San Agustín"], "tipo": ["zona_influencia"],
                "bien": ["BIC-001"]}
        store.insert("zona_influencia_patrimonio", zone, [shapely.MultiPolygon([shapely.Point(4879700, 2074800)
                                                                                .buffer(120)])])
    return path


def export(run, path, folder, inspector="Ana Pérez", assets=""):
    return run("export_field_package", {"EXPEDIENTE": str(path), "KIND": "patrimonio", "ASSETS": assets,
                                        "INSPECTOR": inspector, "OUTPUT": str(folder)})


def add_inspections(folder, inspections):
    """What QField does: features made from the package's project (its default values: uuid(), now(), the
    inspector, unticked threats…) through the OGR provider, photos written to DCIM/."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayerUtils

    project = QgsProject()
    assert project.read(next(str(folder / n) for n in os.listdir(folder) if n.endswith(".qgs")))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    layer = layers["Inspecciones de patrimonio"]
    assets = {f["codigo"]: f.geometry().asPoint() for f in layers["Bienes de interés cultural"].getFeatures()}
    assert layer.isValid() and layer.startEditing()
    for number, (asset, state, threats, photos) in enumerate(inspections):
        point = assets[asset]
        names = []
        for k in range(photos):
            name = f"DCIM/inspeccion_{asset}_{number}_{k}.jpg"
            jpeg(folder / name, ["#a05a2c", "#5a8f29", "#3465a4"][k])
            names.append(name)
        values = {"bien": asset, "fecha_hora": f"2025-03-{10 + number:02d}T10:15:00", "estado": state,
                  "observaciones": "Cubierta con filtraciones", "precision_gps_m": 4.0,
                  **{threat: True for threat in threats}, **{f"foto_{k + 1}": n for k, n in enumerate(names)}}
        feature = QgsVectorLayerUtils.createFeature(
            layer, QgsGeometry.fromPointXY(QgsPointXY(point.x() + 2, point.y())),
            {layer.fields().indexOf(name): value for name, value in values.items()})
        assert feature["uuid"] and feature["inspector"] == "Ana Pérez"  # filled by the form's defaults
        assert feature["grafiti"] in (False, True)  # a check box's default: never empty
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    project.clear()


def edit_first_inspection(folder, field, value):
    layer = QgsVectorLayer(f"{package_gpkg(folder)}|layername=inspeccion_patrimonio", "i", "ogr")
    assert layer.startEditing()
    layer.changeAttributeValue(next(layer.getFeatures()).id(), layer.fields().indexOf(field), value)
    assert layer.commitChanges()


def test_the_heritage_package_is_a_self_contained_qfield_project(run, expediente, tmp_path):
    results = export(run, expediente, tmp_path / "paquete", assets='"ambito" = \'nacional\'')
    folder = tmp_path / "paquete"
    names = sorted(os.listdir(folder))
    qgs = next(folder / n for n in names if n.endswith(".qgs"))
    assert qgs.name.startswith("inspeccion_patrimonio_") and "DCIM" in names
    assert str(tmp_path) not in qgs.read_text(encoding="utf-8")  # relative paths only
    with sqlite3.connect(package_gpkg(folder)) as connection:
        info = dict(connection.execute("SELECT clave, valor FROM expediente"))
        assert [c for (c,) in connection.execute("SELECT codigo FROM bien_patrimonial ORDER BY codigo")] == \
            ["BIC-001", "BIC-003"]
    assert info["clase"] == "patrimonio" and info["inspector"] == "Ana Pérez"
    project = QgsProject()
    assert project.read(str(qgs))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert all(layer.isValid() for layer in layers.values())
    assert {"Inspecciones de patrimonio", "Bienes de interés cultural", "Zonas de influencia de BIC",
            "Unidades territoriales", "Predios"} <= set(layers)
    assert "Visitas de campo" not in layers and "Alertas de ocupación" not in layers
    form = layers["Inspecciones de patrimonio"]
    fields = form.fields()
    assert form.defaultValueDefinition(fields.indexOf("uuid")).expression() == "uuid()"
    assert form.defaultValueDefinition(fields.indexOf("inspector")).expression() == "'Ana Pérez'"
    assert "overlay_nearest" in form.defaultValueDefinition(fields.indexOf("bien")).expression()
    state = form.editorWidgetSetup(fields.indexOf("estado"))
    assert state.type() == "ValueMap" and {"Malo": "malo"} in state.config()["map"]
    assert form.editorWidgetSetup(fields.indexOf("abandono")).type() == "CheckBox"
    assert form.defaultValueDefinition(fields.indexOf("grafiti")).expression() == "false"
    assert form.editorWidgetSetup(fields.indexOf("foto_1")).type() == "ExternalResource"
    assert form.editorWidgetSetup(fields.indexOf("bien")).config()["Value"] == "nombre"
    assert layers["Bienes de interés cultural"].readOnly()
    assert results["ALERT_COUNT"] == 2
    with sqlite3.connect(expediente) as connection:
        assert dict(connection.execute("SELECT codigo, ultimo_paquete FROM bien_patrimonial"))["BIC-001"] == \
            results["PACKAGE_ID"]
        assert connection.execute("SELECT count(*) FROM alerta_ocupacion").fetchone()[0] == 0  # no alert touched


def test_a_returned_heritage_package_lands_whole_and_only_once(run, expediente, tmp_path):
    folder = tmp_path / "paquete"
    export(run, expediente, folder)
    add_inspections(folder, [("BIC-001", "malo", ("abandono", "grafiti"), 2), ("BIC-002", "bueno", (), 1),
                             ("BIC-003", "perdido", ("intervencion_sin_licencia",), 0)])
    returned = zip_folder(folder, tmp_path / "devuelto.zip")
    results = import_checks(run, expediente, returned)
    assert (results["IMPORTADA"], results["DUPLICADA"], results["RECHAZADA"], results["NUEVA_VERSION"]) == \
        (3, 0, 0, 0)
    assert count(expediente, "inspeccion_patrimonio") == 3 and count(expediente, "foto_inspeccion") == 3
    assert count(expediente, "visita") == 0 and count(expediente, "foto_visita") == 0
    with sqlite3.connect(expediente) as connection:
        rows = connection.execute("SELECT bien, estado, abandono, intervencion_sin_licencia, grafiti, cerramiento, "
                                  "inspector, version FROM inspeccion_patrimonio ORDER BY bien").fetchall()
        photos = connection.execute("SELECT ruta, sha256 FROM foto_inspeccion ORDER BY ruta").fetchall()
    assert rows == [("BIC-001", "malo", 1, 0, 1, 0, "Ana Pérez", 1), ("BIC-002", "bueno", 0, 0, 0, 0, "Ana Pérez", 1),
                    ("BIC-003", "perdido", 0, 1, 0, 0, "Ana Pérez", 1)]
    for ruta, digest in photos:
        assert ruta.startswith("expediente_evidencias/patrimonio/BIC-00")
        assert file_digest(tmp_path / ruta) == digest
    report = {(f["tipo"], f["resultado"]) for f in results["REPORT"].getFeatures()}
    assert {("inspeccion", "importada"), ("foto", "importada")} <= report

    before = file_digest(expediente)
    again = import_checks(run, expediente, returned)
    assert (again["IMPORTADA"], again["DUPLICADA"], again["CORREGIDA"]) == (0, 3, 0)
    assert file_digest(expediente) == before  # importing the same package twice changes nothing


def test_an_inspection_edited_after_import_arrives_as_a_correction(run, expediente, tmp_path):
    folder = tmp_path / "paquete"
    export(run, expediente, folder)
    add_inspections(folder, [("BIC-002", "regular", ("grafiti",), 1), ("BIC-004", "bueno", (), 0)])
    import_checks(run, expediente, folder)
    edit_first_inspection(folder, "estado", "malo")
    results = import_checks(run, expediente, folder)
    assert (results["CORREGIDA"], results["DUPLICADA"], results["IMPORTADA"]) == (1, 1, 0)
    with sqlite3.connect(expediente) as connection:
        history = connection.execute("SELECT version, estado, corrige IS NOT NULL FROM inspeccion_patrimonio "
                                     "WHERE bien = 'BIC-002' ORDER BY version").fetchall()
    assert history == [(1, "regular", 0), (2, "malo", 1)]  # the original stays
    assert count(expediente, "foto_inspeccion") == 1  # the unchanged photo is stored once


def test_an_inspection_of_an_asset_the_expediente_lacks_is_rejected_and_the_rest_lands(run, expediente, tmp_path):
    """An asset removed from the register (a wrong declaration) while its package was in the field."""
    folder = tmp_path / "paquete"
    export(run, expediente, folder)
    add_inspections(folder, [("BIC-001", "bueno", (), 0), ("BIC-002", "regular", (), 0)])
    with sqlite3.connect(expediente) as connection:
        connection.execute("DELETE FROM bien_patrimonial WHERE codigo = 'BIC-002'")
    results = import_checks(run, expediente, folder)
    assert (results["IMPORTADA"], results["RECHAZADA"]) == (1, 1)
    reasons = [f["mensaje"] for f in results["REPORT"].getFeatures() if f["resultado"] == "rechazada"]
    assert reasons == ["el bien de interés cultural 'BIC-002' no existe en el expediente"]
    with sqlite3.connect(expediente) as connection:
        assert connection.execute("SELECT bien FROM inspeccion_patrimonio").fetchall() == [("BIC-001",)]


@pytest.fixture
def returned(run, expediente, tmp_path):
    folder = tmp_path / "paquete"
    export(run, expediente, folder)
    add_inspections(folder, [("BIC-001", "malo", ("abandono",), 1)])
    return folder


@pytest.mark.parametrize("damage, message", [
    ("other_expediente", "otro expediente"),
    ("tampered", "dañado o fue modificado|no es un paquete de campo completo"),
    ("truncated", "no es un paquete de campo completo"),
    ("changed_schema", "tabla 'inspeccion_patrimonio' cambiada"),
    ("unknown_kind", "Clase de paquete de campo desconocida"),
    ("escaping_photo", "sale del paquete"),
    ("not_an_image", "no es una imagen"),
    ("future_date", "fecha_hora"),
])
def test_a_bad_heritage_package_is_refused_and_the_expediente_is_untouched(run, expediente, returned, tmp_path,
                                                                           damage, message):
    package = returned
    if damage == "other_expediente":
        with sqlite3.connect(package_gpkg(returned)) as connection:
            connection.execute("UPDATE expediente SET valor = 'otro' WHERE clave = 'expediente_origen'")
    elif damage in ("tampered", "truncated"):
        package = zip_folder(returned, tmp_path / "devuelto.zip")
        if damage == "tampered":
            tamper(package)
        else:
            package.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    elif damage == "changed_schema":
        with sqlite3.connect(package_gpkg(returned)) as connection:
            connection.execute("ALTER TABLE inspeccion_patrimonio ADD COLUMN extra TEXT")
    elif damage == "unknown_kind":
        with sqlite3.connect(package_gpkg(returned)) as connection:
            connection.execute("UPDATE expediente SET valor = 'arboles' WHERE clave = 'clase'")
    elif damage == "escaping_photo":
        (tmp_path / "secreto.jpg").write_bytes(b"\xff\xd8")
        edit_first_inspection(returned, "foto_1", "../secreto.jpg")
    elif damage == "not_an_image":
        photo = next((returned / "DCIM").iterdir())
        photo.write_bytes(b"MZ\x90\x00 not a photo")
    elif damage == "future_date":
        edit_first_inspection(returned, "fecha_hora", "2099-01-01T10:00:00")
    before = store_fingerprint(expediente)
    digest = file_digest(expediente)
    if damage == "future_date":  # one bad row: that inspection is rejected with its field named, nothing written
        results = import_checks(run, expediente, package)
        assert (results["IMPORTADA"], results["RECHAZADA"]) == (0, 1)
        reasons = [f["mensaje"] for f in results["REPORT"].getFeatures() if f["resultado"] == "rechazada"]
        assert len(reasons) == 1 and message in reasons[0]
    else:
        with pytest.raises(QgsProcessingException, match=message):
            import_checks(run, expediente, package)
    assert store_fingerprint(expediente) == before and file_digest(expediente) == digest
    assert not (tmp_path / "expediente_evidencias").exists()


def test_a_heritage_package_needs_assets(run, tmp_path):
    path = tmp_path / "vacio.gpkg"
    shutil.copy(V1_FIXTURE, path)
    with pytest.raises(QgsProcessingException, match="Ningún bien de interés cultural coincide"):
        export(run, path, tmp_path / "paquete")
    assert not (tmp_path / "paquete").exists()


def test_an_occupation_package_is_still_the_default(run, expediente, tmp_path):
    """KIND left out: the occupation package as before (no alerts here: refused, naming alerts)."""
    with pytest.raises(QgsProcessingException, match="Ninguna alerta coincide"):
        run("export_field_package", {"EXPEDIENTE": str(expediente), "INSPECTOR": "Ana",
                                     "OUTPUT": str(tmp_path / "p")})
