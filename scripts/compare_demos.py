"""Are two demo expedientes the same? (The same `make demo` on two QGIS lines.)

    python3 scripts/compare_demos.py A.gpkg B.gpkg [A.pdf B.pdf]

Same row count in every table, the same measurements (to 1e-9, relative), and the same number
of PDF pages. Exit status 1 and a list of differences otherwise.
"""
import math
import sqlite3
import subprocess
import sys


def rows(path, sql):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchall()


def table_counts(path):
    names = [n for (n,) in rows(path, "SELECT table_name FROM gpkg_contents ORDER BY table_name")]
    return {name: rows(path, f'SELECT count(*) FROM "{name}"')[0][0] for name in names}


def measurements(path):
    return {tuple(r[:4]): r[4] for r in rows(path, "SELECT indicador, periodo, nivel, ambito, valor FROM medicion")}


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def differences(a, b, pdfs=()):
    found = []
    counts_a, counts_b = table_counts(a), table_counts(b)
    found += [f"{t}: {counts_a.get(t)} rows vs {counts_b.get(t)}" for t in sorted(set(counts_a) | set(counts_b))
              if counts_a.get(t) != counts_b.get(t)]
    values_a, values_b = measurements(a), measurements(b)
    for key in sorted(set(values_a) | set(values_b), key=str):
        x, y = values_a.get(key), values_b.get(key)
        if (x is None) != (y is None) or (x is not None and not math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)):
            found.append(f"medicion {key}: {x} vs {y}")
    if pdfs:
        found += [f"PDF pages: {pages(pdfs[0])} vs {pages(pdfs[1])}"] if pages(pdfs[0]) != pages(pdfs[1]) else []
    return found, len(values_a)


if __name__ == "__main__":
    found, compared = differences(sys.argv[1], sys.argv[2], sys.argv[3:5])
    for line in found[:50]:
        print(line)
    print(f"{compared} measurements compared: " + ("the same" if not found else f"{len(found)} differences"))
    sys.exit(1 if found else 0)
