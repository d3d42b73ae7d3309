"""What both backends share: the queries the plugin asks of any expediente.

A store's `connection.execute(sql, params)` takes SQL written by this plugin with `?` placeholders
and returns a cursor (fetchone, fetchall, iteration), whichever the backend; the SQL below is the
dialect both SQLite and PostgreSQL read. Dialect-specific work (geometry encoding, bulk inserts,
bounding boxes) lives in each backend.
"""
import numpy as np

from ..core.errors import PotError


class Store:
    dialect = ""

    @property
    def expediente_id(self):
        return self.info["expediente_id"]

    @property
    def crs_authid(self):
        return self.info["crs"]

    def area_of_use(self):
        """(CRS name, bounds in the store's CRS) where coordinates may fall, or None (crs.area_of_use)."""
        from .crs import area_of_use

        return area_of_use(self.crs_wkt())

    def count(self, table_name):
        from ..core import schema

        schema.table(table_name)
        return self.connection.execute(f'SELECT count(*) FROM "{table_name}"').fetchone()[0]

    def dicts(self, sql, params=()):
        """The rows of a query (written by this plugin, values as parameters) as {column: value}."""
        cursor = self.connection.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def replace_measurements(self, period, levels, codes, rows):
        """One transaction: a period's measurements of `codes` at `levels` out, `rows` in. Readers see
        the old set or the new one, never a mix.

        rows: (indicador, nivel, ambito, valor, numerador, denominador, nota, parametros JSON).
        Built-in indicators not yet defined in the expediente are defined from the catalogue.
        """
        from ..core.indicators import catalog

        levels, codes = list(levels), list(codes)
        names = ("indicador", "nivel", "ambito", "valor", "numerador", "denominador", "nota", "parametros")
        columns = {name: [row[i] for row in rows] for i, name in enumerate(names)}
        columns["periodo"] = [period] * len(rows)
        with self.transaction():
            known = set(self.indicator_parameters())
            missing = [code for code in codes if code not in known and catalog.definition(code)]
            if missing:
                self.insert("indicador", catalog.rows(missing))
            self.connection.execute(
                f"DELETE FROM medicion WHERE periodo = ? AND nivel IN ({', '.join('?' * len(levels))}) "
                f"AND indicador IN ({', '.join('?' * len(codes))})", (period, *levels, *codes))
            if rows:
                self.insert("medicion", columns)

    def tuples(self, table_name, columns):
        """Every row of a table as a tuple of `columns` (no geometry), in the table's order."""
        data, _ = self.read(table_name, list(columns), geometry=False)
        return list(zip(*(data[name].tolist() for name in columns)))

    def indicator_definitions(self):
        """{codigo: {column: value}} of the indicator table."""
        return {row["codigo"]: row for row in self.dicts("SELECT * FROM indicador ORDER BY codigo")}

    def measurement_parts(self, indicators, level, period):
        """[{indicador, nivel, ambito, valor, numerador, denominador, nota}] of several indicators in one period,
        at `level` and the municipality (the services observatory's section shows numerators and denominators)."""
        if not indicators:
            return []
        placeholders = ", ".join("?" * len(indicators))
        return self.dicts(f"SELECT indicador, nivel, ambito, valor, numerador, denominador, nota FROM medicion "
                          f"WHERE indicador IN ({placeholders}) AND nivel IN (?, 'municipio') AND periodo = ? "
                          "ORDER BY indicador, nivel, ambito", (*indicators, level, period))

    def measurements(self, indicator, level, period=None, scope=None):
        """[(periodo, nivel, ambito, valor, nota)] of an indicator, filtered by period or scope."""
        sql = ("SELECT periodo, nivel, ambito, valor, nota FROM medicion WHERE indicador = ? "
               "AND nivel IN (?, 'municipio')")
        params = [indicator, level]
        if period is not None:
            sql += " AND periodo = ?"
            params.append(period)
        if scope is not None:
            sql += " AND ambito = ?"
            params.append(scope)
        return [tuple(row) for row in self.connection.execute(sql + " ORDER BY periodo, nivel, ambito", params)]

    def measured_periods(self, level):
        """{periodo: {indicador}} of the measurements kept at `level` (or of the municipality)."""
        found = {}
        for period, code in self.connection.execute(
                "SELECT DISTINCT periodo, indicador FROM medicion WHERE nivel IN (?, 'municipio')", (level,)):
            found.setdefault(period, set()).add(code)
        return found

    def unit_names(self, level):
        return dict(self.connection.execute(
            "SELECT codigo, nombre FROM unidad_territorial WHERE nivel IN (?, 'municipio')", (level,)).fetchall())

    def measured_levels(self, periods):
        """The unit levels with measurements in any of `periods`, the most measured first."""
        marks = ", ".join("?" * len(periods))
        return [row[0] for row in self.connection.execute(
            f"SELECT nivel, count(*) AS n FROM medicion WHERE periodo IN ({marks}) AND nivel != 'municipio' "
            "GROUP BY nivel ORDER BY n DESC, nivel", tuple(periods))]

    def levels(self):
        return [row[0] for row in self.connection.execute(
            "SELECT DISTINCT nivel FROM unidad_territorial WHERE nivel != 'municipio' ORDER BY nivel")]

    def indicator_parameters(self):
        """{codigo: parametros JSON text} of the indicator definitions."""
        return dict(self.connection.execute("SELECT codigo, parametros FROM indicador").fetchall())

    def existing_keys(self, table_name, where=None, params=(), without_level=None):
        """{key columns: set of value tuples already stored} of a table's unique keys (to refuse duplicates
        with a message before the database does); `where` (SQL of store/) or `without_level` (the rows of one
        territorial level, `nivel`) leave rows out."""
        from ..core import schema

        table = schema.table(table_name)
        if without_level is not None:
            table.field("nivel")
            where, params = "nivel != ?", (without_level,)
        keys = [(f.name,) for f in table.fields if f.unique] + list(table.unique_together)
        if not keys:
            return {}
        names = sorted({name for key in keys for name in key})
        data, _ = self.read(table.name, names, geometry=False, where=where, params=params)
        return {tuple(key): set(zip(*(data[name].tolist() for name in key))) for key in keys}

    def unknown_references(self, table_name, columns):
        """[(row, field, value, parent table)] of the values in `columns` ({field: values}, rows about to be written
        to `table_name`) that a foreign key of the expediente would refuse: codes its parent table does not hold.
        Checked before writing, so the user reads which row and field name what (the database's own refusal names
        neither). A table that refers to itself (the plan's tree) may name codes of the same rows."""
        from .gpkg_schema import FOREIGN_KEYS, quote

        found = []
        for (table, field), (parent, parent_field) in FOREIGN_KEYS.items():
            if table != table_name or field not in columns:
                continue
            known = {str(code) for (code,) in self.connection.execute(
                f"SELECT {quote(parent_field)} FROM {quote(parent)}").fetchall()}
            if parent == table_name:
                known |= {str(code) for code in columns.get(parent_field, ()) if code is not None}
            found += [(row, field, value, parent) for row, value in enumerate(columns[field])
                      if value not in (None, "") and str(value) not in known]
        return sorted(found, key=lambda item: item[0])

    # -- what the report model reads (core/report calls these methods: it imports nothing of store/) --
    def projects(self, with_geometry=False):
        """The POT projects as dicts (with their milestones `hitos`; `geometry` when asked)."""
        from .progress import projects

        return projects(self, with_geometry)

    def progress_reports(self):
        """{project code: [its progress reports as dicts, in recording order]}, corrections included."""
        from .progress import reports_by_project

        return reports_by_project(self)

    def last_project_states(self):
        """(cut-off date, {project: core.projects.Evaluation}) of the latest project evaluation kept in the
        expediente (evaluate_projects), or None (store/progress.py: last_project_states)."""
        from .progress import last_project_states

        return last_project_states(self)

    def indicator_projects(self):
        """[(indicator code, project code)] of the links between indicators and projects."""
        return [tuple(row) for row in self.connection.execute(
            "SELECT indicador, proyecto FROM indicador_proyecto ORDER BY indicador, proyecto")]

    def indicator_inputs(self, level, year):
        """The indicator engine's inputs at `level` (read lazily): units, population, layers."""
        from .indicator_inputs import load_inputs

        return load_inputs(self, level, year)

    def alerts(self, until, columns=("codigo", "motivo", "unidad", "area_m2", "prioridad", "estado")):
        """(columns, outlines) of the occupation alerts detected on or before `until` (ISO date)."""
        return self.read("alerta_ocupacion", list(columns), where="detectada_en <= ?", params=(str(until),))

    def control_actions(self, until, columns=("alerta", "tipo", "entidad", "fecha", "estado")):
        """Rows (tuples of `columns`) of the control actions dated on or before `until`."""
        return [tuple(row) for row in self.connection.execute(
            f"SELECT {', '.join(columns)} FROM accion_control WHERE fecha <= ? ORDER BY alerta, fecha",
            (str(until),))]

    def confirmed_cases(self, until, states):
        """[(alert, visit date-time, finding, first photo, visits, actions)] of the latest visit on or before
        `until` of each alert in `states`, with how many visits and actions (up to `until`) it has."""
        rows = self.connection.execute(
            "SELECT v.alerta, v.fecha_hora, v.hallazgo, v.foto_1, "
            "(SELECT count(DISTINCT uuid) FROM visita w WHERE w.alerta = v.alerta "
            "AND substr(w.fecha_hora, 1, 10) <= ?), "
            "(SELECT count(*) FROM accion_control a WHERE a.alerta = v.alerta AND a.fecha <= ?) "
            "FROM visita v JOIN alerta_ocupacion o ON o.codigo = v.alerta "
            f"WHERE o.estado IN ({', '.join('?' * len(states))}) AND substr(v.fecha_hora, 1, 10) <= ? "
            "ORDER BY v.fecha_hora, v.version", (str(until), str(until), *states, str(until))).fetchall()
        return [tuple(row) for row in rows]

    def entities(self):
        """The entities' register: [{codigo, nombre, sigla}]."""
        return self.dicts("SELECT codigo, nombre, sigla FROM entidad ORDER BY codigo")

    def attendance_by_age(self):
        """[(actividad, edad_desde, edad_hasta, personas)] of the participation activities' declared age bands."""
        return [tuple(row) for row in self.connection.execute(
            "SELECT actividad, edad_desde, edad_hasta, personas FROM asistencia_edad ORDER BY actividad, edad_desde")]

    def age_bands(self, year=None, meeting=None):
        """poblacion_edad as numpy columns (AGE_BAND_COLUMNS): text as str, anio as integers, the rest as floats
        with an open band's edad_hasta NaN. `year`: only that census year; `meeting` (desde, hasta or None): only
        the bands that meet that age range (a school range meets 3 of DANE's 17 five-year bands)."""
        where, params = age_band_filter(year, meeting)
        data, _ = self.read("poblacion_edad", list(AGE_BAND_COLUMNS), geometry=False, where=where, params=params)
        return age_band_columns(data)

    def instrument_observatory(self):
        """The observatory of instruments (store/instruments.py: observatory): obligations, receipts, investment,
        instruments, actions, projects' footprints, annual budgets and the latest reported investment."""
        from .instruments import observatory

        return observatory(self)

    def read_where_in(self, table_name, field, values, columns=None, geometry=True):
        """read() of the rows of `table_name` whose `field` holds one of `values` (none: no row)."""
        from ..core import schema
        from .gpkg_schema import quote

        if field != "fid":
            schema.table(table_name).field(field)  # a field of the schema, never text from elsewhere
        values = tuple(values)
        where = f"{quote(field)} IN ({', '.join('?' * len(values))})" if values else "1 = 0"
        return self.read(table_name, columns, geometry=geometry, where=where, params=values)

    def read_first_and_last(self, table_name, columns=None, geometry=True):
        """read() of the first and the last row of a table (by fid): a sample that does not read a large table."""
        ends = self.connection.execute(f'SELECT min(fid), max(fid) FROM "{schema_table(table_name)}"').fetchone()
        return self.read_where_in(table_name, "fid", sorted({fid for fid in ends if fid is not None}), columns,
                                  geometry)

    def plan_evaluation_inputs(self, year):
        """What the evaluation of the plan in `year` reads (store/evaluation.py): the plan's structure and links,
        the checklist and its answers up to the year, the adoption year, the office's texts of the year
        (`texts` by objective, `dofa`) and every municipal measurement (`series`: {indicator: [(periodo,
        valor)]})."""
        from .evaluation import municipal_series, plan_inputs, year_texts

        texts, dofa = year_texts(self, year)
        return {**plan_inputs(self, year), "texts": texts, "dofa": dofa, "series": municipal_series(self)}

    def period_measurements(self, periods):
        """Every measurement of `periods` as (indicador, periodo, nivel, ambito, valor, numerador, denominador,
        nota), ordered by indicator, level and scope."""
        periods = list(periods)
        return [tuple(row) for row in self.connection.execute(
            "SELECT indicador, periodo, nivel, ambito, valor, numerador, denominador, nota FROM medicion "
            f"WHERE periodo IN ({', '.join('?' * len(periods))}) ORDER BY indicador, nivel, ambito", periods)]

    def close(self):
        self.connection.close()

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        self.close()
        typed = self.typed_error(error) if error is not None and not isinstance(error, PotError) else None
        if typed is not None:  # the backend's own exception becomes one the plugin knows (core.errors)
            raise typed from error

    def typed_error(self, error):
        """The core.errors.StoreError for a backend exception, or None when it is not the database's."""
        return None

    @property
    def display_name(self):
        """The expediente as it may be shown to a user: a file path, or a connection without its password."""
        raise NotImplementedError


