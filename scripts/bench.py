"""make bench: the indicator engine on a big municipality, against the QGIS-native way.

    python scripts/bench.py [LOTS] [postgis]

Each measured step runs in its own process (started through Processing, as
the toolbox would), so its time and peak memory are its own. The same battery
also runs on a PostGIS copy of the municipality, in a throwaway PostgreSQL
cluster (tests/postgres_cluster.py); `postgis` runs only that comparison.
"""
import json
import os
import resource
import subprocess
import sys
import time

from qgis_headless import BUILD, start_qgis
LAND_VALUE = ["valor_suelo_m2", "valor_suelo_mediana", "valor_suelo_variacion", "valor_suelo_variacion_real",
              "valor_suelo_indice"]
OCCUPATION = ["epe_hab", "epe_deficit", "densidad_poblacion", "densidad_viviendas", "huella_urbana", "lcrpgr",
              "ocupacion_proteccion", "ocupacion_amenaza_alta", "poblacion_expuesta_amenaza", "acceso_transporte",
              "expansion_desarrollada", "cobertura_educacion", "cobertura_salud", "cobertura_cultura",
              "cobertura_cuidado", "cobertura_bienestar", "cobertura_recreacion", "cobertura_seguridad"]


def step(kind, store, codes=""):
    """One measured step in this process; prints a JSON line."""
    app, plugin = start_qgis()  # noqa: F841 (kept alive)
    import processing

    started, finished = time.perf_counter(), None
    if kind == "generate":
        processing.run("pot_seguimiento:generate_demo", {"OUTPUT": store, "LOTS": int(codes), "SEED": 42})
        values = None
    elif kind == "ours":
        processing.run("pot_seguimiento:compute_indicators", {
            "EXPEDIENTE": store, "PERIOD": "2024", "LEVEL": "localidad", "INDICATORS": codes, "OUTPUT": "memory:"})
        finished = time.perf_counter()  # reading the values back is not part of the step
        from pot_seguimiento.store import open_store

        with open_store(store) as expediente:
            values = {f"{code} {scope}": value for code, scope, value in expediente.connection.execute(
                "SELECT indicador, ambito, valor FROM medicion WHERE periodo = '2024' AND nivel = 'localidad'")}
    elif kind == "migrate":
        target = codes
        processing.run("pot_seguimiento:migrate_expediente", {"INPUT": store, "OUTPUT": target, "REPLACE": True})
        values = None
    elif kind == "alerts":
        from pot_seguimiento.store import field_control, open_store

        with open_store(store) as expediente:
            compared = len(field_control.footprints_of_year(expediente, 2024))
        started = time.perf_counter()
        processing.run("pot_seguimiento:detect_occupation_alerts", {
            "EXPEDIENTE": store, "FROM_YEAR": 2018, "TO_YEAR": 2024, "DETECTION_DATE": "2025-06-30",
            "OUTPUT": "memory:"})
        import sqlite3

        with sqlite3.connect(store) as connection:
            values = {"footprints": compared, "alerts": connection.execute(
                "SELECT count(*) FROM alerta_ocupacion").fetchone()[0]}
    elif kind == "alerts_100k":
        # The engine alone on exactly 100,000 footprints: the store's of 2024 plus seeded small new
        # buildings scattered over the municipality, against those of 2018.
        import numpy as np
        import shapely

        from pot_seguimiento.core import occupation_alerts
        from pot_seguimiento.store import field_control, open_store

        with open_store(store) as expediente:
            before = field_control.footprints_of_year(expediente, 2018)
            after = field_control.footprints_of_year(expediente, 2024)
            zones = field_control.restricted_zones(expediente)
            codes, units = field_control.units_of_level(expediente, "localidad")
            existing = field_control.existing_alerts(expediente, __import__("datetime").date(2025, 6, 30))
        rng = np.random.default_rng(7)
        minx, miny, maxx, maxy = shapely.total_bounds(units)
        extra = 100_000 - len(after)
        x, y = rng.uniform(minx, maxx, extra), rng.uniform(miny, maxy, extra)
        after = np.concatenate([after, shapely.box(x, y, x + 8, y + 9)])
        started = time.perf_counter()
        detection = occupation_alerts.merge_by_code(
            occupation_alerts.detect(before, after, zones, codes, units, existing))
        values = {"footprints": len(after), "alerts": len(detection)}
    elif kind == "native_alerts":
        from pot_seguimiento.processing.native_chains import new_footprints_in_restricted_zones

        new, flagged = new_footprints_in_restricted_zones(store, 2018, 2024)
        values = {"new": new, "flagged": flagged}
    else:
        from pot_seguimiento.processing.native_chains import land_value_m2

        values = land_value_m2(store, "localidad", 2024)
    seconds = (finished or time.perf_counter()) - started
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2
    print(json.dumps({"seconds": seconds, "peak_gb": peak_gb, "values": values}))


