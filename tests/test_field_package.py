"""The round trip to QField and back: a package built, edited the way QField edits it, returned,
merged; re-imported, corrected, a second inspector; and every bad package refused untouched."""
import hashlib
import os
import shutil
import sqlite3
import zipfile

import pytest
from conftest import count
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from test_field_control import V1_FIXTURE


def file_digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture
def expediente(run, tmp_path):
    """The v1 fixture migrated, with the alerts of its 2018–2024 footprints."""
    path = tmp_path / "expediente.gpkg"
    shutil.copy(V1_FIXTURE, path)
    run("detect_occupation_alerts", {"EXPEDIENTE": str(path), "FROM_YEAR": 2018, "TO_YEAR": 2024,
                                     "DETECTION_DATE": "2025-01-15", "OUTPUT": "TEMPORARY_OUTPUT"})
    return path


def codes(path, where="1"):
    with sqlite3.connect(path) as connection:
        return [c for (c,) in connection.execute(f"SELECT codigo FROM alerta_ocupacion WHERE {where} ORDER BY codigo")]


def export(run, path, folder, inspector="Ana Pérez", alerts=""):
    return run("export_field_package", {"EXPEDIENTE": str(path), "ALERTS": alerts, "INSPECTOR": inspector,
                                        "OUTPUT": str(folder)})


def package_gpkg(folder):
    return next(str(folder / n) for n in os.listdir(folder) if n.endswith(".gpkg"))


def jpeg(path, colour):
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "JPG")


def add_visits(folder, visits):
    """What QField does: features made from the package's own project (its default values: uuid(),
    now(), the inspector…) through the OGR provider, and photos written to DCIM/."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayerUtils

    project = QgsProject()
    assert project.read(next(str(folder / n) for n in os.listdir(folder) if n.endswith(".qgs")))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    layer = layers["Visitas de campo"]
    alerts = {f["codigo"]: f.geometry() for f in layers["Alertas de ocupación"].getFeatures()}
    assert layer.isValid() and layer.startEditing()
    for number, (alert, finding, photos) in enumerate(visits):
        point = alerts[alert].pointOnSurface().asPoint()
        names = []
        for k in range(photos):
            name = f"DCIM/visita_{alert}_{number}_{k}.jpg"
            jpeg(folder / name, ["#a05a2c", "#5a8f29", "#3465a4"][k])
            names.append(name)
        values = {"alerta": alert, "fecha_hora": f"2025-02-{10 + number:02d}T09:30:00", "hallazgo": finding,
                  "ocupacion": "habitada", "viviendas_estimadas": 2, "observaciones": "Vivienda en madera y zinc",
                  "precision_gps_m": 3.5, **{f"foto_{k + 1}": n for k, n in enumerate(names)}}
        feature = QgsVectorLayerUtils.createFeature(
            layer, QgsGeometry.fromPointXY(QgsPointXY(point.x() + 1, point.y())),
            {layer.fields().indexOf(name): value for name, value in values.items()})
        assert feature["uuid"] and feature["inspector"]  # filled by the form's defaults
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    project.clear()


def edit_first_visit(folder, field, value):
    """An edit on the phone. (In a helper, so the layer is gone before a test keeps a traceback:
    a layer outliving QGIS crashes the interpreter at exit on QGIS 3.44.)"""
    layer = QgsVectorLayer(f"{package_gpkg(folder)}|layername=visita", "visita", "ogr")
    assert layer.startEditing()
    layer.changeAttributeValue(next(layer.getFeatures()).id(), layer.fields().indexOf(field), value)
    assert layer.commitChanges()


def move_alert(folder, code, dx):
    layer = QgsVectorLayer(f"{package_gpkg(folder)}|layername=alerta_ocupacion", "a", "ogr")
    feature = next(f for f in layer.getFeatures() if f["codigo"] == code)
    geometry = feature.geometry()
    geometry.translate(dx, 0)
    assert layer.startEditing() and layer.changeGeometry(feature.id(), geometry) and layer.commitChanges()


def zip_folder(folder, target):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for root, _, files in os.walk(folder):
            for name in files:
                archive.write(os.path.join(root, name), os.path.relpath(os.path.join(root, name), folder))
    return target


def import_checks(run, path, package):
    """A returned folder is chosen by its .qgs, as in the algorithm's file dialog; a zip as it is."""
    if os.path.isdir(package):
        package = next(package / n for n in os.listdir(package) if n.endswith(".qgs"))
    return run("import_field_checks", {"EXPEDIENTE": str(path), "INPUT": str(package), "REPORT": "TEMPORARY_OUTPUT"})


