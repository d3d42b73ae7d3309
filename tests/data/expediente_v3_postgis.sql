-- The tables of a PostGIS expediente as release 0.3 (schema v3) wrote them, in schema "v3":
-- `pg_dump --schema-only` of PostgisStore.create (psql's \restrict lines removed). tests/test_schema_v4.py
-- fills it with the rows of expediente_v3.gpkg and opens it with the current plugin.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: v3; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA v3;


--
-- Name: pot_solo_adicion(); Type: FUNCTION; Schema: v3; Owner: -
--

CREATE FUNCTION v3.pot_solo_adicion() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION '% es de solo adición: registre un nuevo reporte que reemplace al anterior', TG_TABLE_NAME; END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accion_control; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.accion_control (
    fid bigint NOT NULL,
    alerta text NOT NULL,
    tipo text NOT NULL,
    entidad text NOT NULL,
    fecha date NOT NULL,
    numero_actuacion text,
    estado text DEFAULT 'en_tramite'::text NOT NULL,
    observaciones text,
    registrado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    CONSTRAINT accion_control_estado_check CHECK ((estado = ANY (ARRAY['en_tramite'::text, 'ejecutada'::text, 'archivada'::text]))),
    CONSTRAINT accion_control_tipo_check CHECK ((tipo = ANY (ARRAY['visita_preventiva'::text, 'acta'::text, 'querella'::text, 'suspension_obra'::text, 'sellamiento'::text, 'demolicion'::text, 'remision_policia'::text, 'otro'::text])))
);


--
-- Name: accion_control_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.accion_control_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: accion_control_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.accion_control_fid_seq OWNED BY v3.accion_control.fid;


--
-- Name: alerta_ocupacion; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.alerta_ocupacion (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    motivo text NOT NULL,
    motivos text,
    unidad text,
    area_m2 double precision,
    prioridad double precision DEFAULT 0 NOT NULL,
    detectada_en date NOT NULL,
    ultima_deteccion date,
    anio_huella bigint,
    estado text DEFAULT 'detectada'::text NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    ultimo_paquete text,
    CONSTRAINT alerta_ocupacion_area_m2_check CHECK ((area_m2 >= (0)::double precision)),
    CONSTRAINT alerta_ocupacion_estado_check CHECK ((estado = ANY (ARRAY['detectada'::text, 'priorizada'::text, 'en_visita'::text, 'confirmada'::text, 'descartada'::text, 'con_accion'::text, 'cerrada'::text]))),
    CONSTRAINT alerta_ocupacion_motivo_check CHECK ((motivo = ANY (ARRAY['proteccion'::text, 'amenaza_alta'::text, 'fuera_perimetro'::text, 'ronda_hidrica'::text, 'espacio_publico'::text, 'reporte_ciudadano'::text, 'otro'::text]))),
    CONSTRAINT alerta_ocupacion_prioridad_check CHECK ((prioridad >= (0)::double precision)),
    CONSTRAINT alerta_ocupacion_prioridad_check1 CHECK ((prioridad <= (100)::double precision)),
    CONSTRAINT alerta_ocupacion_version_check CHECK ((version >= 1))
);


--
-- Name: alerta_ocupacion_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.alerta_ocupacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alerta_ocupacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.alerta_ocupacion_fid_seq OWNED BY v3.alerta_ocupacion.fid;


--
-- Name: alerta_version; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.alerta_version (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    alerta text NOT NULL,
    version bigint NOT NULL,
    origen text NOT NULL,
    paquete text,
    registrado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    CONSTRAINT alerta_version_origen_check CHECK ((origen = ANY (ARRAY['deteccion'::text, 'campo'::text]))),
    CONSTRAINT alerta_version_version_check CHECK ((version >= 1))
);


--
-- Name: alerta_version_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.alerta_version_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alerta_version_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.alerta_version_fid_seq OWNED BY v3.alerta_version.fid;


--
-- Name: amenaza; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.amenaza (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    fenomeno text NOT NULL,
    nivel text NOT NULL,
    mitigable boolean,
    CONSTRAINT amenaza_fenomeno_check CHECK ((fenomeno = ANY (ARRAY['remocion_masa'::text, 'inundacion'::text, 'avenida_torrencial'::text, 'incendio_forestal'::text, 'otro'::text]))),
    CONSTRAINT amenaza_nivel_check CHECK ((nivel = ANY (ARRAY['alta'::text, 'media'::text, 'baja'::text])))
);


--
-- Name: amenaza_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.amenaza_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: amenaza_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.amenaza_fid_seq OWNED BY v3.amenaza.fid;


--
-- Name: avance; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.avance (
    fid bigint NOT NULL,
    proyecto text NOT NULL,
    periodo text NOT NULL,
    fecha_corte date NOT NULL,
    avance_fisico double precision NOT NULL,
    inversion double precision,
    estado_reportado text NOT NULL,
    observaciones text,
    evidencia text,
    reportado_por text,
    registrado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    reemplaza bigint,
    CONSTRAINT avance_avance_fisico_check CHECK ((avance_fisico >= (0)::double precision)),
    CONSTRAINT avance_estado_reportado_check CHECK ((estado_reportado = ANY (ARRAY['sin_iniciar'::text, 'en_ejecucion'::text, 'suspendido'::text, 'terminado'::text]))),
    CONSTRAINT avance_inversion_check CHECK ((inversion >= (0)::double precision)),
    CONSTRAINT avance_periodo_check CHECK ((periodo ~ '^[12][0-9][0-9][0-9]-S[12]$'::text))
);


--
-- Name: avance_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.avance_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: avance_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.avance_fid_seq OWNED BY v3.avance.fid;


--
-- Name: documento; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.documento (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    titulo text NOT NULL,
    tipo text NOT NULL,
    numero text,
    fecha date,
    entidad text,
    ruta text,
    componente text,
    vigente boolean DEFAULT true NOT NULL,
    articulos text,
    escala text,
    capa text,
    CONSTRAINT documento_componente_check CHECK ((componente = ANY (ARRAY['general'::text, 'urbano'::text, 'rural'::text]))),
    CONSTRAINT documento_tipo_check CHECK ((tipo = ANY (ARRAY['acuerdo'::text, 'decreto'::text, 'documento_tecnico_soporte'::text, 'documento_resumen'::text, 'plano'::text, 'estudio'::text, 'cartografia'::text, 'acta'::text, 'norma'::text, 'otro'::text])))
);


--
-- Name: documento_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.documento_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: documento_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.documento_fid_seq OWNED BY v3.documento.fid;


--
-- Name: dofa; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.dofa (
    fid bigint NOT NULL,
    tipo text NOT NULL,
    ambito text NOT NULL,
    descripcion text NOT NULL,
    elemento text,
    hallazgo text,
    anio bigint NOT NULL,
    CONSTRAINT dofa_ambito_check CHECK ((ambito = ANY (ARRAY['gestion'::text, 'contenido'::text]))),
    CONSTRAINT dofa_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT dofa_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT dofa_tipo_check CHECK ((tipo = ANY (ARRAY['fortaleza'::text, 'debilidad'::text, 'oportunidad'::text, 'amenaza'::text])))
);


--
-- Name: dofa_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.dofa_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dofa_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.dofa_fid_seq OWNED BY v3.dofa.fid;


--
-- Name: elemento_plan; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.elemento_plan (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    tipo text NOT NULL,
    nombre text NOT NULL,
    descripcion text,
    padre text,
    componente text,
    sistema text,
    articulo text,
    CONSTRAINT elemento_plan_componente_check CHECK ((componente = ANY (ARRAY['general'::text, 'urbano'::text, 'rural'::text]))),
    CONSTRAINT elemento_plan_sistema_check CHECK ((sistema = ANY (ARRAY['amenazas_riesgos'::text, 'servicios_publicos'::text, 'ambiente'::text, 'movilidad'::text, 'espacio_publico'::text, 'vivienda'::text, 'equipamientos'::text, 'patrimonio'::text, 'suelo_productivo'::text]))),
    CONSTRAINT elemento_plan_tipo_check CHECK ((tipo = ANY (ARRAY['vision'::text, 'objetivo'::text, 'politica'::text, 'estrategia'::text])))
);


--
-- Name: elemento_plan_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.elemento_plan_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: elemento_plan_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.elemento_plan_fid_seq OWNED BY v3.elemento_plan.fid;


--
-- Name: equipamiento; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.equipamiento (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    codigo text,
    nombre text NOT NULL,
    sector text NOT NULL,
    capacidad bigint,
    CONSTRAINT equipamiento_capacidad_check CHECK ((capacidad >= 0)),
    CONSTRAINT equipamiento_sector_check CHECK ((sector = ANY (ARRAY['educacion'::text, 'salud'::text, 'cultura'::text, 'cuidado'::text, 'bienestar'::text, 'recreacion'::text, 'seguridad'::text, 'abastecimiento'::text, 'administracion'::text, 'culto'::text, 'otro'::text])))
);


--
-- Name: equipamiento_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.equipamiento_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: equipamiento_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.equipamiento_fid_seq OWNED BY v3.equipamiento.fid;


--
-- Name: espacio_publico; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.espacio_publico (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text,
    nombre text,
    tipo text NOT NULL,
    efectivo boolean DEFAULT true NOT NULL,
    CONSTRAINT espacio_publico_tipo_check CHECK ((tipo = ANY (ARRAY['parque'::text, 'plaza'::text, 'plazoleta'::text, 'zona_verde'::text, 'alameda'::text, 'separador'::text, 'otro'::text])))
);


--
-- Name: espacio_publico_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.espacio_publico_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: espacio_publico_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.espacio_publico_fid_seq OWNED BY v3.espacio_publico.fid;


--
-- Name: evaluacion_objetivo; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.evaluacion_objetivo (
    fid bigint NOT NULL,
    objetivo text NOT NULL,
    anio bigint NOT NULL,
    pertinencia text,
    eficiencia text,
    eficacia text,
    impacto text,
    CONSTRAINT evaluacion_objetivo_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT evaluacion_objetivo_anio_check1 CHECK ((anio <= 2100))
);


--
-- Name: evaluacion_objetivo_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.evaluacion_objetivo_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evaluacion_objetivo_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.evaluacion_objetivo_fid_seq OWNED BY v3.evaluacion_objetivo.fid;


--
-- Name: evaluacion_suficiencia; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.evaluacion_suficiencia (
    fid bigint NOT NULL,
    requisito text NOT NULL,
    anio bigint NOT NULL,
    estado text NOT NULL,
    documento text,
    articulo text,
    observaciones text,
    CONSTRAINT evaluacion_suficiencia_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT evaluacion_suficiencia_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT evaluacion_suficiencia_estado_check CHECK ((estado = ANY (ARRAY['presente'::text, 'parcial'::text, 'ausente'::text])))
);


--
-- Name: evaluacion_suficiencia_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.evaluacion_suficiencia_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evaluacion_suficiencia_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.evaluacion_suficiencia_fid_seq OWNED BY v3.evaluacion_suficiencia.fid;


--
-- Name: expediente; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.expediente (
    clave text NOT NULL,
    valor text
);


--
-- Name: foto_visita; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.foto_visita (
    fid bigint NOT NULL,
    visita text NOT NULL,
    ruta text NOT NULL,
    sha256 text NOT NULL,
    bytes bigint NOT NULL,
    CONSTRAINT foto_visita_bytes_check CHECK ((bytes >= 0))
);


--
-- Name: foto_visita_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.foto_visita_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: foto_visita_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.foto_visita_fid_seq OWNED BY v3.foto_visita.fid;


--
-- Name: hito; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.hito (
    fid bigint NOT NULL,
    proyecto text NOT NULL,
    fecha date NOT NULL,
    avance_esperado double precision NOT NULL,
    descripcion text,
    CONSTRAINT hito_avance_esperado_check CHECK ((avance_esperado >= (0)::double precision))
);


--
-- Name: hito_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.hito_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hito_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.hito_fid_seq OWNED BY v3.hito.fid;


--
-- Name: huella; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.huella (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    anio bigint NOT NULL,
    informal boolean DEFAULT false,
    CONSTRAINT huella_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT huella_anio_check1 CHECK ((anio <= 2100))
);


--
-- Name: huella_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.huella_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: huella_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.huella_fid_seq OWNED BY v3.huella.fid;


--
-- Name: indicador; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.indicador (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    nombre text NOT NULL,
    dimension text NOT NULL,
    calculadora text,
    parametros text,
    unidad text,
    polaridad text DEFAULT 'positiva'::text NOT NULL,
    anio_base bigint,
    valor_base double precision,
    meta_corto double precision,
    meta_mediano double precision,
    meta_largo double precision,
    periodicidad text DEFAULT 'semestral'::text,
    fuente text,
    CONSTRAINT indicador_anio_base_check CHECK ((anio_base >= 1900)),
    CONSTRAINT indicador_anio_base_check1 CHECK ((anio_base <= 2100)),
    CONSTRAINT indicador_dimension_check CHECK ((dimension = ANY (ARRAY['objetivos'::text, 'modelo_ocupacion'::text, 'valor_suelo'::text, 'proyectos'::text, 'gobernanza'::text]))),
    CONSTRAINT indicador_periodicidad_check CHECK ((periodicidad = ANY (ARRAY['semestral'::text, 'anual'::text, 'censal'::text]))),
    CONSTRAINT indicador_polaridad_check CHECK ((polaridad = ANY (ARRAY['positiva'::text, 'negativa'::text])))
);


--
-- Name: indicador_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.indicador_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indicador_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.indicador_fid_seq OWNED BY v3.indicador.fid;


--
-- Name: indicador_proyecto; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.indicador_proyecto (
    fid bigint NOT NULL,
    indicador text NOT NULL,
    proyecto text NOT NULL
);


--
-- Name: indicador_proyecto_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.indicador_proyecto_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indicador_proyecto_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.indicador_proyecto_fid_seq OWNED BY v3.indicador_proyecto.fid;


--
-- Name: manzana; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.manzana (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    unidad text
);


--
-- Name: manzana_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.manzana_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: manzana_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.manzana_fid_seq OWNED BY v3.manzana.fid;


--
-- Name: medicion; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.medicion (
    fid bigint NOT NULL,
    indicador text NOT NULL,
    periodo text NOT NULL,
    nivel text NOT NULL,
    ambito text NOT NULL,
    valor double precision,
    numerador double precision,
    denominador double precision,
    nota text,
    calculado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    parametros text,
    CONSTRAINT medicion_nivel_check CHECK ((nivel = ANY (ARRAY['municipio'::text, 'localidad'::text, 'upz'::text, 'upl'::text, 'comuna'::text, 'vereda'::text, 'barrio'::text, 'programa'::text])))
);


--
-- Name: medicion_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.medicion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: medicion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.medicion_fid_seq OWNED BY v3.medicion.fid;


--
-- Name: poblacion; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.poblacion (
    fid bigint NOT NULL,
    ambito text NOT NULL,
    anio bigint NOT NULL,
    poblacion bigint NOT NULL,
    viviendas bigint,
    hogares bigint,
    mujeres bigint,
    hombres bigint,
    edad_0_14 bigint,
    edad_15_64 bigint,
    edad_65_mas bigint,
    CONSTRAINT poblacion_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT poblacion_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT poblacion_edad_0_14_check CHECK ((edad_0_14 >= 0)),
    CONSTRAINT poblacion_edad_15_64_check CHECK ((edad_15_64 >= 0)),
    CONSTRAINT poblacion_edad_65_mas_check CHECK ((edad_65_mas >= 0)),
    CONSTRAINT poblacion_hogares_check CHECK ((hogares >= 0)),
    CONSTRAINT poblacion_hombres_check CHECK ((hombres >= 0)),
    CONSTRAINT poblacion_mujeres_check CHECK ((mujeres >= 0)),
    CONSTRAINT poblacion_poblacion_check CHECK ((poblacion >= 0)),
    CONSTRAINT poblacion_viviendas_check CHECK ((viviendas >= 0))
);


--
-- Name: poblacion_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.poblacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: poblacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.poblacion_fid_seq OWNED BY v3.poblacion.fid;


--
-- Name: predio; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.predio (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    manzana text,
    area_terreno double precision,
    area_construida double precision,
    pisos bigint,
    uso text,
    CONSTRAINT predio_area_construida_check CHECK ((area_construida >= (0)::double precision)),
    CONSTRAINT predio_area_terreno_check CHECK ((area_terreno >= (0)::double precision)),
    CONSTRAINT predio_pisos_check CHECK ((pisos >= 0)),
    CONSTRAINT predio_pisos_check1 CHECK ((pisos <= 200)),
    CONSTRAINT predio_uso_check CHECK ((uso = ANY (ARRAY['residencial'::text, 'comercial'::text, 'industrial'::text, 'dotacional'::text, 'mixto'::text, 'lote'::text, 'otro'::text])))
);


--
-- Name: predio_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.predio_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: predio_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.predio_fid_seq OWNED BY v3.predio.fid;


--
-- Name: presupuesto_anual; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.presupuesto_anual (
    fid bigint NOT NULL,
    proyecto text NOT NULL,
    anio bigint NOT NULL,
    valor_asignado double precision NOT NULL,
    CONSTRAINT presupuesto_anual_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT presupuesto_anual_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT presupuesto_anual_valor_asignado_check CHECK ((valor_asignado >= (0)::double precision))
);


--
-- Name: presupuesto_anual_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.presupuesto_anual_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: presupuesto_anual_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.presupuesto_anual_fid_seq OWNED BY v3.presupuesto_anual.fid;


--
-- Name: programa; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.programa (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    nombre text NOT NULL,
    objetivo text
);


--
-- Name: programa_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.programa_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: programa_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.programa_fid_seq OWNED BY v3.programa.fid;


--
-- Name: proyecto; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.proyecto (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    programa text NOT NULL,
    entidad text NOT NULL,
    horizonte text NOT NULL,
    anio_inicio bigint NOT NULL,
    anio_fin bigint NOT NULL,
    meta_descripcion text NOT NULL,
    meta_unidad text NOT NULL,
    meta_cantidad double precision NOT NULL,
    presupuesto double precision,
    CONSTRAINT proyecto_anio_fin_check CHECK ((anio_fin >= 1900)),
    CONSTRAINT proyecto_anio_fin_check1 CHECK ((anio_fin <= 2100)),
    CONSTRAINT proyecto_anio_inicio_check CHECK ((anio_inicio >= 1900)),
    CONSTRAINT proyecto_anio_inicio_check1 CHECK ((anio_inicio <= 2100)),
    CONSTRAINT proyecto_check CHECK ((anio_fin >= anio_inicio)),
    CONSTRAINT proyecto_horizonte_check CHECK ((horizonte = ANY (ARRAY['corto'::text, 'mediano'::text, 'largo'::text]))),
    CONSTRAINT proyecto_meta_cantidad_check CHECK ((meta_cantidad >= (0)::double precision)),
    CONSTRAINT proyecto_presupuesto_check CHECK ((presupuesto >= (0)::double precision))
);


--
-- Name: proyecto_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.proyecto_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: proyecto_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.proyecto_fid_seq OWNED BY v3.proyecto.fid;


--
-- Name: requisito_suficiencia; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.requisito_suficiencia (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    tipos_plan text NOT NULL,
    componente text NOT NULL,
    contenido text NOT NULL,
    fuente text NOT NULL
);


--
-- Name: requisito_suficiencia_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.requisito_suficiencia_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: requisito_suficiencia_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.requisito_suficiencia_fid_seq OWNED BY v3.requisito_suficiencia.fid;


--
-- Name: transporte; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.transporte (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    codigo text,
    nombre text NOT NULL,
    capacidad text NOT NULL,
    CONSTRAINT transporte_capacidad_check CHECK ((capacidad = ANY (ARRAY['alta'::text, 'baja'::text])))
);


--
-- Name: transporte_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.transporte_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: transporte_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.transporte_fid_seq OWNED BY v3.transporte.fid;


--
-- Name: unidad_territorial; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.unidad_territorial (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    nivel text NOT NULL,
    codigo_padre text,
    CONSTRAINT unidad_territorial_nivel_check CHECK ((nivel = ANY (ARRAY['municipio'::text, 'localidad'::text, 'upz'::text, 'upl'::text, 'comuna'::text, 'vereda'::text, 'barrio'::text])))
);


--
-- Name: unidad_territorial_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.unidad_territorial_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: unidad_territorial_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.unidad_territorial_fid_seq OWNED BY v3.unidad_territorial.fid;


--
-- Name: valor_suelo; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.valor_suelo (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    nivel text DEFAULT 'predio'::text NOT NULL,
    anio bigint NOT NULL,
    valor_m2 double precision NOT NULL,
    fuente text,
    CONSTRAINT valor_suelo_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT valor_suelo_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT valor_suelo_nivel_check CHECK ((nivel = ANY (ARRAY['predio'::text, 'manzana'::text]))),
    CONSTRAINT valor_suelo_valor_m2_check CHECK ((valor_m2 >= (0)::double precision))
);


--
-- Name: valor_suelo_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.valor_suelo_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: valor_suelo_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.valor_suelo_fid_seq OWNED BY v3.valor_suelo.fid;


--
-- Name: vinculo_plan; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.vinculo_plan (
    fid bigint NOT NULL,
    elemento text NOT NULL,
    tipo text NOT NULL,
    codigo text NOT NULL,
    articulo text,
    CONSTRAINT vinculo_plan_tipo_check CHECK ((tipo = ANY (ARRAY['programa'::text, 'proyecto'::text, 'indicador'::text])))
);


--
-- Name: vinculo_plan_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.vinculo_plan_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: vinculo_plan_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.vinculo_plan_fid_seq OWNED BY v3.vinculo_plan.fid;


--
-- Name: visita; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.visita (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    uuid text NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    alerta text NOT NULL,
    fecha_hora text NOT NULL,
    inspector text NOT NULL,
    hallazgo text NOT NULL,
    ocupacion text,
    viviendas_estimadas bigint,
    observaciones text,
    foto_1 text,
    foto_2 text,
    foto_3 text,
    precision_gps_m double precision,
    paquete text,
    corrige bigint,
    registrado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    CONSTRAINT visita_hallazgo_check CHECK ((hallazgo = ANY (ARRAY['construccion_nueva'::text, 'ampliacion'::text, 'loteo'::text, 'relleno_movimiento_tierra'::text, 'cerramiento'::text, 'sin_novedad'::text, 'otro'::text]))),
    CONSTRAINT visita_ocupacion_check CHECK ((ocupacion = ANY (ARRAY['habitada'::text, 'en_construccion'::text, 'desocupada'::text]))),
    CONSTRAINT visita_precision_gps_m_check CHECK ((precision_gps_m >= (0)::double precision)),
    CONSTRAINT visita_version_check CHECK ((version >= 1)),
    CONSTRAINT visita_viviendas_estimadas_check CHECK ((viviendas_estimadas >= 0)),
    CONSTRAINT visita_viviendas_estimadas_check1 CHECK ((viviendas_estimadas <= 10000))
);


--
-- Name: visita_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.visita_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: visita_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.visita_fid_seq OWNED BY v3.visita.fid;


--
-- Name: zonificacion; Type: TABLE; Schema: v3; Owner: -
--

CREATE TABLE v3.zonificacion (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text,
    tipo text NOT NULL,
    categoria text NOT NULL,
    norma text,
    vigente_desde date,
    CONSTRAINT zonificacion_tipo_check CHECK ((tipo = ANY (ARRAY['clasificacion_suelo'::text, 'tratamiento'::text, 'area_actividad'::text, 'proteccion'::text])))
);


--
-- Name: zonificacion_fid_seq; Type: SEQUENCE; Schema: v3; Owner: -
--

CREATE SEQUENCE v3.zonificacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: zonificacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v3; Owner: -
--

ALTER SEQUENCE v3.zonificacion_fid_seq OWNED BY v3.zonificacion.fid;


--
-- Name: accion_control fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.accion_control ALTER COLUMN fid SET DEFAULT nextval('v3.accion_control_fid_seq'::regclass);


--
-- Name: alerta_ocupacion fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.alerta_ocupacion ALTER COLUMN fid SET DEFAULT nextval('v3.alerta_ocupacion_fid_seq'::regclass);


--
-- Name: alerta_version fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.alerta_version ALTER COLUMN fid SET DEFAULT nextval('v3.alerta_version_fid_seq'::regclass);


--
-- Name: amenaza fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.amenaza ALTER COLUMN fid SET DEFAULT nextval('v3.amenaza_fid_seq'::regclass);


--
-- Name: avance fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.avance ALTER COLUMN fid SET DEFAULT nextval('v3.avance_fid_seq'::regclass);


--
-- Name: documento fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.documento ALTER COLUMN fid SET DEFAULT nextval('v3.documento_fid_seq'::regclass);


--
-- Name: dofa fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.dofa ALTER COLUMN fid SET DEFAULT nextval('v3.dofa_fid_seq'::regclass);


--
-- Name: elemento_plan fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.elemento_plan ALTER COLUMN fid SET DEFAULT nextval('v3.elemento_plan_fid_seq'::regclass);


--
-- Name: equipamiento fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.equipamiento ALTER COLUMN fid SET DEFAULT nextval('v3.equipamiento_fid_seq'::regclass);


--
-- Name: espacio_publico fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.espacio_publico ALTER COLUMN fid SET DEFAULT nextval('v3.espacio_publico_fid_seq'::regclass);


--
-- Name: evaluacion_objetivo fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.evaluacion_objetivo ALTER COLUMN fid SET DEFAULT nextval('v3.evaluacion_objetivo_fid_seq'::regclass);


--
-- Name: evaluacion_suficiencia fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.evaluacion_suficiencia ALTER COLUMN fid SET DEFAULT nextval('v3.evaluacion_suficiencia_fid_seq'::regclass);


--
-- Name: foto_visita fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.foto_visita ALTER COLUMN fid SET DEFAULT nextval('v3.foto_visita_fid_seq'::regclass);


--
-- Name: hito fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.hito ALTER COLUMN fid SET DEFAULT nextval('v3.hito_fid_seq'::regclass);


--
-- Name: huella fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.huella ALTER COLUMN fid SET DEFAULT nextval('v3.huella_fid_seq'::regclass);


--
-- Name: indicador fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.indicador ALTER COLUMN fid SET DEFAULT nextval('v3.indicador_fid_seq'::regclass);


--
-- Name: indicador_proyecto fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.indicador_proyecto ALTER COLUMN fid SET DEFAULT nextval('v3.indicador_proyecto_fid_seq'::regclass);


--
-- Name: manzana fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.manzana ALTER COLUMN fid SET DEFAULT nextval('v3.manzana_fid_seq'::regclass);


--
-- Name: medicion fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.medicion ALTER COLUMN fid SET DEFAULT nextval('v3.medicion_fid_seq'::regclass);


--
-- Name: poblacion fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.poblacion ALTER COLUMN fid SET DEFAULT nextval('v3.poblacion_fid_seq'::regclass);


--
-- Name: predio fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.predio ALTER COLUMN fid SET DEFAULT nextval('v3.predio_fid_seq'::regclass);


--
-- Name: presupuesto_anual fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.presupuesto_anual ALTER COLUMN fid SET DEFAULT nextval('v3.presupuesto_anual_fid_seq'::regclass);


--
-- Name: programa fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.programa ALTER COLUMN fid SET DEFAULT nextval('v3.programa_fid_seq'::regclass);


--
-- Name: proyecto fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.proyecto ALTER COLUMN fid SET DEFAULT nextval('v3.proyecto_fid_seq'::regclass);


--
-- Name: requisito_suficiencia fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.requisito_suficiencia ALTER COLUMN fid SET DEFAULT nextval('v3.requisito_suficiencia_fid_seq'::regclass);


--
-- Name: transporte fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.transporte ALTER COLUMN fid SET DEFAULT nextval('v3.transporte_fid_seq'::regclass);


--
-- Name: unidad_territorial fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.unidad_territorial ALTER COLUMN fid SET DEFAULT nextval('v3.unidad_territorial_fid_seq'::regclass);


--
-- Name: valor_suelo fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.valor_suelo ALTER COLUMN fid SET DEFAULT nextval('v3.valor_suelo_fid_seq'::regclass);


--
-- Name: vinculo_plan fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.vinculo_plan ALTER COLUMN fid SET DEFAULT nextval('v3.vinculo_plan_fid_seq'::regclass);


--
-- Name: visita fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.visita ALTER COLUMN fid SET DEFAULT nextval('v3.visita_fid_seq'::regclass);


--
-- Name: zonificacion fid; Type: DEFAULT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.zonificacion ALTER COLUMN fid SET DEFAULT nextval('v3.zonificacion_fid_seq'::regclass);


--
-- Name: accion_control accion_control_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.accion_control
    ADD CONSTRAINT accion_control_pkey PRIMARY KEY (fid);


--
-- Name: alerta_ocupacion alerta_ocupacion_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.alerta_ocupacion
    ADD CONSTRAINT alerta_ocupacion_codigo_key UNIQUE (codigo);


--
-- Name: alerta_ocupacion alerta_ocupacion_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.alerta_ocupacion
    ADD CONSTRAINT alerta_ocupacion_pkey PRIMARY KEY (fid);


--
-- Name: alerta_version alerta_version_alerta_version_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.alerta_version
    ADD CONSTRAINT alerta_version_alerta_version_key UNIQUE (alerta, version);


--
-- Name: alerta_version alerta_version_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.alerta_version
    ADD CONSTRAINT alerta_version_pkey PRIMARY KEY (fid);


--
-- Name: amenaza amenaza_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.amenaza
    ADD CONSTRAINT amenaza_pkey PRIMARY KEY (fid);


--
-- Name: avance avance_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.avance
    ADD CONSTRAINT avance_pkey PRIMARY KEY (fid);


--
-- Name: documento documento_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.documento
    ADD CONSTRAINT documento_codigo_key UNIQUE (codigo);


--
-- Name: documento documento_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.documento
    ADD CONSTRAINT documento_pkey PRIMARY KEY (fid);


--
-- Name: dofa dofa_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.dofa
    ADD CONSTRAINT dofa_pkey PRIMARY KEY (fid);


--
-- Name: elemento_plan elemento_plan_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.elemento_plan
    ADD CONSTRAINT elemento_plan_codigo_key UNIQUE (codigo);


--
-- Name: elemento_plan elemento_plan_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.elemento_plan
    ADD CONSTRAINT elemento_plan_pkey PRIMARY KEY (fid);


--
-- Name: equipamiento equipamiento_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.equipamiento
    ADD CONSTRAINT equipamiento_pkey PRIMARY KEY (fid);


--
-- Name: espacio_publico espacio_publico_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.espacio_publico
    ADD CONSTRAINT espacio_publico_pkey PRIMARY KEY (fid);


--
-- Name: evaluacion_objetivo evaluacion_objetivo_objetivo_anio_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.evaluacion_objetivo
    ADD CONSTRAINT evaluacion_objetivo_objetivo_anio_key UNIQUE (objetivo, anio);


--
-- Name: evaluacion_objetivo evaluacion_objetivo_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.evaluacion_objetivo
    ADD CONSTRAINT evaluacion_objetivo_pkey PRIMARY KEY (fid);


--
-- Name: evaluacion_suficiencia evaluacion_suficiencia_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.evaluacion_suficiencia
    ADD CONSTRAINT evaluacion_suficiencia_pkey PRIMARY KEY (fid);


--
-- Name: evaluacion_suficiencia evaluacion_suficiencia_requisito_anio_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.evaluacion_suficiencia
    ADD CONSTRAINT evaluacion_suficiencia_requisito_anio_key UNIQUE (requisito, anio);


--
-- Name: expediente expediente_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.expediente
    ADD CONSTRAINT expediente_pkey PRIMARY KEY (clave);


--
-- Name: foto_visita foto_visita_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.foto_visita
    ADD CONSTRAINT foto_visita_pkey PRIMARY KEY (fid);


--
-- Name: foto_visita foto_visita_ruta_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.foto_visita
    ADD CONSTRAINT foto_visita_ruta_key UNIQUE (ruta);


--
-- Name: hito hito_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.hito
    ADD CONSTRAINT hito_pkey PRIMARY KEY (fid);


--
-- Name: hito hito_proyecto_fecha_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.hito
    ADD CONSTRAINT hito_proyecto_fecha_key UNIQUE (proyecto, fecha);


--
-- Name: huella huella_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.huella
    ADD CONSTRAINT huella_pkey PRIMARY KEY (fid);


--
-- Name: indicador indicador_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.indicador
    ADD CONSTRAINT indicador_codigo_key UNIQUE (codigo);


--
-- Name: indicador indicador_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.indicador
    ADD CONSTRAINT indicador_pkey PRIMARY KEY (fid);


--
-- Name: indicador_proyecto indicador_proyecto_indicador_proyecto_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.indicador_proyecto
    ADD CONSTRAINT indicador_proyecto_indicador_proyecto_key UNIQUE (indicador, proyecto);


--
-- Name: indicador_proyecto indicador_proyecto_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.indicador_proyecto
    ADD CONSTRAINT indicador_proyecto_pkey PRIMARY KEY (fid);


--
-- Name: manzana manzana_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.manzana
    ADD CONSTRAINT manzana_codigo_key UNIQUE (codigo);


--
-- Name: manzana manzana_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.manzana
    ADD CONSTRAINT manzana_pkey PRIMARY KEY (fid);


--
-- Name: medicion medicion_indicador_periodo_nivel_ambito_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.medicion
    ADD CONSTRAINT medicion_indicador_periodo_nivel_ambito_key UNIQUE (indicador, periodo, nivel, ambito);


--
-- Name: medicion medicion_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.medicion
    ADD CONSTRAINT medicion_pkey PRIMARY KEY (fid);


--
-- Name: poblacion poblacion_ambito_anio_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.poblacion
    ADD CONSTRAINT poblacion_ambito_anio_key UNIQUE (ambito, anio);


--
-- Name: poblacion poblacion_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.poblacion
    ADD CONSTRAINT poblacion_pkey PRIMARY KEY (fid);


--
-- Name: predio predio_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.predio
    ADD CONSTRAINT predio_codigo_key UNIQUE (codigo);


--
-- Name: predio predio_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.predio
    ADD CONSTRAINT predio_pkey PRIMARY KEY (fid);


--
-- Name: presupuesto_anual presupuesto_anual_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.presupuesto_anual
    ADD CONSTRAINT presupuesto_anual_pkey PRIMARY KEY (fid);


--
-- Name: presupuesto_anual presupuesto_anual_proyecto_anio_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.presupuesto_anual
    ADD CONSTRAINT presupuesto_anual_proyecto_anio_key UNIQUE (proyecto, anio);


--
-- Name: programa programa_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.programa
    ADD CONSTRAINT programa_codigo_key UNIQUE (codigo);


--
-- Name: programa programa_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.programa
    ADD CONSTRAINT programa_pkey PRIMARY KEY (fid);


--
-- Name: proyecto proyecto_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.proyecto
    ADD CONSTRAINT proyecto_codigo_key UNIQUE (codigo);


--
-- Name: proyecto proyecto_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.proyecto
    ADD CONSTRAINT proyecto_pkey PRIMARY KEY (fid);


--
-- Name: requisito_suficiencia requisito_suficiencia_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.requisito_suficiencia
    ADD CONSTRAINT requisito_suficiencia_codigo_key UNIQUE (codigo);


--
-- Name: requisito_suficiencia requisito_suficiencia_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.requisito_suficiencia
    ADD CONSTRAINT requisito_suficiencia_pkey PRIMARY KEY (fid);


--
-- Name: transporte transporte_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.transporte
    ADD CONSTRAINT transporte_pkey PRIMARY KEY (fid);


--
-- Name: unidad_territorial unidad_territorial_nivel_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.unidad_territorial
    ADD CONSTRAINT unidad_territorial_nivel_codigo_key UNIQUE (nivel, codigo);


--
-- Name: unidad_territorial unidad_territorial_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.unidad_territorial
    ADD CONSTRAINT unidad_territorial_pkey PRIMARY KEY (fid);


--
-- Name: valor_suelo valor_suelo_nivel_codigo_anio_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.valor_suelo
    ADD CONSTRAINT valor_suelo_nivel_codigo_anio_key UNIQUE (nivel, codigo, anio);


--
-- Name: valor_suelo valor_suelo_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.valor_suelo
    ADD CONSTRAINT valor_suelo_pkey PRIMARY KEY (fid);


--
-- Name: vinculo_plan vinculo_plan_elemento_tipo_codigo_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.vinculo_plan
    ADD CONSTRAINT vinculo_plan_elemento_tipo_codigo_key UNIQUE (elemento, tipo, codigo);


--
-- Name: vinculo_plan vinculo_plan_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.vinculo_plan
    ADD CONSTRAINT vinculo_plan_pkey PRIMARY KEY (fid);


--
-- Name: visita visita_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.visita
    ADD CONSTRAINT visita_pkey PRIMARY KEY (fid);


--
-- Name: visita visita_uuid_version_key; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.visita
    ADD CONSTRAINT visita_uuid_version_key UNIQUE (uuid, version);


--
-- Name: zonificacion zonificacion_pkey; Type: CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.zonificacion
    ADD CONSTRAINT zonificacion_pkey PRIMARY KEY (fid);


--
-- Name: alerta_ocupacion_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX alerta_ocupacion_geom_gist ON v3.alerta_ocupacion USING gist (geom);


--
-- Name: alerta_version_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX alerta_version_geom_gist ON v3.alerta_version USING gist (geom);


--
-- Name: amenaza_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX amenaza_geom_gist ON v3.amenaza USING gist (geom);


--
-- Name: equipamiento_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX equipamiento_geom_gist ON v3.equipamiento USING gist (geom);


--
-- Name: espacio_publico_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX espacio_publico_geom_gist ON v3.espacio_publico USING gist (geom);


--
-- Name: huella_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX huella_geom_gist ON v3.huella USING gist (geom);


--
-- Name: manzana_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX manzana_geom_gist ON v3.manzana USING gist (geom);


--
-- Name: predio_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX predio_geom_gist ON v3.predio USING gist (geom);


--
-- Name: proyecto_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX proyecto_geom_gist ON v3.proyecto USING gist (geom);


--
-- Name: transporte_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX transporte_geom_gist ON v3.transporte USING gist (geom);


--
-- Name: unidad_territorial_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX unidad_territorial_geom_gist ON v3.unidad_territorial USING gist (geom);


--
-- Name: visita_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX visita_geom_gist ON v3.visita USING gist (geom);


--
-- Name: zonificacion_geom_gist; Type: INDEX; Schema: v3; Owner: -
--

CREATE INDEX zonificacion_geom_gist ON v3.zonificacion USING gist (geom);


--
-- Name: accion_control accion_control_solo_adicion; Type: TRIGGER; Schema: v3; Owner: -
--

CREATE TRIGGER accion_control_solo_adicion BEFORE DELETE OR UPDATE ON v3.accion_control FOR EACH ROW EXECUTE FUNCTION v3.pot_solo_adicion();


--
-- Name: alerta_version alerta_version_solo_adicion; Type: TRIGGER; Schema: v3; Owner: -
--

CREATE TRIGGER alerta_version_solo_adicion BEFORE DELETE OR UPDATE ON v3.alerta_version FOR EACH ROW EXECUTE FUNCTION v3.pot_solo_adicion();


--
-- Name: avance avance_solo_adicion; Type: TRIGGER; Schema: v3; Owner: -
--

CREATE TRIGGER avance_solo_adicion BEFORE DELETE OR UPDATE ON v3.avance FOR EACH ROW EXECUTE FUNCTION v3.pot_solo_adicion();


--
-- Name: foto_visita foto_visita_solo_adicion; Type: TRIGGER; Schema: v3; Owner: -
--

CREATE TRIGGER foto_visita_solo_adicion BEFORE DELETE OR UPDATE ON v3.foto_visita FOR EACH ROW EXECUTE FUNCTION v3.pot_solo_adicion();


--
-- Name: visita visita_solo_adicion; Type: TRIGGER; Schema: v3; Owner: -
--

CREATE TRIGGER visita_solo_adicion BEFORE DELETE OR UPDATE ON v3.visita FOR EACH ROW EXECUTE FUNCTION v3.pot_solo_adicion();


--
-- Name: accion_control accion_control_alerta_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.accion_control
    ADD CONSTRAINT accion_control_alerta_fkey FOREIGN KEY (alerta) REFERENCES v3.alerta_ocupacion(codigo);


--
-- Name: alerta_version alerta_version_alerta_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.alerta_version
    ADD CONSTRAINT alerta_version_alerta_fkey FOREIGN KEY (alerta) REFERENCES v3.alerta_ocupacion(codigo);


--
-- Name: avance avance_proyecto_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.avance
    ADD CONSTRAINT avance_proyecto_fkey FOREIGN KEY (proyecto) REFERENCES v3.proyecto(codigo);


--
-- Name: elemento_plan elemento_plan_padre_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.elemento_plan
    ADD CONSTRAINT elemento_plan_padre_fkey FOREIGN KEY (padre) REFERENCES v3.elemento_plan(codigo) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluacion_objetivo evaluacion_objetivo_objetivo_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.evaluacion_objetivo
    ADD CONSTRAINT evaluacion_objetivo_objetivo_fkey FOREIGN KEY (objetivo) REFERENCES v3.elemento_plan(codigo);


--
-- Name: evaluacion_suficiencia evaluacion_suficiencia_requisito_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.evaluacion_suficiencia
    ADD CONSTRAINT evaluacion_suficiencia_requisito_fkey FOREIGN KEY (requisito) REFERENCES v3.requisito_suficiencia(codigo);


--
-- Name: hito hito_proyecto_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.hito
    ADD CONSTRAINT hito_proyecto_fkey FOREIGN KEY (proyecto) REFERENCES v3.proyecto(codigo);


--
-- Name: indicador_proyecto indicador_proyecto_indicador_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.indicador_proyecto
    ADD CONSTRAINT indicador_proyecto_indicador_fkey FOREIGN KEY (indicador) REFERENCES v3.indicador(codigo);


--
-- Name: indicador_proyecto indicador_proyecto_proyecto_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.indicador_proyecto
    ADD CONSTRAINT indicador_proyecto_proyecto_fkey FOREIGN KEY (proyecto) REFERENCES v3.proyecto(codigo);


--
-- Name: medicion medicion_indicador_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.medicion
    ADD CONSTRAINT medicion_indicador_fkey FOREIGN KEY (indicador) REFERENCES v3.indicador(codigo);


--
-- Name: presupuesto_anual presupuesto_anual_proyecto_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.presupuesto_anual
    ADD CONSTRAINT presupuesto_anual_proyecto_fkey FOREIGN KEY (proyecto) REFERENCES v3.proyecto(codigo);


--
-- Name: proyecto proyecto_programa_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.proyecto
    ADD CONSTRAINT proyecto_programa_fkey FOREIGN KEY (programa) REFERENCES v3.programa(codigo);


--
-- Name: vinculo_plan vinculo_plan_elemento_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.vinculo_plan
    ADD CONSTRAINT vinculo_plan_elemento_fkey FOREIGN KEY (elemento) REFERENCES v3.elemento_plan(codigo);


--
-- Name: visita visita_alerta_fkey; Type: FK CONSTRAINT; Schema: v3; Owner: -
--

ALTER TABLE ONLY v3.visita
    ADD CONSTRAINT visita_alerta_fkey FOREIGN KEY (alerta) REFERENCES v3.alerta_ocupacion(codigo);


--
-- PostgreSQL database dump complete
--


