"""Store.age_bands: the GeoPackage reads poblacion_edad through GDAL's Arrow stream (fast at a million lots); the
rows, texts, open bands and filters must be what the generic read through sqlite3 gives."""
import sqlite3

import numpy as np

from pot_seguimiento.store import open_store
from pot_seguimiento.store.base import Store

ROWS = [  # nivel, ambito, anio, sexo, edad_desde, edad_hasta, personas
    ("upz", "Usaquén 1", 2018, "total", 0, 14, 120),
    ("upz", "Usaquén 1", 2018, "total", 15, 59, 300),
    ("upz", "Usaquén 1", 2018, "total", 60, None, 80),
    ("upz", "Ñuñoa", 2024, "mujeres", 0, 4, 7),
    ("upz", "Ñuñoa", 2024, "mujeres", 5, None, 40),
    ("upz", "Ñuñoa", 2024, "hombres", 0, 79, 45),
    ("manzana", "MZ1", 2024, "total", 80, None, 3),
]


def _columns(rows):
    return {name: [row[i] for row in rows] for i, name in enumerate(
        ("nivel", "ambito", "anio", "sexo", "edad_desde", "edad_hasta", "personas"))}


def _same(found, expected_rows):
    expected = _columns(expected_rows)
    assert found["nivel"].tolist() == expected["nivel"]
    assert found["ambito"].tolist() == expected["ambito"]  # UTF-8 decoded, not bytes
    assert found["sexo"].tolist() == expected["sexo"]
    assert found["anio"].tolist() == expected["anio"]
    assert found["edad_desde"].tolist() == [float(v) for v in expected["edad_desde"]]
    hasta = found["edad_hasta"]
    assert [None if np.isnan(v) else v for v in hasta.tolist()] == expected["edad_hasta"]  # open: NaN, never 0 or -1
    assert found["personas"].tolist() == [float(v) for v in expected["personas"]]


def test_geopackage_age_bands_are_the_rows_the_generic_read_gives(empty_store):
    with sqlite3.connect(empty_store) as connection:
        connection.executemany("INSERT INTO poblacion_edad (nivel, ambito, anio, sexo, edad_desde, edad_hasta, "
                               "personas) VALUES (?, ?, ?, ?, ?, ?, ?)", ROWS)
    with open_store(empty_store) as store:
        cases = {(None, None): ROWS,
                 (2024, None): [r for r in ROWS if r[2] == 2024],
                 # bands meeting 60-69 in 2018: only the open band 60+
                 (2018, (60, 69)): [ROWS[2]],
                 # meeting 5-14 in 2024: 5+ of women, 0-79 of men (0-4 ends before 5; 80+ starts after 14)
                 (2024, (5, 14)): [ROWS[4], ROWS[5]],
                 # 85 and older in 2024: the open bands only
                 (2024, (85, None)): [ROWS[4], ROWS[6]]}
        for (year, meeting), expected in cases.items():
            fast = store.age_bands(year, meeting=meeting)
            generic = Store.age_bands(store, year, meeting=meeting)
            _same(fast, expected)
            _same(generic, expected)


def test_no_age_bands_reads_empty_columns(empty_store):
    with open_store(empty_store) as store:
        found = store.age_bands(2024)
    assert all(len(values) == 0 for values in found.values())
    assert set(found) == {"nivel", "ambito", "anio", "sexo", "edad_desde", "edad_hasta", "personas"}