def test_the_package_is_a_self_contained_qfield_project(run, expediente, tmp_path):
    results = export(run, expediente, tmp_path / "paquete")
    folder = tmp_path / "paquete"
    names = sorted(os.listdir(folder))
    assert len([n for n in names if n.endswith(".qgs")]) == 1 and len([n for n in names if n.endswith(".gpkg")]) == 1
    assert "DCIM" in names
    qgs = next(folder / n for n in names if n.endswith(".qgs"))
    text = qgs.read_text(encoding="utf-8")
    assert str(tmp_path) not in text and "/tmp" not in text  # relative paths only
    project = QgsProject()
    assert project.read(str(qgs))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert all(layer.isValid() for layer in layers.values())
    assert {"Visitas de campo", "Alertas de ocupación", "Unidades territoriales", "Amenazas", "Predios"} <= set(layers)
    for layer in layers.values():
        assert os.path.dirname(layer.source().split("|")[0]) == str(folder)
    visits = layers["Visitas de campo"]
    fields = visits.fields()
    assert visits.defaultValueDefinition(fields.indexOf("uuid")).expression() == "uuid()"
    assert visits.defaultValueDefinition(fields.indexOf("fecha_hora")).expression() == "now()"
    assert visits.defaultValueDefinition(fields.indexOf("inspector")).expression() == "'Ana Pérez'"
    assert "@position_horizontal_accuracy" in visits.defaultValueDefinition(fields.indexOf("precision_gps_m")).expression()
    photo = visits.editorWidgetSetup(fields.indexOf("foto_1"))
    assert photo.type() == "ExternalResource" and photo.config()["RelativeStorage"] == 1
    finding = visits.editorWidgetSetup(fields.indexOf("hallazgo"))
    assert finding.type() == "ValueMap" and {"Construcción nueva": "construccion_nueva"} in finding.config()["map"]
    assert layers["Alertas de ocupación"].featureCount() == results["ALERT_COUNT"] == len(codes(expediente))
    assert set(codes(expediente, "estado = 'en_visita'")) == set(codes(expediente))


def test_a_returned_package_lands_whole_and_only_once(run, expediente, tmp_path):
    folder = tmp_path / "paquete"
    export(run, expediente, folder)
    alerts = codes(expediente)
    add_visits(folder, [(alerts[0], "construccion_nueva", 2), (alerts[1], "sin_novedad", 1),
                        (alerts[2], "loteo", 3), (alerts[2], "ampliacion", 0)])
    move_alert(folder, alerts[3], 5.0)
    returned = zip_folder(folder, tmp_path / "devuelto.zip")

    results = import_checks(run, expediente, returned)
    assert (results["IMPORTADA"], results["DUPLICADA"], results["RECHAZADA"], results["NUEVA_VERSION"]) == (4, 0, 0, 1)
    assert count(expediente, "visita") == 4 and count(expediente, "foto_visita") == 6
    evidence = tmp_path / "expediente_evidencias"
    stored = sorted(str(p.relative_to(tmp_path)) for p in evidence.rglob("*.jpg"))
    with sqlite3.connect(expediente) as connection:
        rows = connection.execute("SELECT ruta, sha256 FROM foto_visita ORDER BY ruta").fetchall()
        assert [r[0] for r in rows] == stored
        for ruta, digest in rows:
            assert file_digest(tmp_path / ruta) == digest
        states = dict(connection.execute("SELECT codigo, estado FROM alerta_ocupacion"))
        versions = connection.execute("SELECT version, origen FROM alerta_version WHERE alerta = ? ORDER BY version",
                                      (alerts[3],)).fetchall()
    assert states[alerts[0]] == "confirmada" and states[alerts[1]] == "descartada" and states[alerts[2]] == "confirmada"
    assert states[alerts[3]] == "en_visita"  # redrawn but not visited yet
    assert versions == [(1, "deteccion"), (2, "campo")]  # the detected outline is kept
    report = {(f["tipo"], f["resultado"]) for f in results["REPORT"].getFeatures()}
    assert {("visita", "importada"), ("foto", "importada"), ("alerta", "nueva_version")} <= report

    before = file_digest(expediente)
    again = import_checks(run, expediente, returned)
    assert (again["IMPORTADA"], again["DUPLICADA"], again["NUEVA_VERSION"]) == (0, 4, 0)
    assert file_digest(expediente) == before  # importing the same package twice changes nothing


