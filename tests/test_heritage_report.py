"""The report model's heritage section on the demo: assets with their state at the cut-off, counts by unit, the
assets in bad state with their latest photo, the banco de experiencias; no private owner's name anywhere."""
import os


def test_the_heritage_section_of_the_demo(demo_store):
    from pot_seguimiento.core import report
    from pot_seguimiento.core.i18n import document_language
    from pot_seguimiento.store import open_store

    with open_store(str(demo_store)) as store, document_language("es"):
        data = report.build(store, "2025-S2", "localidad", keys=["patrimonio"])["patrimonio"]
        root = store.evidence_root
    assets = {a["codigo"]: a for a in data["bienes"]}
    assert len(assets) == 12
    assert assets["BIC-006"]["estado"] == "perdido" and assets["BIC-012"]["estado"] is None
    assert assets["BIC-003"]["estado"] == "malo" and assets["BIC-003"]["amenazas"] == ["abandono", "cerramiento"]
    assert [b["codigo"] for b in data["en_mal_estado"]] == ["BIC-003", "BIC-005", "BIC-006", "BIC-009"]
    for case in data["en_mal_estado"]:
        assert case["foto"] and os.path.isfile(os.path.join(root, case["foto"]))
    assert next(b for b in data["en_mal_estado"] if b["codigo"] == "BIC-003")["inspecciones"] == 2  # 2024, 2025
    municipality = data["por_unidad"][0]
    assert municipality["bienes"] == 12 and municipality["perdido"] == 1 and municipality["malo"] == 3
    assert sum(u["bienes"] for u in data["por_unidad"][1:]) == 12  # each asset in one unit
    assert assets["BIC-002"]["propietario_publico"] == "Municipio de San Isidro del Llano"
    assert assets["BIC-005"]["propietario_publico"] is None  # a private owner
    assert "Rosa Elvira Castañeda" not in repr(data) and "Hernando Salcedo" not in repr(data)
    assert [e["codigo"] for e in data["experiencias"]] == ["EXP-01", "EXP-02", "EXP-03"]
    assert data["actividades"] == {"registradas": 10, "presentes": 7, "cerradas": 3}
    assert [w["bien"] for w in data["intervenciones_sin_licencia"]] == ["BIC-005"]  # begun in the second semester
    tables = {t.name: t for t in report.by_key("patrimonio").tables(data)}
    assert len(tables["bienes"].rows) == 12 and len(tables["experiencias"].rows) == 3