def measure(kind, store, codes=""):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    output = subprocess.run([sys.executable, __file__, "--step", kind, store, codes], capture_output=True,
                            text=True, env=env, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def same_values(a, b):
    """Same keys, numbers equal to 1e-9 relative (None where either has no value)."""
    return set(a) == set(b) and all(
        (a[k] is None and b[k] is None) or (a[k] is not None and b[k] is not None and
                                             abs(a[k] - b[k]) <= 1e-9 * max(abs(a[k]), 1)) for k in a)


def postgis_comparison(store, lots, land, occupation):
    """The whole battery on a PostGIS copy, against the GeoPackage's time (target within 1.5x)."""
    sys.path.insert(0, str(BUILD.parent / "tests"))
    from postgres_cluster import Cluster

    cluster = Cluster()
    try:
        uri = cluster.uri("bench")
        migrated = measure("migrate", store, uri)
        pg_land = measure("ours", uri, ",".join(LAND_VALUE))
        pg_occupation = measure("ours", uri, ",".join(OCCUPATION))
    finally:
        cluster.stop()
    same = same_values(land["values"], pg_land["values"]) and same_values(occupation["values"], pg_occupation["values"])
    file_seconds = land["seconds"] + occupation["seconds"]
    server_seconds = pg_land["seconds"] + pg_occupation["seconds"]
    print(f"\nThe same battery on PostGIS ({lots:,} lots; PostgreSQL on this machine, loopback)")
    print(f"  migrate_expediente GeoPackage -> PostGIS: {migrated['seconds']:6.1f} s   peak {migrated['peak_gb']:.2f} GB")
    print(f"  land-value battery:                     {pg_land['seconds']:6.1f} s   peak {pg_land['peak_gb']:.2f} GB")
    print(f"  occupation battery:                     {pg_occupation['seconds']:6.1f} s   peak {pg_occupation['peak_gb']:.2f} GB")
    print(f"  whole battery: {server_seconds:6.1f} s on PostGIS, {file_seconds:6.1f} s on the GeoPackage: "
          f"{server_seconds / file_seconds:.2f}x (target <= 1.5x); same numbers: {'yes' if same else 'NO'}")
    return same


def main(lots, only=None):
    store = BUILD / "bench" / f"municipio_{lots}.gpkg"
    store.parent.mkdir(parents=True, exist_ok=True)
    if not store.exists():
        print(f"Generating a municipality of {lots:,} lots…", flush=True)
        result = measure("generate", str(store), str(lots))
        print(f"  generate_demo: {result['seconds']:.1f} s, peak {result['peak_gb']:.2f} GB")
    store = str(store)
    land = measure("ours", store, ",".join(LAND_VALUE))
    occupation = measure("ours", store, ",".join(OCCUPATION))
    if only == "postgis":
        print(f"GeoPackage: land-value battery {land['seconds']:.1f} s, occupation battery {occupation['seconds']:.1f} s")
        return 0 if postgis_comparison(store, lots, land, occupation) else 1
    ours = measure("ours", store, "valor_suelo_m2")
    native = measure("native", store)
    alerts = measure("alerts", store)
    alerts_100k = measure("alerts_100k", store)
    native_alerts = measure("native_alerts", store)
    ours_values = {key.split(" ", 1)[1]: value for key, value in ours["values"].items()}
    differences = [abs(ours_values[k] - v) / v for k, v in native["values"].items() if v]
    same = set(native["values"]) == set(ours_values) and max(differences) < 1e-9
    ratio = native["seconds"] / ours["seconds"]
    print(f"\nPOT Seguimiento bench, {lots:,} lots, 2 cores")
    print(f"  land-value battery ({len(LAND_VALUE)} indicators):  {land['seconds']:6.1f} s   peak {land['peak_gb']:.2f} GB")
    print(f"  occupation battery ({len(OCCUPATION)} indicators): {occupation['seconds']:6.1f} s   peak {occupation['peak_gb']:.2f} GB")
    print(f"  whole battery:                          {land['seconds'] + occupation['seconds']:6.1f} s   (target < 60 s, < 3 GB)")
    print(f"  valor_suelo_m2, POT Seguimiento:        {ours['seconds']:6.1f} s")
    print(f"  valor_suelo_m2, QGIS-native chain:      {native['seconds']:6.1f} s   "
          "(join attributes, field calculator, centroids, join by location summary)")
    print(f"  speed-up: {ratio:.1f}x (target >= 10x); same numbers: {'yes' if same else 'NO'} "
          f"(max relative difference {max(differences):.1e})")
    print(f"  detect_occupation_alerts ({alerts['values']['footprints']:,} footprints of 2024 against 2018): "
          f"{alerts['seconds']:6.1f} s   peak {alerts['peak_gb']:.2f} GB   ({alerts['values']['alerts']:,} alerts; "
          "target well under 60 s)")
    print(f"  the detection alone on {alerts_100k['values']['footprints']:,} footprints:    "
          f"{alerts_100k['seconds']:6.1f} s   peak {alerts_100k['peak_gb']:.2f} GB   "
          f"({alerts_100k['values']['alerts']:,} alerts)")
    print(f"  the same screening, QGIS-native chain:  {native_alerts['seconds']:6.1f} s   "
          f"({native_alerts['values']['flagged']:,} of {native_alerts['values']['new']:,} new footprints flagged; "
          "extract by attribute, extract by location; no sites, priority or unit)")
    print(f"  speed-up: {native_alerts['seconds'] / alerts['seconds']:.1f}x")
    same_on_server = postgis_comparison(store, lots, land, occupation)
    return 0 if same and same_on_server else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--step"]:
        step(*sys.argv[2:])
    else:
        sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000, *sys.argv[2:3]))