def schema_table(table_name):
    """The name of a table of the schema (KeyError for anything else): safe to put in SQL."""
    from ..core import schema

    return schema.table(table_name).name


AGE_BAND_COLUMNS = ("nivel", "ambito", "anio", "sexo", "edad_desde", "edad_hasta", "personas")


def age_band_filter(year=None, meeting=None):
    """(SQL condition with `?` placeholders or None, params) of Store.age_bands."""
    conditions, params = [], []
    if year is not None:
        conditions.append("anio = ?")
        params.append(int(year))
    if meeting is not None:
        desde, hasta = meeting
        conditions.append("(edad_hasta IS NULL OR edad_hasta >= ?)")
        params.append(int(desde))
        if hasta is not None:
            conditions.append("edad_desde <= ?")
            params.append(int(hasta))
    return " AND ".join(conditions) or None, tuple(params)


def age_band_columns(data):
    """Store.age_bands' types from columns as read (Python objects, or bytes and integers from GDAL's Arrow
    stream): each distinct text decoded once, None as NaN."""
    columns = {}
    for name in AGE_BAND_COLUMNS:
        values = np.asarray(data[name])
        if name in ("nivel", "ambito", "sexo"):
            distinct, position = np.unique(values, return_inverse=True)
            text = [v.decode("utf-8") if isinstance(v, bytes) else str(v) for v in distinct.tolist()]
            columns[name] = np.array(text, dtype=str)[np.asarray(position).ravel()] if len(values) else np.array(
                [], dtype=str)
        elif name == "anio":
            columns[name] = values.astype(np.int64)
        elif values.dtype.kind in "iuf":
            columns[name] = values.astype(float)
        else:
            columns[name] = np.array([np.nan if v is None else float(v) for v in values], dtype=float)
    return columns


def columns_of(rows, names):
    """Rows (tuples) -> {name: numpy object array}."""
    values = list(zip(*rows)) if rows else [()] * len(names)
    return {name: np.array(column, dtype=object) for name, column in zip(names, values)}