def test_a_package_returned_untouched_changes_nothing(run, expediente, tmp_path):
    folder = tmp_path / "paquete"
    export(run, expediente, folder)
    before = file_digest(expediente)
    results = import_checks(run, expediente, folder)
    assert (results["IMPORTADA"], results["RECHAZADA"], results["NUEVA_VERSION"]) == (0, 0, 0)
    assert file_digest(expediente) == before


def test_a_visit_edited_after_import_arrives_as_a_correction(run, expediente, tmp_path):
    folder = tmp_path / "paquete"
    export(run, expediente, folder)
    alert = codes(expediente)[0]
    add_visits(folder, [(alert, "construccion_nueva", 1), (alert, "cerramiento", 0)])
    import_checks(run, expediente, folder)
    layer = QgsVectorLayer(f"{package_gpkg(folder)}|layername=visita", "visita", "ogr")
    first = next(layer.getFeatures())
    assert layer.startEditing()
    layer.changeAttributeValue(first.id(), layer.fields().indexOf("hallazgo"), "sin_novedad")
    layer.changeAttributeValue(first.id(), layer.fields().indexOf("fecha_hora"), "2025-03-01T08:00:00")
    assert layer.commitChanges()
    results = import_checks(run, expediente, folder)
    assert (results["CORREGIDA"], results["DUPLICADA"], results["IMPORTADA"]) == (1, 1, 0)
    with sqlite3.connect(expediente) as connection:
        history = connection.execute("SELECT version, hallazgo, corrige IS NOT NULL FROM visita WHERE uuid = ? "
                                     "ORDER BY version", (first["uuid"],)).fetchall()
        state = connection.execute("SELECT estado FROM alerta_ocupacion WHERE codigo = ?", (alert,)).fetchone()[0]
    assert history == [(1, "construccion_nueva", 0), (2, "sin_novedad", 1)]  # the original stays
    assert state == "descartada"  # the corrected visit is now the latest
    assert count(expediente, "foto_visita") == 1  # the unchanged photo is stored once


def test_two_inspectors_packages_for_the_same_alert_both_land(run, expediente, tmp_path):
    alert = codes(expediente)[0]
    for name in ("ana", "luis"):
        export(run, expediente, tmp_path / name, inspector=name, alerts=alert)
    add_visits(tmp_path / "ana", [(alert, "construccion_nueva", 1)])
    add_visits(tmp_path / "luis", [(alert, "ampliacion", 1)])
    for name in ("ana", "luis"):
        assert import_checks(run, expediente, tmp_path / name)["IMPORTADA"] == 1
    assert count(expediente, "visita") == 2 and count(expediente, "foto_visita") == 2


@pytest.fixture
def returned(run, expediente, tmp_path):
    folder = tmp_path / "paquete"
    export(run, expediente, folder)
    add_visits(folder, [(codes(expediente)[0], "construccion_nueva", 1)])
    return folder


def tamper(zip_path):
    data = bytearray(zip_path.read_bytes())
    position = data.find(b"SQLite format 3")
    if position < 0:  # compressed: flip a byte in the middle of the first member's data
        position = 200
    data[position + 100] ^= 0xFF
    zip_path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage, message", [
    ("other_expediente", "otro expediente"),
    ("tampered", "dañado o fue modificado|no es un paquete de campo completo"),
    ("truncated", "no es un paquete de campo completo"),
    ("changed_schema", "tabla 'visita' cambiada"),
    ("escaping_photo", "sale del paquete"),
    ("escaping_member", "sale del paquete"),
])
def test_a_bad_package_is_refused_and_the_expediente_is_untouched(run, expediente, returned, tmp_path, damage, message):
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
            connection.execute("ALTER TABLE visita ADD COLUMN extra TEXT")
    elif damage == "escaping_photo":
        (tmp_path / "secreto.jpg").write_bytes(b"\xff\xd8")
        edit_first_visit(returned, "foto_1", "../secreto.jpg")
    elif damage == "escaping_member":
        package = zip_folder(returned, tmp_path / "devuelto.zip")
        with zipfile.ZipFile(package, "a") as archive:
            archive.writestr("../../fuera.txt", "x")
    before = file_digest(expediente)
    with pytest.raises(QgsProcessingException, match=message):
        import_checks(run, expediente, package)
    assert file_digest(expediente) == before
    assert not (tmp_path / "expediente_evidencias").exists()
