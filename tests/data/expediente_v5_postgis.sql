-- The tables of a PostGIS expediente as release v5 (schema v5) wrote them, in schema "v5":
-- `pg_dump --schema-only` of PostgisStore.create (psql's \restrict lines removed). tests/test_schema_v6.py
-- fills it with the rows of expediente_v5.gpkg and opens it with the current plugin.
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
-- Name: v5; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA v5;


--
-- Name: pot_solo_adicion(); Type: FUNCTION; Schema: v5; Owner: -
--

CREATE FUNCTION v5.pot_solo_adicion() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION '% es de solo adición: registre un nuevo reporte que reemplace al anterior', TG_TABLE_NAME; END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accion_control; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.accion_control (
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
-- Name: accion_control_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.accion_control_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: accion_control_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.accion_control_fid_seq OWNED BY v5.accion_control.fid;


--
-- Name: actividad_participacion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.actividad_participacion (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    tipo text NOT NULL,
    tema text NOT NULL,
    etapa text NOT NULL,
    nivel text NOT NULL,
    unidad text,
    dependencia text NOT NULL,
    proyecto text,
    instrumento text,
    fecha date NOT NULL,
    modalidad text DEFAULT 'presencial'::text NOT NULL,
    estado text DEFAULT 'programada'::text NOT NULL,
    enfoque_genero boolean DEFAULT false NOT NULL,
    enfoque_diferencial boolean DEFAULT false NOT NULL,
    enfoque_territorial boolean DEFAULT false NOT NULL,
    mujeres bigint,
    hombres bigint,
    otras_identidades bigint,
    victimas bigint,
    etnicos bigint,
    discapacidad bigint,
    evaluaciones_aplicadas bigint,
    satisfaccion_media double precision,
    documento text,
    conclusiones text,
    lecciones text,
    CONSTRAINT actividad_participacion_check CHECK (((nivel = 'municipio'::text) OR (unidad IS NOT NULL))),
    CONSTRAINT actividad_participacion_check1 CHECK ((COALESCE(evaluaciones_aplicadas, (0)::bigint) <= ((COALESCE(mujeres, (0)::bigint) + COALESCE(hombres, (0)::bigint)) + COALESCE(otras_identidades, (0)::bigint)))),
    CONSTRAINT actividad_participacion_check2 CHECK (((COALESCE(victimas, (0)::bigint) <= ((COALESCE(mujeres, (0)::bigint) + COALESCE(hombres, (0)::bigint)) + COALESCE(otras_identidades, (0)::bigint))) AND (COALESCE(etnicos, (0)::bigint) <= ((COALESCE(mujeres, (0)::bigint) + COALESCE(hombres, (0)::bigint)) + COALESCE(otras_identidades, (0)::bigint))) AND (COALESCE(discapacidad, (0)::bigint) <= ((COALESCE(mujeres, (0)::bigint) + COALESCE(hombres, (0)::bigint)) + COALESCE(otras_identidades, (0)::bigint))))),
    CONSTRAINT actividad_participacion_discapacidad_check CHECK ((discapacidad >= 0)),
    CONSTRAINT actividad_participacion_discapacidad_check1 CHECK ((discapacidad <= 1000000)),
    CONSTRAINT actividad_participacion_estado_check CHECK ((estado = ANY (ARRAY['programada'::text, 'ejecutada'::text, 'cancelada'::text]))),
    CONSTRAINT actividad_participacion_etapa_check CHECK ((etapa = ANY (ARRAY['priorizacion'::text, 'implementacion'::text, 'seguimiento_evaluacion'::text]))),
    CONSTRAINT actividad_participacion_etnicos_check CHECK ((etnicos >= 0)),
    CONSTRAINT actividad_participacion_etnicos_check1 CHECK ((etnicos <= 1000000)),
    CONSTRAINT actividad_participacion_evaluaciones_aplicadas_check CHECK ((evaluaciones_aplicadas >= 0)),
    CONSTRAINT actividad_participacion_evaluaciones_aplicadas_check1 CHECK ((evaluaciones_aplicadas <= 1000000)),
    CONSTRAINT actividad_participacion_hombres_check CHECK ((hombres >= 0)),
    CONSTRAINT actividad_participacion_hombres_check1 CHECK ((hombres <= 1000000)),
    CONSTRAINT actividad_participacion_modalidad_check CHECK ((modalidad = ANY (ARRAY['presencial'::text, 'virtual'::text, 'mixta'::text]))),
    CONSTRAINT actividad_participacion_mujeres_check CHECK ((mujeres >= 0)),
    CONSTRAINT actividad_participacion_mujeres_check1 CHECK ((mujeres <= 1000000)),
    CONSTRAINT actividad_participacion_nivel_check CHECK ((nivel = ANY (ARRAY['municipio'::text, 'localidad'::text, 'upz'::text, 'upl'::text, 'comuna'::text, 'vereda'::text, 'barrio'::text, 'upr'::text]))),
    CONSTRAINT actividad_participacion_otras_identidades_check CHECK ((otras_identidades >= 0)),
    CONSTRAINT actividad_participacion_otras_identidades_check1 CHECK ((otras_identidades <= 1000000)),
    CONSTRAINT actividad_participacion_satisfaccion_media_check CHECK ((satisfaccion_media >= (1)::double precision)),
    CONSTRAINT actividad_participacion_satisfaccion_media_check1 CHECK ((satisfaccion_media <= (5)::double precision)),
    CONSTRAINT actividad_participacion_tema_check CHECK ((tema = ANY (ARRAY['minisitio'::text, 'proyecto'::text, 'instrumento'::text, 'programa'::text, 'seguimiento_pot'::text, 'norma'::text, 'riesgo'::text, 'ambiente'::text, 'patrimonio'::text, 'otro'::text]))),
    CONSTRAINT actividad_participacion_tipo_check CHECK ((tipo = ANY (ARRAY['taller'::text, 'mesa_trabajo'::text, 'reunion'::text, 'foro'::text, 'consulta'::text, 'audiencia_rendicion_cuentas'::text, 'asistencia_tecnica'::text, 'recorrido'::text, 'consejo_consultivo_ordenamiento'::text, 'consejo_territorial_planeacion'::text, 'consulta_previa'::text, 'otro'::text]))),
    CONSTRAINT actividad_participacion_victimas_check CHECK ((victimas >= 0)),
    CONSTRAINT actividad_participacion_victimas_check1 CHECK ((victimas <= 1000000))
);


--
-- Name: actividad_participacion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.actividad_participacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: actividad_participacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.actividad_participacion_fid_seq OWNED BY v5.actividad_participacion.fid;


--
-- Name: actividad_tradicional; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.actividad_tradicional (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    actividad text NOT NULL,
    desde bigint,
    anio_registro bigint NOT NULL,
    anio_cierre bigint,
    unidad text,
    observaciones text,
    CONSTRAINT actividad_tradicional_anio_cierre_check CHECK ((anio_cierre >= 1900)),
    CONSTRAINT actividad_tradicional_anio_cierre_check1 CHECK ((anio_cierre <= 2100)),
    CONSTRAINT actividad_tradicional_anio_registro_check CHECK ((anio_registro >= 1900)),
    CONSTRAINT actividad_tradicional_anio_registro_check1 CHECK ((anio_registro <= 2100)),
    CONSTRAINT actividad_tradicional_check CHECK (((anio_cierre IS NULL) OR (anio_cierre >= anio_registro))),
    CONSTRAINT actividad_tradicional_desde_check CHECK ((desde >= 1500)),
    CONSTRAINT actividad_tradicional_desde_check1 CHECK ((desde <= 2100))
);


--
-- Name: actividad_tradicional_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.actividad_tradicional_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: actividad_tradicional_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.actividad_tradicional_fid_seq OWNED BY v5.actividad_tradicional.fid;


--
-- Name: actuacion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.actuacion (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    tipo text NOT NULL,
    promotor text,
    tipo_promotor text,
    instrumento text,
    programa text,
    anio_inicio bigint,
    estado text,
    descripcion text,
    CONSTRAINT actuacion_anio_inicio_check CHECK ((anio_inicio >= 1900)),
    CONSTRAINT actuacion_anio_inicio_check1 CHECK ((anio_inicio <= 2100)),
    CONSTRAINT actuacion_estado_check CHECK ((estado = ANY (ARRAY['programada'::text, 'en_ejecucion'::text, 'terminada'::text]))),
    CONSTRAINT actuacion_tipo_check CHECK ((tipo = ANY (ARRAY['obra_licenciada'::text, 'app'::text, 'obras_por_impuestos'::text, 'obra_comunitaria'::text, 'otra'::text]))),
    CONSTRAINT actuacion_tipo_promotor_check CHECK ((tipo_promotor = ANY (ARRAY['persona_natural'::text, 'persona_juridica'::text, 'entidad_publica'::text])))
);


--
-- Name: actuacion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.actuacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: actuacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.actuacion_fid_seq OWNED BY v5.actuacion.fid;


--
-- Name: alerta_ocupacion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.alerta_ocupacion (
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
-- Name: alerta_ocupacion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.alerta_ocupacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alerta_ocupacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.alerta_ocupacion_fid_seq OWNED BY v5.alerta_ocupacion.fid;


--
-- Name: alerta_version; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.alerta_version (
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
-- Name: alerta_version_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.alerta_version_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: alerta_version_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.alerta_version_fid_seq OWNED BY v5.alerta_version.fid;


--
-- Name: amenaza; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.amenaza (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    fenomeno text NOT NULL,
    nivel text NOT NULL,
    mitigable boolean,
    CONSTRAINT amenaza_fenomeno_check CHECK ((fenomeno = ANY (ARRAY['remocion_masa'::text, 'inundacion'::text, 'avenida_torrencial'::text, 'incendio_forestal'::text, 'otro'::text]))),
    CONSTRAINT amenaza_nivel_check CHECK ((nivel = ANY (ARRAY['alta'::text, 'media'::text, 'baja'::text])))
);


--
-- Name: amenaza_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.amenaza_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: amenaza_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.amenaza_fid_seq OWNED BY v5.amenaza.fid;


--
-- Name: asistencia_edad; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.asistencia_edad (
    fid bigint NOT NULL,
    actividad text NOT NULL,
    edad_desde bigint NOT NULL,
    edad_hasta bigint,
    personas bigint NOT NULL,
    CONSTRAINT asistencia_edad_check CHECK (((edad_hasta IS NULL) OR (edad_hasta >= edad_desde))),
    CONSTRAINT asistencia_edad_edad_desde_check CHECK ((edad_desde >= 0)),
    CONSTRAINT asistencia_edad_edad_desde_check1 CHECK ((edad_desde <= 130)),
    CONSTRAINT asistencia_edad_edad_hasta_check CHECK ((edad_hasta >= 0)),
    CONSTRAINT asistencia_edad_edad_hasta_check1 CHECK ((edad_hasta <= 130)),
    CONSTRAINT asistencia_edad_personas_check CHECK ((personas >= 0)),
    CONSTRAINT asistencia_edad_personas_check1 CHECK ((personas <= 1000000))
);


--
-- Name: asistencia_edad_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.asistencia_edad_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: asistencia_edad_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.asistencia_edad_fid_seq OWNED BY v5.asistencia_edad.fid;


--
-- Name: avance; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.avance (
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
-- Name: avance_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.avance_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: avance_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.avance_fid_seq OWNED BY v5.avance.fid;


--
-- Name: bien_patrimonial; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.bien_patrimonial (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    ambito text NOT NULL,
    categoria text NOT NULL,
    acto_declaratorio text,
    nivel_conservacion text,
    uso text,
    tipo_propietario text NOT NULL,
    propietario text,
    direccion text,
    unidad text,
    ultimo_paquete text,
    CONSTRAINT bien_patrimonial_ambito_check CHECK ((ambito = ANY (ARRAY['nacional'::text, 'departamental'::text, 'municipal'::text]))),
    CONSTRAINT bien_patrimonial_categoria_check CHECK ((categoria = ANY (ARRAY['inmueble'::text, 'sector_urbano'::text, 'espacio_publico'::text, 'arqueologico'::text, 'mueble'::text, 'natural'::text, 'inmaterial'::text, 'otro'::text]))),
    CONSTRAINT bien_patrimonial_nivel_conservacion_check CHECK ((nivel_conservacion = ANY (ARRAY['integral'::text, 'tipologica'::text, 'contextual'::text, 'restitucion'::text]))),
    CONSTRAINT bien_patrimonial_tipo_propietario_check CHECK ((tipo_propietario = ANY (ARRAY['publico'::text, 'privado'::text, 'mixto'::text])))
);


--
-- Name: bien_patrimonial_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.bien_patrimonial_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: bien_patrimonial_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.bien_patrimonial_fid_seq OWNED BY v5.bien_patrimonial.fid;


--
-- Name: compromiso; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.compromiso (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    actividad text NOT NULL,
    descripcion text NOT NULL,
    entidad_responsable text NOT NULL,
    competencia_oficina boolean DEFAULT true NOT NULL,
    fecha_limite date
);


--
-- Name: compromiso_estado; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.compromiso_estado (
    fid bigint NOT NULL,
    compromiso text NOT NULL,
    estado text NOT NULL,
    fecha date NOT NULL,
    avance double precision,
    nota text,
    evidencia text,
    registrado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    CONSTRAINT compromiso_estado_avance_check CHECK ((avance >= (0)::double precision)),
    CONSTRAINT compromiso_estado_avance_check1 CHECK ((avance <= (100)::double precision)),
    CONSTRAINT compromiso_estado_estado_check CHECK ((estado = ANY (ARRAY['pendiente'::text, 'en_curso'::text, 'cumplido'::text, 'incumplido'::text, 'trasladado'::text])))
);


--
-- Name: compromiso_estado_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.compromiso_estado_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: compromiso_estado_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.compromiso_estado_fid_seq OWNED BY v5.compromiso_estado.fid;


--
-- Name: compromiso_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.compromiso_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: compromiso_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.compromiso_fid_seq OWNED BY v5.compromiso.fid;


--
-- Name: documento; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.documento (
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
-- Name: documento_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.documento_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: documento_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.documento_fid_seq OWNED BY v5.documento.fid;


--
-- Name: dofa; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.dofa (
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
-- Name: dofa_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.dofa_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dofa_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.dofa_fid_seq OWNED BY v5.dofa.fid;


--
-- Name: elemento_plan; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.elemento_plan (
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
-- Name: elemento_plan_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.elemento_plan_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: elemento_plan_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.elemento_plan_fid_seq OWNED BY v5.elemento_plan.fid;


--
-- Name: entidad; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.entidad (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    nombre text NOT NULL,
    sigla text,
    tipo text,
    sector text,
    CONSTRAINT entidad_tipo_check CHECK ((tipo = ANY (ARRAY['secretaria'::text, 'establecimiento_publico'::text, 'empresa_publica'::text, 'alcaldia_local'::text, 'organo_control'::text, 'privada'::text, 'comunitaria'::text, 'otra'::text])))
);


--
-- Name: entidad_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.entidad_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entidad_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.entidad_fid_seq OWNED BY v5.entidad.fid;


--
-- Name: equipamiento; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.equipamiento (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    sector text NOT NULL,
    capacidad double precision,
    unidad_capacidad text,
    estado text DEFAULT 'operando'::text NOT NULL,
    naturaleza text,
    nodo text,
    entidad text,
    CONSTRAINT equipamiento_capacidad_check CHECK ((capacidad >= (0)::double precision)),
    CONSTRAINT equipamiento_estado_check CHECK ((estado = ANY (ARRAY['operando'::text, 'en_construccion'::text, 'cerrado'::text]))),
    CONSTRAINT equipamiento_naturaleza_check CHECK ((naturaleza = ANY (ARRAY['publica'::text, 'privada'::text, 'mixta'::text]))),
    CONSTRAINT equipamiento_sector_check CHECK ((sector = ANY (ARRAY['educacion'::text, 'salud'::text, 'cultura'::text, 'cuidado'::text, 'bienestar'::text, 'recreacion'::text, 'seguridad'::text, 'abastecimiento'::text, 'administracion'::text, 'culto'::text, 'otro'::text]))),
    CONSTRAINT equipamiento_unidad_capacidad_check CHECK ((unidad_capacidad = ANY (ARRAY['cupos'::text, 'camas'::text, 'm2'::text, 'personas_dia'::text])))
);


--
-- Name: equipamiento_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.equipamiento_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: equipamiento_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.equipamiento_fid_seq OWNED BY v5.equipamiento.fid;


--
-- Name: espacio_publico; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.espacio_publico (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text,
    nombre text,
    tipo text NOT NULL,
    efectivo boolean DEFAULT true NOT NULL,
    CONSTRAINT espacio_publico_tipo_check CHECK ((tipo = ANY (ARRAY['parque'::text, 'plaza'::text, 'plazoleta'::text, 'zona_verde'::text, 'alameda'::text, 'separador'::text, 'otro'::text])))
);


--
-- Name: espacio_publico_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.espacio_publico_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: espacio_publico_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.espacio_publico_fid_seq OWNED BY v5.espacio_publico.fid;


--
-- Name: evaluacion_objetivo; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.evaluacion_objetivo (
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
-- Name: evaluacion_objetivo_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.evaluacion_objetivo_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evaluacion_objetivo_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.evaluacion_objetivo_fid_seq OWNED BY v5.evaluacion_objetivo.fid;


--
-- Name: evaluacion_suficiencia; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.evaluacion_suficiencia (
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
-- Name: evaluacion_suficiencia_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.evaluacion_suficiencia_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evaluacion_suficiencia_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.evaluacion_suficiencia_fid_seq OWNED BY v5.evaluacion_suficiencia.fid;


--
-- Name: expediente; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.expediente (
    clave text NOT NULL,
    valor text
);


--
-- Name: experiencia; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.experiencia (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    titulo text NOT NULL,
    proyecto text NOT NULL,
    anio bigint NOT NULL,
    entidad text,
    beneficiarios text NOT NULL,
    estrategia text NOT NULL,
    costo double precision,
    resultados text NOT NULL,
    lecciones text NOT NULL,
    documentos text,
    unidades text,
    CONSTRAINT experiencia_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT experiencia_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT experiencia_beneficiarios_check CHECK ((beneficiarios = ANY (ARRAY['propietarios_originales'::text, 'actividades_tradicionales'::text, 'ambos'::text]))),
    CONSTRAINT experiencia_costo_check CHECK ((costo >= (0)::double precision))
);


--
-- Name: experiencia_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.experiencia_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: experiencia_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.experiencia_fid_seq OWNED BY v5.experiencia.fid;


--
-- Name: foto_inspeccion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.foto_inspeccion (
    fid bigint NOT NULL,
    inspeccion text NOT NULL,
    ruta text NOT NULL,
    sha256 text NOT NULL,
    bytes bigint NOT NULL,
    CONSTRAINT foto_inspeccion_bytes_check CHECK ((bytes >= 0))
);


--
-- Name: foto_inspeccion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.foto_inspeccion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: foto_inspeccion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.foto_inspeccion_fid_seq OWNED BY v5.foto_inspeccion.fid;


--
-- Name: foto_visita; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.foto_visita (
    fid bigint NOT NULL,
    visita text NOT NULL,
    ruta text NOT NULL,
    sha256 text NOT NULL,
    bytes bigint NOT NULL,
    CONSTRAINT foto_visita_bytes_check CHECK ((bytes >= 0))
);


--
-- Name: foto_visita_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.foto_visita_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: foto_visita_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.foto_visita_fid_seq OWNED BY v5.foto_visita.fid;


--
-- Name: hito; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.hito (
    fid bigint NOT NULL,
    proyecto text NOT NULL,
    fecha date NOT NULL,
    avance_esperado double precision NOT NULL,
    descripcion text,
    CONSTRAINT hito_avance_esperado_check CHECK ((avance_esperado >= (0)::double precision))
);


--
-- Name: hito_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.hito_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hito_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.hito_fid_seq OWNED BY v5.hito.fid;


--
-- Name: huella; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.huella (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    anio bigint NOT NULL,
    informal boolean DEFAULT false,
    CONSTRAINT huella_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT huella_anio_check1 CHECK ((anio <= 2100))
);


--
-- Name: huella_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.huella_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: huella_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.huella_fid_seq OWNED BY v5.huella.fid;


--
-- Name: indicador; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.indicador (
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
-- Name: indicador_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.indicador_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indicador_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.indicador_fid_seq OWNED BY v5.indicador.fid;


--
-- Name: indicador_proyecto; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.indicador_proyecto (
    fid bigint NOT NULL,
    indicador text NOT NULL,
    proyecto text NOT NULL
);


--
-- Name: indicador_proyecto_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.indicador_proyecto_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: indicador_proyecto_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.indicador_proyecto_fid_seq OWNED BY v5.indicador_proyecto.fid;


--
-- Name: inspeccion_patrimonio; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.inspeccion_patrimonio (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    uuid text NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    bien text NOT NULL,
    fecha_hora text NOT NULL,
    inspector text NOT NULL,
    estado text NOT NULL,
    abandono boolean DEFAULT false NOT NULL,
    intervencion_sin_licencia boolean DEFAULT false NOT NULL,
    grafiti boolean DEFAULT false NOT NULL,
    cerramiento boolean DEFAULT false NOT NULL,
    otra_amenaza text,
    observaciones text,
    foto_1 text,
    foto_2 text,
    foto_3 text,
    precision_gps_m double precision,
    paquete text,
    corrige bigint,
    registrado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    CONSTRAINT inspeccion_patrimonio_estado_check CHECK ((estado = ANY (ARRAY['bueno'::text, 'regular'::text, 'malo'::text, 'perdido'::text]))),
    CONSTRAINT inspeccion_patrimonio_precision_gps_m_check CHECK ((precision_gps_m >= (0)::double precision)),
    CONSTRAINT inspeccion_patrimonio_version_check CHECK ((version >= 1))
);


--
-- Name: inspeccion_patrimonio_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.inspeccion_patrimonio_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: inspeccion_patrimonio_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.inspeccion_patrimonio_fid_seq OWNED BY v5.inspeccion_patrimonio.fid;


--
-- Name: instrumento; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.instrumento (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    tipo text NOT NULL,
    acto text,
    fecha_acto date,
    promotor text,
    tipo_promotor text,
    estado text DEFAULT 'adoptado'::text NOT NULL,
    vigente_hasta date,
    observaciones text,
    CONSTRAINT instrumento_estado_check CHECK ((estado = ANY (ARRAY['formulacion'::text, 'adoptado'::text, 'en_ejecucion'::text, 'liquidado'::text, 'vencido'::text, 'negado'::text]))),
    CONSTRAINT instrumento_tipo_check CHECK ((tipo = ANY (ARRAY['plan_parcial'::text, 'licencia_urbanistica'::text, 'unidad_actuacion'::text, 'plan_regularizacion'::text, 'plan_implantacion'::text, 'anuncio_proyecto'::text, 'plusvalia'::text, 'valorizacion'::text, 'transferencia_derechos'::text, 'otro'::text]))),
    CONSTRAINT instrumento_tipo_promotor_check CHECK ((tipo_promotor = ANY (ARRAY['persona_natural'::text, 'persona_juridica'::text, 'entidad_publica'::text])))
);


--
-- Name: instrumento_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.instrumento_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: instrumento_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.instrumento_fid_seq OWNED BY v5.instrumento.fid;


--
-- Name: intervencion_patrimonio; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.intervencion_patrimonio (
    fid bigint NOT NULL,
    bien text NOT NULL,
    tipo text NOT NULL,
    con_licencia boolean NOT NULL,
    licencia text,
    entidad text,
    fecha_inicio date NOT NULL,
    fecha_fin date,
    estado text NOT NULL,
    observaciones text,
    CONSTRAINT intervencion_patrimonio_check CHECK (((NOT con_licencia) OR (licencia IS NOT NULL))),
    CONSTRAINT intervencion_patrimonio_check1 CHECK (((fecha_fin IS NULL) OR (fecha_fin >= fecha_inicio))),
    CONSTRAINT intervencion_patrimonio_estado_check CHECK ((estado = ANY (ARRAY['en_tramite'::text, 'en_ejecucion'::text, 'terminada'::text, 'suspendida'::text]))),
    CONSTRAINT intervencion_patrimonio_tipo_check CHECK ((tipo = ANY (ARRAY['restauracion'::text, 'reforzamiento'::text, 'adecuacion'::text, 'ampliacion'::text, 'mantenimiento'::text, 'demolicion'::text, 'otra'::text])))
);


--
-- Name: intervencion_patrimonio_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.intervencion_patrimonio_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: intervencion_patrimonio_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.intervencion_patrimonio_fid_seq OWNED BY v5.intervencion_patrimonio.fid;


--
-- Name: inversion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.inversion (
    fid bigint NOT NULL,
    proyecto text,
    actuacion text,
    anio bigint NOT NULL,
    fuente text NOT NULL,
    bpin text,
    fuente_ccpet text,
    valor double precision NOT NULL,
    entidad text,
    observaciones text,
    reportado_por text,
    registrado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    reemplaza bigint,
    CONSTRAINT inversion_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT inversion_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT inversion_check CHECK (((proyecto IS NULL) <> (actuacion IS NULL))),
    CONSTRAINT inversion_fuente_check CHECK ((fuente = ANY (ARRAY['publica'::text, 'privada'::text, 'colaborativa'::text, 'cooperacion'::text, 'regalias'::text, 'otra'::text]))),
    CONSTRAINT inversion_valor_check CHECK ((valor >= (0)::double precision))
);


--
-- Name: inversion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.inversion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: inversion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.inversion_fid_seq OWNED BY v5.inversion.fid;


--
-- Name: manzana; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.manzana (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    unidad text
);


--
-- Name: manzana_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.manzana_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: manzana_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.manzana_fid_seq OWNED BY v5.manzana.fid;


--
-- Name: medicion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.medicion (
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
    CONSTRAINT medicion_nivel_check CHECK ((nivel = ANY (ARRAY['municipio'::text, 'localidad'::text, 'upz'::text, 'upl'::text, 'comuna'::text, 'vereda'::text, 'barrio'::text, 'upr'::text, 'programa'::text])))
);


--
-- Name: medicion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.medicion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: medicion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.medicion_fid_seq OWNED BY v5.medicion.fid;


--
-- Name: nodo_equipamiento; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.nodo_equipamiento (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    gestor text,
    estado text DEFAULT 'propuesto'::text NOT NULL,
    proyecto text,
    observaciones text,
    CONSTRAINT nodo_equipamiento_estado_check CHECK ((estado = ANY (ARRAY['propuesto'::text, 'en_implementacion'::text, 'operando'::text])))
);


--
-- Name: nodo_equipamiento_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.nodo_equipamiento_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: nodo_equipamiento_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.nodo_equipamiento_fid_seq OWNED BY v5.nodo_equipamiento.fid;


--
-- Name: obligacion_urbanistica; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.obligacion_urbanistica (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    instrumento text NOT NULL,
    tipo text NOT NULL,
    destino text NOT NULL,
    cantidad double precision NOT NULL,
    unidad text NOT NULL,
    fecha_limite date,
    promotor text,
    tipo_promotor text,
    descripcion text,
    CONSTRAINT obligacion_urbanistica_cantidad_check CHECK ((cantidad >= (0)::double precision)),
    CONSTRAINT obligacion_urbanistica_check CHECK (((tipo <> 'suelo'::text) OR (geom IS NOT NULL))),
    CONSTRAINT obligacion_urbanistica_check1 CHECK (((tipo <> 'suelo'::text) OR (unidad = 'm2'::text))),
    CONSTRAINT obligacion_urbanistica_check2 CHECK (((tipo <> 'dinero'::text) OR (unidad = 'cop'::text))),
    CONSTRAINT obligacion_urbanistica_destino_check CHECK ((destino = ANY (ARRAY['vias'::text, 'espacio_publico'::text, 'equipamiento'::text, 'vivienda_social'::text, 'otro'::text]))),
    CONSTRAINT obligacion_urbanistica_tipo_check CHECK ((tipo = ANY (ARRAY['suelo'::text, 'especie'::text, 'dinero'::text]))),
    CONSTRAINT obligacion_urbanistica_tipo_promotor_check CHECK ((tipo_promotor = ANY (ARRAY['persona_natural'::text, 'persona_juridica'::text, 'entidad_publica'::text]))),
    CONSTRAINT obligacion_urbanistica_unidad_check CHECK ((unidad = ANY (ARRAY['m2'::text, 'cop'::text, 'unidades'::text])))
);


--
-- Name: obligacion_urbanistica_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.obligacion_urbanistica_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: obligacion_urbanistica_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.obligacion_urbanistica_fid_seq OWNED BY v5.obligacion_urbanistica.fid;


--
-- Name: plan_participacion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.plan_participacion (
    fid bigint NOT NULL,
    dependencia text NOT NULL,
    linea text NOT NULL,
    periodo text NOT NULL,
    programadas bigint NOT NULL,
    ejecutadas bigint,
    observaciones text,
    CONSTRAINT plan_participacion_ejecutadas_check CHECK ((ejecutadas >= 0)),
    CONSTRAINT plan_participacion_ejecutadas_check1 CHECK ((ejecutadas <= 1000000)),
    CONSTRAINT plan_participacion_periodo_check CHECK ((periodo ~ '^[12][0-9][0-9][0-9].*$'::text)),
    CONSTRAINT plan_participacion_programadas_check CHECK ((programadas >= 0)),
    CONSTRAINT plan_participacion_programadas_check1 CHECK ((programadas <= 1000000))
);


--
-- Name: plan_participacion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.plan_participacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: plan_participacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.plan_participacion_fid_seq OWNED BY v5.plan_participacion.fid;


--
-- Name: poblacion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.poblacion (
    fid bigint NOT NULL,
    ambito text NOT NULL,
    nivel text NOT NULL,
    anio bigint NOT NULL,
    poblacion bigint NOT NULL,
    viviendas bigint,
    hogares bigint,
    mujeres bigint,
    hombres bigint,
    CONSTRAINT poblacion_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT poblacion_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT poblacion_hogares_check CHECK ((hogares >= 0)),
    CONSTRAINT poblacion_hombres_check CHECK ((hombres >= 0)),
    CONSTRAINT poblacion_mujeres_check CHECK ((mujeres >= 0)),
    CONSTRAINT poblacion_nivel_check CHECK ((nivel = ANY (ARRAY['manzana'::text, 'municipio'::text, 'localidad'::text, 'upz'::text, 'upl'::text, 'comuna'::text, 'vereda'::text, 'barrio'::text, 'upr'::text, 'sin_unidad'::text]))),
    CONSTRAINT poblacion_poblacion_check CHECK ((poblacion >= 0)),
    CONSTRAINT poblacion_viviendas_check CHECK ((viviendas >= 0))
);


--
-- Name: poblacion_edad; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.poblacion_edad (
    fid bigint NOT NULL,
    ambito text NOT NULL,
    nivel text NOT NULL,
    anio bigint NOT NULL,
    sexo text DEFAULT 'total'::text NOT NULL,
    edad_desde bigint NOT NULL,
    edad_hasta bigint,
    personas bigint NOT NULL,
    CONSTRAINT poblacion_edad_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT poblacion_edad_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT poblacion_edad_check CHECK (((edad_hasta IS NULL) OR (edad_hasta >= edad_desde))),
    CONSTRAINT poblacion_edad_edad_desde_check CHECK ((edad_desde >= 0)),
    CONSTRAINT poblacion_edad_edad_desde_check1 CHECK ((edad_desde <= 130)),
    CONSTRAINT poblacion_edad_edad_hasta_check CHECK ((edad_hasta >= 0)),
    CONSTRAINT poblacion_edad_edad_hasta_check1 CHECK ((edad_hasta <= 130)),
    CONSTRAINT poblacion_edad_nivel_check CHECK ((nivel = ANY (ARRAY['manzana'::text, 'municipio'::text, 'localidad'::text, 'upz'::text, 'upl'::text, 'comuna'::text, 'vereda'::text, 'barrio'::text, 'upr'::text, 'sin_unidad'::text]))),
    CONSTRAINT poblacion_edad_personas_check CHECK ((personas >= 0)),
    CONSTRAINT poblacion_edad_sexo_check CHECK ((sexo = ANY (ARRAY['total'::text, 'mujeres'::text, 'hombres'::text])))
);


--
-- Name: poblacion_edad_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.poblacion_edad_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: poblacion_edad_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.poblacion_edad_fid_seq OWNED BY v5.poblacion_edad.fid;


--
-- Name: poblacion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.poblacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: poblacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.poblacion_fid_seq OWNED BY v5.poblacion.fid;


--
-- Name: predio; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.predio (
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
-- Name: predio_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.predio_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: predio_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.predio_fid_seq OWNED BY v5.predio.fid;


--
-- Name: presupuesto_anual; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.presupuesto_anual (
    fid bigint NOT NULL,
    proyecto text NOT NULL,
    anio bigint NOT NULL,
    valor_asignado double precision NOT NULL,
    CONSTRAINT presupuesto_anual_anio_check CHECK ((anio >= 1900)),
    CONSTRAINT presupuesto_anual_anio_check1 CHECK ((anio <= 2100)),
    CONSTRAINT presupuesto_anual_valor_asignado_check CHECK ((valor_asignado >= (0)::double precision))
);


--
-- Name: presupuesto_anual_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.presupuesto_anual_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: presupuesto_anual_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.presupuesto_anual_fid_seq OWNED BY v5.presupuesto_anual.fid;


--
-- Name: programa; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.programa (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    nombre text NOT NULL,
    objetivo text
);


--
-- Name: programa_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.programa_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: programa_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.programa_fid_seq OWNED BY v5.programa.fid;


--
-- Name: proyecto; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.proyecto (
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
-- Name: proyecto_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.proyecto_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: proyecto_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.proyecto_fid_seq OWNED BY v5.proyecto.fid;


--
-- Name: recaudo_obligacion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.recaudo_obligacion (
    fid bigint NOT NULL,
    obligacion text NOT NULL,
    fecha date NOT NULL,
    cantidad double precision NOT NULL,
    referencia text NOT NULL,
    proyecto_destino text,
    documento text,
    observaciones text,
    reportado_por text,
    registrado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    reemplaza bigint,
    CONSTRAINT recaudo_obligacion_cantidad_check CHECK ((cantidad >= (0)::double precision))
);


--
-- Name: recaudo_obligacion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.recaudo_obligacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: recaudo_obligacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.recaudo_obligacion_fid_seq OWNED BY v5.recaudo_obligacion.fid;


--
-- Name: reporte_equipamiento; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.reporte_equipamiento (
    fid bigint NOT NULL,
    equipamiento text NOT NULL,
    periodo text NOT NULL,
    fecha_corte date NOT NULL,
    capacidad double precision,
    capacidad_en_uso double precision,
    usuarios bigint NOT NULL,
    usuarios_mujeres bigint,
    usuarios_hombres bigint,
    usuarios_0_5 bigint,
    usuarios_6_11 bigint,
    usuarios_12_17 bigint,
    usuarios_18_28 bigint,
    usuarios_29_59 bigint,
    usuarios_60_mas bigint,
    observaciones text,
    reportado_por text,
    registrado_en text DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text) NOT NULL,
    reemplaza bigint,
    CONSTRAINT reporte_equipamiento_capacidad_check CHECK ((capacidad >= (0)::double precision)),
    CONSTRAINT reporte_equipamiento_capacidad_en_uso_check CHECK ((capacidad_en_uso >= (0)::double precision)),
    CONSTRAINT reporte_equipamiento_periodo_check CHECK ((periodo ~ '^[12][0-9][0-9][0-9]-S[12]$'::text)),
    CONSTRAINT reporte_equipamiento_usuarios_0_5_check CHECK ((usuarios_0_5 >= 0)),
    CONSTRAINT reporte_equipamiento_usuarios_12_17_check CHECK ((usuarios_12_17 >= 0)),
    CONSTRAINT reporte_equipamiento_usuarios_18_28_check CHECK ((usuarios_18_28 >= 0)),
    CONSTRAINT reporte_equipamiento_usuarios_29_59_check CHECK ((usuarios_29_59 >= 0)),
    CONSTRAINT reporte_equipamiento_usuarios_60_mas_check CHECK ((usuarios_60_mas >= 0)),
    CONSTRAINT reporte_equipamiento_usuarios_6_11_check CHECK ((usuarios_6_11 >= 0)),
    CONSTRAINT reporte_equipamiento_usuarios_check CHECK ((usuarios >= 0)),
    CONSTRAINT reporte_equipamiento_usuarios_hombres_check CHECK ((usuarios_hombres >= 0)),
    CONSTRAINT reporte_equipamiento_usuarios_mujeres_check CHECK ((usuarios_mujeres >= 0))
);


--
-- Name: reporte_equipamiento_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.reporte_equipamiento_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reporte_equipamiento_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.reporte_equipamiento_fid_seq OWNED BY v5.reporte_equipamiento.fid;


--
-- Name: requisito_suficiencia; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.requisito_suficiencia (
    fid bigint NOT NULL,
    codigo text NOT NULL,
    tipos_plan text NOT NULL,
    componente text NOT NULL,
    contenido text NOT NULL,
    fuente text NOT NULL
);


--
-- Name: requisito_suficiencia_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.requisito_suficiencia_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: requisito_suficiencia_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.requisito_suficiencia_fid_seq OWNED BY v5.requisito_suficiencia.fid;


--
-- Name: transporte; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.transporte (
    fid bigint NOT NULL,
    geom public.geometry(Point,9377),
    codigo text,
    nombre text NOT NULL,
    capacidad text NOT NULL,
    CONSTRAINT transporte_capacidad_check CHECK ((capacidad = ANY (ARRAY['alta'::text, 'baja'::text])))
);


--
-- Name: transporte_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.transporte_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: transporte_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.transporte_fid_seq OWNED BY v5.transporte.fid;


--
-- Name: unidad_territorial; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.unidad_territorial (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    nivel text NOT NULL,
    codigo_padre text,
    CONSTRAINT unidad_territorial_nivel_check CHECK ((nivel = ANY (ARRAY['municipio'::text, 'localidad'::text, 'upz'::text, 'upl'::text, 'comuna'::text, 'vereda'::text, 'barrio'::text, 'upr'::text])))
);


--
-- Name: unidad_territorial_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.unidad_territorial_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: unidad_territorial_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.unidad_territorial_fid_seq OWNED BY v5.unidad_territorial.fid;


--
-- Name: valor_suelo; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.valor_suelo (
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
-- Name: valor_suelo_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.valor_suelo_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: valor_suelo_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.valor_suelo_fid_seq OWNED BY v5.valor_suelo.fid;


--
-- Name: vinculo_plan; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.vinculo_plan (
    fid bigint NOT NULL,
    elemento text NOT NULL,
    tipo text NOT NULL,
    codigo text NOT NULL,
    articulo text,
    CONSTRAINT vinculo_plan_tipo_check CHECK ((tipo = ANY (ARRAY['programa'::text, 'proyecto'::text, 'indicador'::text])))
);


--
-- Name: vinculo_plan_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.vinculo_plan_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: vinculo_plan_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.vinculo_plan_fid_seq OWNED BY v5.vinculo_plan.fid;


--
-- Name: visita; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.visita (
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
-- Name: visita_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.visita_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: visita_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.visita_fid_seq OWNED BY v5.visita.fid;


--
-- Name: zona_influencia_patrimonio; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.zona_influencia_patrimonio (
    fid bigint NOT NULL,
    geom public.geometry(MultiPolygon,9377),
    codigo text NOT NULL,
    nombre text NOT NULL,
    tipo text NOT NULL,
    bien text,
    norma text,
    vigente_desde date,
    CONSTRAINT zona_influencia_patrimonio_tipo_check CHECK ((tipo = ANY (ARRAY['area_afectada'::text, 'zona_influencia'::text, 'pemp'::text])))
);


--
-- Name: zona_influencia_patrimonio_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.zona_influencia_patrimonio_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: zona_influencia_patrimonio_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.zona_influencia_patrimonio_fid_seq OWNED BY v5.zona_influencia_patrimonio.fid;


--
-- Name: zonificacion; Type: TABLE; Schema: v5; Owner: -
--

CREATE TABLE v5.zonificacion (
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
-- Name: zonificacion_fid_seq; Type: SEQUENCE; Schema: v5; Owner: -
--

CREATE SEQUENCE v5.zonificacion_fid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: zonificacion_fid_seq; Type: SEQUENCE OWNED BY; Schema: v5; Owner: -
--

ALTER SEQUENCE v5.zonificacion_fid_seq OWNED BY v5.zonificacion.fid;


--
-- Name: accion_control fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.accion_control ALTER COLUMN fid SET DEFAULT nextval('v5.accion_control_fid_seq'::regclass);


--
-- Name: actividad_participacion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actividad_participacion ALTER COLUMN fid SET DEFAULT nextval('v5.actividad_participacion_fid_seq'::regclass);


--
-- Name: actividad_tradicional fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actividad_tradicional ALTER COLUMN fid SET DEFAULT nextval('v5.actividad_tradicional_fid_seq'::regclass);


--
-- Name: actuacion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actuacion ALTER COLUMN fid SET DEFAULT nextval('v5.actuacion_fid_seq'::regclass);


--
-- Name: alerta_ocupacion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.alerta_ocupacion ALTER COLUMN fid SET DEFAULT nextval('v5.alerta_ocupacion_fid_seq'::regclass);


--
-- Name: alerta_version fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.alerta_version ALTER COLUMN fid SET DEFAULT nextval('v5.alerta_version_fid_seq'::regclass);


--
-- Name: amenaza fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.amenaza ALTER COLUMN fid SET DEFAULT nextval('v5.amenaza_fid_seq'::regclass);


--
-- Name: asistencia_edad fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.asistencia_edad ALTER COLUMN fid SET DEFAULT nextval('v5.asistencia_edad_fid_seq'::regclass);


--
-- Name: avance fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.avance ALTER COLUMN fid SET DEFAULT nextval('v5.avance_fid_seq'::regclass);


--
-- Name: bien_patrimonial fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.bien_patrimonial ALTER COLUMN fid SET DEFAULT nextval('v5.bien_patrimonial_fid_seq'::regclass);


--
-- Name: compromiso fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.compromiso ALTER COLUMN fid SET DEFAULT nextval('v5.compromiso_fid_seq'::regclass);


--
-- Name: compromiso_estado fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.compromiso_estado ALTER COLUMN fid SET DEFAULT nextval('v5.compromiso_estado_fid_seq'::regclass);


--
-- Name: documento fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.documento ALTER COLUMN fid SET DEFAULT nextval('v5.documento_fid_seq'::regclass);


--
-- Name: dofa fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.dofa ALTER COLUMN fid SET DEFAULT nextval('v5.dofa_fid_seq'::regclass);


--
-- Name: elemento_plan fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.elemento_plan ALTER COLUMN fid SET DEFAULT nextval('v5.elemento_plan_fid_seq'::regclass);


--
-- Name: entidad fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.entidad ALTER COLUMN fid SET DEFAULT nextval('v5.entidad_fid_seq'::regclass);


--
-- Name: equipamiento fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.equipamiento ALTER COLUMN fid SET DEFAULT nextval('v5.equipamiento_fid_seq'::regclass);


--
-- Name: espacio_publico fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.espacio_publico ALTER COLUMN fid SET DEFAULT nextval('v5.espacio_publico_fid_seq'::regclass);


--
-- Name: evaluacion_objetivo fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.evaluacion_objetivo ALTER COLUMN fid SET DEFAULT nextval('v5.evaluacion_objetivo_fid_seq'::regclass);


--
-- Name: evaluacion_suficiencia fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.evaluacion_suficiencia ALTER COLUMN fid SET DEFAULT nextval('v5.evaluacion_suficiencia_fid_seq'::regclass);


--
-- Name: experiencia fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.experiencia ALTER COLUMN fid SET DEFAULT nextval('v5.experiencia_fid_seq'::regclass);


--
-- Name: foto_inspeccion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.foto_inspeccion ALTER COLUMN fid SET DEFAULT nextval('v5.foto_inspeccion_fid_seq'::regclass);


--
-- Name: foto_visita fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.foto_visita ALTER COLUMN fid SET DEFAULT nextval('v5.foto_visita_fid_seq'::regclass);


--
-- Name: hito fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.hito ALTER COLUMN fid SET DEFAULT nextval('v5.hito_fid_seq'::regclass);


--
-- Name: huella fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.huella ALTER COLUMN fid SET DEFAULT nextval('v5.huella_fid_seq'::regclass);


--
-- Name: indicador fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.indicador ALTER COLUMN fid SET DEFAULT nextval('v5.indicador_fid_seq'::regclass);


--
-- Name: indicador_proyecto fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.indicador_proyecto ALTER COLUMN fid SET DEFAULT nextval('v5.indicador_proyecto_fid_seq'::regclass);


--
-- Name: inspeccion_patrimonio fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.inspeccion_patrimonio ALTER COLUMN fid SET DEFAULT nextval('v5.inspeccion_patrimonio_fid_seq'::regclass);


--
-- Name: instrumento fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.instrumento ALTER COLUMN fid SET DEFAULT nextval('v5.instrumento_fid_seq'::regclass);


--
-- Name: intervencion_patrimonio fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.intervencion_patrimonio ALTER COLUMN fid SET DEFAULT nextval('v5.intervencion_patrimonio_fid_seq'::regclass);


--
-- Name: inversion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.inversion ALTER COLUMN fid SET DEFAULT nextval('v5.inversion_fid_seq'::regclass);


--
-- Name: manzana fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.manzana ALTER COLUMN fid SET DEFAULT nextval('v5.manzana_fid_seq'::regclass);


--
-- Name: medicion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.medicion ALTER COLUMN fid SET DEFAULT nextval('v5.medicion_fid_seq'::regclass);


--
-- Name: nodo_equipamiento fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.nodo_equipamiento ALTER COLUMN fid SET DEFAULT nextval('v5.nodo_equipamiento_fid_seq'::regclass);


--
-- Name: obligacion_urbanistica fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.obligacion_urbanistica ALTER COLUMN fid SET DEFAULT nextval('v5.obligacion_urbanistica_fid_seq'::regclass);


--
-- Name: plan_participacion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.plan_participacion ALTER COLUMN fid SET DEFAULT nextval('v5.plan_participacion_fid_seq'::regclass);


--
-- Name: poblacion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.poblacion ALTER COLUMN fid SET DEFAULT nextval('v5.poblacion_fid_seq'::regclass);


--
-- Name: poblacion_edad fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.poblacion_edad ALTER COLUMN fid SET DEFAULT nextval('v5.poblacion_edad_fid_seq'::regclass);


--
-- Name: predio fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.predio ALTER COLUMN fid SET DEFAULT nextval('v5.predio_fid_seq'::regclass);


--
-- Name: presupuesto_anual fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.presupuesto_anual ALTER COLUMN fid SET DEFAULT nextval('v5.presupuesto_anual_fid_seq'::regclass);


--
-- Name: programa fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.programa ALTER COLUMN fid SET DEFAULT nextval('v5.programa_fid_seq'::regclass);


--
-- Name: proyecto fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.proyecto ALTER COLUMN fid SET DEFAULT nextval('v5.proyecto_fid_seq'::regclass);


--
-- Name: recaudo_obligacion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.recaudo_obligacion ALTER COLUMN fid SET DEFAULT nextval('v5.recaudo_obligacion_fid_seq'::regclass);


--
-- Name: reporte_equipamiento fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.reporte_equipamiento ALTER COLUMN fid SET DEFAULT nextval('v5.reporte_equipamiento_fid_seq'::regclass);


--
-- Name: requisito_suficiencia fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.requisito_suficiencia ALTER COLUMN fid SET DEFAULT nextval('v5.requisito_suficiencia_fid_seq'::regclass);


--
-- Name: transporte fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.transporte ALTER COLUMN fid SET DEFAULT nextval('v5.transporte_fid_seq'::regclass);


--
-- Name: unidad_territorial fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.unidad_territorial ALTER COLUMN fid SET DEFAULT nextval('v5.unidad_territorial_fid_seq'::regclass);


--
-- Name: valor_suelo fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.valor_suelo ALTER COLUMN fid SET DEFAULT nextval('v5.valor_suelo_fid_seq'::regclass);


--
-- Name: vinculo_plan fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.vinculo_plan ALTER COLUMN fid SET DEFAULT nextval('v5.vinculo_plan_fid_seq'::regclass);


--
-- Name: visita fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.visita ALTER COLUMN fid SET DEFAULT nextval('v5.visita_fid_seq'::regclass);


--
-- Name: zona_influencia_patrimonio fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.zona_influencia_patrimonio ALTER COLUMN fid SET DEFAULT nextval('v5.zona_influencia_patrimonio_fid_seq'::regclass);


--
-- Name: zonificacion fid; Type: DEFAULT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.zonificacion ALTER COLUMN fid SET DEFAULT nextval('v5.zonificacion_fid_seq'::regclass);


--
-- Name: accion_control accion_control_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.accion_control
    ADD CONSTRAINT accion_control_pkey PRIMARY KEY (fid);


--
-- Name: actividad_participacion actividad_participacion_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actividad_participacion
    ADD CONSTRAINT actividad_participacion_codigo_key UNIQUE (codigo);


--
-- Name: actividad_participacion actividad_participacion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actividad_participacion
    ADD CONSTRAINT actividad_participacion_pkey PRIMARY KEY (fid);


--
-- Name: actividad_tradicional actividad_tradicional_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actividad_tradicional
    ADD CONSTRAINT actividad_tradicional_codigo_key UNIQUE (codigo);


--
-- Name: actividad_tradicional actividad_tradicional_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actividad_tradicional
    ADD CONSTRAINT actividad_tradicional_pkey PRIMARY KEY (fid);


--
-- Name: actuacion actuacion_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actuacion
    ADD CONSTRAINT actuacion_codigo_key UNIQUE (codigo);


--
-- Name: actuacion actuacion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actuacion
    ADD CONSTRAINT actuacion_pkey PRIMARY KEY (fid);


--
-- Name: alerta_ocupacion alerta_ocupacion_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.alerta_ocupacion
    ADD CONSTRAINT alerta_ocupacion_codigo_key UNIQUE (codigo);


--
-- Name: alerta_ocupacion alerta_ocupacion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.alerta_ocupacion
    ADD CONSTRAINT alerta_ocupacion_pkey PRIMARY KEY (fid);


--
-- Name: alerta_version alerta_version_alerta_version_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.alerta_version
    ADD CONSTRAINT alerta_version_alerta_version_key UNIQUE (alerta, version);


--
-- Name: alerta_version alerta_version_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.alerta_version
    ADD CONSTRAINT alerta_version_pkey PRIMARY KEY (fid);


--
-- Name: amenaza amenaza_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.amenaza
    ADD CONSTRAINT amenaza_pkey PRIMARY KEY (fid);


--
-- Name: asistencia_edad asistencia_edad_actividad_edad_desde_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.asistencia_edad
    ADD CONSTRAINT asistencia_edad_actividad_edad_desde_key UNIQUE (actividad, edad_desde);


--
-- Name: asistencia_edad asistencia_edad_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.asistencia_edad
    ADD CONSTRAINT asistencia_edad_pkey PRIMARY KEY (fid);


--
-- Name: avance avance_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.avance
    ADD CONSTRAINT avance_pkey PRIMARY KEY (fid);


--
-- Name: bien_patrimonial bien_patrimonial_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.bien_patrimonial
    ADD CONSTRAINT bien_patrimonial_codigo_key UNIQUE (codigo);


--
-- Name: bien_patrimonial bien_patrimonial_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.bien_patrimonial
    ADD CONSTRAINT bien_patrimonial_pkey PRIMARY KEY (fid);


--
-- Name: compromiso compromiso_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.compromiso
    ADD CONSTRAINT compromiso_codigo_key UNIQUE (codigo);


--
-- Name: compromiso_estado compromiso_estado_compromiso_fecha_estado_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.compromiso_estado
    ADD CONSTRAINT compromiso_estado_compromiso_fecha_estado_key UNIQUE (compromiso, fecha, estado);


--
-- Name: compromiso_estado compromiso_estado_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.compromiso_estado
    ADD CONSTRAINT compromiso_estado_pkey PRIMARY KEY (fid);


--
-- Name: compromiso compromiso_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.compromiso
    ADD CONSTRAINT compromiso_pkey PRIMARY KEY (fid);


--
-- Name: documento documento_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.documento
    ADD CONSTRAINT documento_codigo_key UNIQUE (codigo);


--
-- Name: documento documento_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.documento
    ADD CONSTRAINT documento_pkey PRIMARY KEY (fid);


--
-- Name: dofa dofa_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.dofa
    ADD CONSTRAINT dofa_pkey PRIMARY KEY (fid);


--
-- Name: elemento_plan elemento_plan_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.elemento_plan
    ADD CONSTRAINT elemento_plan_codigo_key UNIQUE (codigo);


--
-- Name: elemento_plan elemento_plan_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.elemento_plan
    ADD CONSTRAINT elemento_plan_pkey PRIMARY KEY (fid);


--
-- Name: entidad entidad_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.entidad
    ADD CONSTRAINT entidad_codigo_key UNIQUE (codigo);


--
-- Name: entidad entidad_nombre_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.entidad
    ADD CONSTRAINT entidad_nombre_key UNIQUE (nombre);


--
-- Name: entidad entidad_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.entidad
    ADD CONSTRAINT entidad_pkey PRIMARY KEY (fid);


--
-- Name: equipamiento equipamiento_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.equipamiento
    ADD CONSTRAINT equipamiento_codigo_key UNIQUE (codigo);


--
-- Name: equipamiento equipamiento_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.equipamiento
    ADD CONSTRAINT equipamiento_pkey PRIMARY KEY (fid);


--
-- Name: espacio_publico espacio_publico_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.espacio_publico
    ADD CONSTRAINT espacio_publico_pkey PRIMARY KEY (fid);


--
-- Name: evaluacion_objetivo evaluacion_objetivo_objetivo_anio_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.evaluacion_objetivo
    ADD CONSTRAINT evaluacion_objetivo_objetivo_anio_key UNIQUE (objetivo, anio);


--
-- Name: evaluacion_objetivo evaluacion_objetivo_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.evaluacion_objetivo
    ADD CONSTRAINT evaluacion_objetivo_pkey PRIMARY KEY (fid);


--
-- Name: evaluacion_suficiencia evaluacion_suficiencia_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.evaluacion_suficiencia
    ADD CONSTRAINT evaluacion_suficiencia_pkey PRIMARY KEY (fid);


--
-- Name: evaluacion_suficiencia evaluacion_suficiencia_requisito_anio_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.evaluacion_suficiencia
    ADD CONSTRAINT evaluacion_suficiencia_requisito_anio_key UNIQUE (requisito, anio);


--
-- Name: expediente expediente_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.expediente
    ADD CONSTRAINT expediente_pkey PRIMARY KEY (clave);


--
-- Name: experiencia experiencia_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.experiencia
    ADD CONSTRAINT experiencia_codigo_key UNIQUE (codigo);


--
-- Name: experiencia experiencia_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.experiencia
    ADD CONSTRAINT experiencia_pkey PRIMARY KEY (fid);


--
-- Name: foto_inspeccion foto_inspeccion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.foto_inspeccion
    ADD CONSTRAINT foto_inspeccion_pkey PRIMARY KEY (fid);


--
-- Name: foto_inspeccion foto_inspeccion_ruta_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.foto_inspeccion
    ADD CONSTRAINT foto_inspeccion_ruta_key UNIQUE (ruta);


--
-- Name: foto_visita foto_visita_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.foto_visita
    ADD CONSTRAINT foto_visita_pkey PRIMARY KEY (fid);


--
-- Name: foto_visita foto_visita_ruta_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.foto_visita
    ADD CONSTRAINT foto_visita_ruta_key UNIQUE (ruta);


--
-- Name: hito hito_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.hito
    ADD CONSTRAINT hito_pkey PRIMARY KEY (fid);


--
-- Name: hito hito_proyecto_fecha_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.hito
    ADD CONSTRAINT hito_proyecto_fecha_key UNIQUE (proyecto, fecha);


--
-- Name: huella huella_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.huella
    ADD CONSTRAINT huella_pkey PRIMARY KEY (fid);


--
-- Name: indicador indicador_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.indicador
    ADD CONSTRAINT indicador_codigo_key UNIQUE (codigo);


--
-- Name: indicador indicador_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.indicador
    ADD CONSTRAINT indicador_pkey PRIMARY KEY (fid);


--
-- Name: indicador_proyecto indicador_proyecto_indicador_proyecto_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.indicador_proyecto
    ADD CONSTRAINT indicador_proyecto_indicador_proyecto_key UNIQUE (indicador, proyecto);


--
-- Name: indicador_proyecto indicador_proyecto_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.indicador_proyecto
    ADD CONSTRAINT indicador_proyecto_pkey PRIMARY KEY (fid);


--
-- Name: inspeccion_patrimonio inspeccion_patrimonio_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.inspeccion_patrimonio
    ADD CONSTRAINT inspeccion_patrimonio_pkey PRIMARY KEY (fid);


--
-- Name: inspeccion_patrimonio inspeccion_patrimonio_uuid_version_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.inspeccion_patrimonio
    ADD CONSTRAINT inspeccion_patrimonio_uuid_version_key UNIQUE (uuid, version);


--
-- Name: instrumento instrumento_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.instrumento
    ADD CONSTRAINT instrumento_codigo_key UNIQUE (codigo);


--
-- Name: instrumento instrumento_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.instrumento
    ADD CONSTRAINT instrumento_pkey PRIMARY KEY (fid);


--
-- Name: intervencion_patrimonio intervencion_patrimonio_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.intervencion_patrimonio
    ADD CONSTRAINT intervencion_patrimonio_pkey PRIMARY KEY (fid);


--
-- Name: inversion inversion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.inversion
    ADD CONSTRAINT inversion_pkey PRIMARY KEY (fid);


--
-- Name: manzana manzana_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.manzana
    ADD CONSTRAINT manzana_codigo_key UNIQUE (codigo);


--
-- Name: manzana manzana_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.manzana
    ADD CONSTRAINT manzana_pkey PRIMARY KEY (fid);


--
-- Name: medicion medicion_indicador_periodo_nivel_ambito_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.medicion
    ADD CONSTRAINT medicion_indicador_periodo_nivel_ambito_key UNIQUE (indicador, periodo, nivel, ambito);


--
-- Name: medicion medicion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.medicion
    ADD CONSTRAINT medicion_pkey PRIMARY KEY (fid);


--
-- Name: nodo_equipamiento nodo_equipamiento_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.nodo_equipamiento
    ADD CONSTRAINT nodo_equipamiento_codigo_key UNIQUE (codigo);


--
-- Name: nodo_equipamiento nodo_equipamiento_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.nodo_equipamiento
    ADD CONSTRAINT nodo_equipamiento_pkey PRIMARY KEY (fid);


--
-- Name: obligacion_urbanistica obligacion_urbanistica_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.obligacion_urbanistica
    ADD CONSTRAINT obligacion_urbanistica_codigo_key UNIQUE (codigo);


--
-- Name: obligacion_urbanistica obligacion_urbanistica_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.obligacion_urbanistica
    ADD CONSTRAINT obligacion_urbanistica_pkey PRIMARY KEY (fid);


--
-- Name: plan_participacion plan_participacion_dependencia_linea_periodo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.plan_participacion
    ADD CONSTRAINT plan_participacion_dependencia_linea_periodo_key UNIQUE (dependencia, linea, periodo);


--
-- Name: plan_participacion plan_participacion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.plan_participacion
    ADD CONSTRAINT plan_participacion_pkey PRIMARY KEY (fid);


--
-- Name: poblacion_edad poblacion_edad_nivel_ambito_anio_sexo_edad_desde_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.poblacion_edad
    ADD CONSTRAINT poblacion_edad_nivel_ambito_anio_sexo_edad_desde_key UNIQUE (nivel, ambito, anio, sexo, edad_desde);


--
-- Name: poblacion_edad poblacion_edad_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.poblacion_edad
    ADD CONSTRAINT poblacion_edad_pkey PRIMARY KEY (fid);


--
-- Name: poblacion poblacion_nivel_ambito_anio_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.poblacion
    ADD CONSTRAINT poblacion_nivel_ambito_anio_key UNIQUE (nivel, ambito, anio);


--
-- Name: poblacion poblacion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.poblacion
    ADD CONSTRAINT poblacion_pkey PRIMARY KEY (fid);


--
-- Name: predio predio_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.predio
    ADD CONSTRAINT predio_codigo_key UNIQUE (codigo);


--
-- Name: predio predio_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.predio
    ADD CONSTRAINT predio_pkey PRIMARY KEY (fid);


--
-- Name: presupuesto_anual presupuesto_anual_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.presupuesto_anual
    ADD CONSTRAINT presupuesto_anual_pkey PRIMARY KEY (fid);


--
-- Name: presupuesto_anual presupuesto_anual_proyecto_anio_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.presupuesto_anual
    ADD CONSTRAINT presupuesto_anual_proyecto_anio_key UNIQUE (proyecto, anio);


--
-- Name: programa programa_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.programa
    ADD CONSTRAINT programa_codigo_key UNIQUE (codigo);


--
-- Name: programa programa_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.programa
    ADD CONSTRAINT programa_pkey PRIMARY KEY (fid);


--
-- Name: proyecto proyecto_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.proyecto
    ADD CONSTRAINT proyecto_codigo_key UNIQUE (codigo);


--
-- Name: proyecto proyecto_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.proyecto
    ADD CONSTRAINT proyecto_pkey PRIMARY KEY (fid);


--
-- Name: recaudo_obligacion recaudo_obligacion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.recaudo_obligacion
    ADD CONSTRAINT recaudo_obligacion_pkey PRIMARY KEY (fid);


--
-- Name: reporte_equipamiento reporte_equipamiento_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.reporte_equipamiento
    ADD CONSTRAINT reporte_equipamiento_pkey PRIMARY KEY (fid);


--
-- Name: requisito_suficiencia requisito_suficiencia_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.requisito_suficiencia
    ADD CONSTRAINT requisito_suficiencia_codigo_key UNIQUE (codigo);


--
-- Name: requisito_suficiencia requisito_suficiencia_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.requisito_suficiencia
    ADD CONSTRAINT requisito_suficiencia_pkey PRIMARY KEY (fid);


--
-- Name: transporte transporte_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.transporte
    ADD CONSTRAINT transporte_pkey PRIMARY KEY (fid);


--
-- Name: unidad_territorial unidad_territorial_nivel_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.unidad_territorial
    ADD CONSTRAINT unidad_territorial_nivel_codigo_key UNIQUE (nivel, codigo);


--
-- Name: unidad_territorial unidad_territorial_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.unidad_territorial
    ADD CONSTRAINT unidad_territorial_pkey PRIMARY KEY (fid);


--
-- Name: valor_suelo valor_suelo_nivel_codigo_anio_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.valor_suelo
    ADD CONSTRAINT valor_suelo_nivel_codigo_anio_key UNIQUE (nivel, codigo, anio);


--
-- Name: valor_suelo valor_suelo_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.valor_suelo
    ADD CONSTRAINT valor_suelo_pkey PRIMARY KEY (fid);


--
-- Name: vinculo_plan vinculo_plan_elemento_tipo_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.vinculo_plan
    ADD CONSTRAINT vinculo_plan_elemento_tipo_codigo_key UNIQUE (elemento, tipo, codigo);


--
-- Name: vinculo_plan vinculo_plan_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.vinculo_plan
    ADD CONSTRAINT vinculo_plan_pkey PRIMARY KEY (fid);


--
-- Name: visita visita_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.visita
    ADD CONSTRAINT visita_pkey PRIMARY KEY (fid);


--
-- Name: visita visita_uuid_version_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.visita
    ADD CONSTRAINT visita_uuid_version_key UNIQUE (uuid, version);


--
-- Name: zona_influencia_patrimonio zona_influencia_patrimonio_codigo_key; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.zona_influencia_patrimonio
    ADD CONSTRAINT zona_influencia_patrimonio_codigo_key UNIQUE (codigo);


--
-- Name: zona_influencia_patrimonio zona_influencia_patrimonio_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.zona_influencia_patrimonio
    ADD CONSTRAINT zona_influencia_patrimonio_pkey PRIMARY KEY (fid);


--
-- Name: zonificacion zonificacion_pkey; Type: CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.zonificacion
    ADD CONSTRAINT zonificacion_pkey PRIMARY KEY (fid);


--
-- Name: actividad_participacion_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX actividad_participacion_geom_gist ON v5.actividad_participacion USING gist (geom);


--
-- Name: actividad_tradicional_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX actividad_tradicional_geom_gist ON v5.actividad_tradicional USING gist (geom);


--
-- Name: actuacion_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX actuacion_geom_gist ON v5.actuacion USING gist (geom);


--
-- Name: alerta_ocupacion_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX alerta_ocupacion_geom_gist ON v5.alerta_ocupacion USING gist (geom);


--
-- Name: alerta_version_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX alerta_version_geom_gist ON v5.alerta_version USING gist (geom);


--
-- Name: amenaza_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX amenaza_geom_gist ON v5.amenaza USING gist (geom);


--
-- Name: bien_patrimonial_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX bien_patrimonial_geom_gist ON v5.bien_patrimonial USING gist (geom);


--
-- Name: equipamiento_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX equipamiento_geom_gist ON v5.equipamiento USING gist (geom);


--
-- Name: espacio_publico_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX espacio_publico_geom_gist ON v5.espacio_publico USING gist (geom);


--
-- Name: huella_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX huella_geom_gist ON v5.huella USING gist (geom);


--
-- Name: inspeccion_patrimonio_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX inspeccion_patrimonio_geom_gist ON v5.inspeccion_patrimonio USING gist (geom);


--
-- Name: instrumento_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX instrumento_geom_gist ON v5.instrumento USING gist (geom);


--
-- Name: manzana_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX manzana_geom_gist ON v5.manzana USING gist (geom);


--
-- Name: nodo_equipamiento_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX nodo_equipamiento_geom_gist ON v5.nodo_equipamiento USING gist (geom);


--
-- Name: obligacion_urbanistica_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX obligacion_urbanistica_geom_gist ON v5.obligacion_urbanistica USING gist (geom);


--
-- Name: predio_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX predio_geom_gist ON v5.predio USING gist (geom);


--
-- Name: proyecto_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX proyecto_geom_gist ON v5.proyecto USING gist (geom);


--
-- Name: transporte_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX transporte_geom_gist ON v5.transporte USING gist (geom);


--
-- Name: unidad_territorial_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX unidad_territorial_geom_gist ON v5.unidad_territorial USING gist (geom);


--
-- Name: visita_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX visita_geom_gist ON v5.visita USING gist (geom);


--
-- Name: zona_influencia_patrimonio_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX zona_influencia_patrimonio_geom_gist ON v5.zona_influencia_patrimonio USING gist (geom);


--
-- Name: zonificacion_geom_gist; Type: INDEX; Schema: v5; Owner: -
--

CREATE INDEX zonificacion_geom_gist ON v5.zonificacion USING gist (geom);


--
-- Name: accion_control accion_control_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER accion_control_solo_adicion BEFORE DELETE OR UPDATE ON v5.accion_control FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: alerta_version alerta_version_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER alerta_version_solo_adicion BEFORE DELETE OR UPDATE ON v5.alerta_version FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: avance avance_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER avance_solo_adicion BEFORE DELETE OR UPDATE ON v5.avance FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: compromiso_estado compromiso_estado_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER compromiso_estado_solo_adicion BEFORE DELETE OR UPDATE ON v5.compromiso_estado FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: foto_inspeccion foto_inspeccion_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER foto_inspeccion_solo_adicion BEFORE DELETE OR UPDATE ON v5.foto_inspeccion FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: foto_visita foto_visita_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER foto_visita_solo_adicion BEFORE DELETE OR UPDATE ON v5.foto_visita FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: inspeccion_patrimonio inspeccion_patrimonio_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER inspeccion_patrimonio_solo_adicion BEFORE DELETE OR UPDATE ON v5.inspeccion_patrimonio FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: inversion inversion_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER inversion_solo_adicion BEFORE DELETE OR UPDATE ON v5.inversion FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: recaudo_obligacion recaudo_obligacion_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER recaudo_obligacion_solo_adicion BEFORE DELETE OR UPDATE ON v5.recaudo_obligacion FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: reporte_equipamiento reporte_equipamiento_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER reporte_equipamiento_solo_adicion BEFORE DELETE OR UPDATE ON v5.reporte_equipamiento FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: visita visita_solo_adicion; Type: TRIGGER; Schema: v5; Owner: -
--

CREATE TRIGGER visita_solo_adicion BEFORE DELETE OR UPDATE ON v5.visita FOR EACH ROW EXECUTE FUNCTION v5.pot_solo_adicion();


--
-- Name: accion_control accion_control_alerta_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.accion_control
    ADD CONSTRAINT accion_control_alerta_fkey FOREIGN KEY (alerta) REFERENCES v5.alerta_ocupacion(codigo);


--
-- Name: actividad_participacion actividad_participacion_dependencia_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.actividad_participacion
    ADD CONSTRAINT actividad_participacion_dependencia_fkey FOREIGN KEY (dependencia) REFERENCES v5.entidad(codigo);


--
-- Name: alerta_version alerta_version_alerta_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.alerta_version
    ADD CONSTRAINT alerta_version_alerta_fkey FOREIGN KEY (alerta) REFERENCES v5.alerta_ocupacion(codigo);


--
-- Name: asistencia_edad asistencia_edad_actividad_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.asistencia_edad
    ADD CONSTRAINT asistencia_edad_actividad_fkey FOREIGN KEY (actividad) REFERENCES v5.actividad_participacion(codigo);


--
-- Name: avance avance_proyecto_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.avance
    ADD CONSTRAINT avance_proyecto_fkey FOREIGN KEY (proyecto) REFERENCES v5.proyecto(codigo);


--
-- Name: compromiso compromiso_actividad_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.compromiso
    ADD CONSTRAINT compromiso_actividad_fkey FOREIGN KEY (actividad) REFERENCES v5.actividad_participacion(codigo);


--
-- Name: compromiso compromiso_entidad_responsable_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.compromiso
    ADD CONSTRAINT compromiso_entidad_responsable_fkey FOREIGN KEY (entidad_responsable) REFERENCES v5.entidad(codigo);


--
-- Name: compromiso_estado compromiso_estado_compromiso_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.compromiso_estado
    ADD CONSTRAINT compromiso_estado_compromiso_fkey FOREIGN KEY (compromiso) REFERENCES v5.compromiso(codigo);


--
-- Name: elemento_plan elemento_plan_padre_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.elemento_plan
    ADD CONSTRAINT elemento_plan_padre_fkey FOREIGN KEY (padre) REFERENCES v5.elemento_plan(codigo) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluacion_objetivo evaluacion_objetivo_objetivo_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.evaluacion_objetivo
    ADD CONSTRAINT evaluacion_objetivo_objetivo_fkey FOREIGN KEY (objetivo) REFERENCES v5.elemento_plan(codigo);


--
-- Name: evaluacion_suficiencia evaluacion_suficiencia_requisito_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.evaluacion_suficiencia
    ADD CONSTRAINT evaluacion_suficiencia_requisito_fkey FOREIGN KEY (requisito) REFERENCES v5.requisito_suficiencia(codigo);


--
-- Name: hito hito_proyecto_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.hito
    ADD CONSTRAINT hito_proyecto_fkey FOREIGN KEY (proyecto) REFERENCES v5.proyecto(codigo);


--
-- Name: indicador_proyecto indicador_proyecto_indicador_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.indicador_proyecto
    ADD CONSTRAINT indicador_proyecto_indicador_fkey FOREIGN KEY (indicador) REFERENCES v5.indicador(codigo);


--
-- Name: indicador_proyecto indicador_proyecto_proyecto_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.indicador_proyecto
    ADD CONSTRAINT indicador_proyecto_proyecto_fkey FOREIGN KEY (proyecto) REFERENCES v5.proyecto(codigo);


--
-- Name: inspeccion_patrimonio inspeccion_patrimonio_bien_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.inspeccion_patrimonio
    ADD CONSTRAINT inspeccion_patrimonio_bien_fkey FOREIGN KEY (bien) REFERENCES v5.bien_patrimonial(codigo);


--
-- Name: intervencion_patrimonio intervencion_patrimonio_bien_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.intervencion_patrimonio
    ADD CONSTRAINT intervencion_patrimonio_bien_fkey FOREIGN KEY (bien) REFERENCES v5.bien_patrimonial(codigo);


--
-- Name: inversion inversion_actuacion_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.inversion
    ADD CONSTRAINT inversion_actuacion_fkey FOREIGN KEY (actuacion) REFERENCES v5.actuacion(codigo);


--
-- Name: inversion inversion_proyecto_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.inversion
    ADD CONSTRAINT inversion_proyecto_fkey FOREIGN KEY (proyecto) REFERENCES v5.proyecto(codigo);


--
-- Name: medicion medicion_indicador_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.medicion
    ADD CONSTRAINT medicion_indicador_fkey FOREIGN KEY (indicador) REFERENCES v5.indicador(codigo);


--
-- Name: obligacion_urbanistica obligacion_urbanistica_instrumento_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.obligacion_urbanistica
    ADD CONSTRAINT obligacion_urbanistica_instrumento_fkey FOREIGN KEY (instrumento) REFERENCES v5.instrumento(codigo);


--
-- Name: plan_participacion plan_participacion_dependencia_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.plan_participacion
    ADD CONSTRAINT plan_participacion_dependencia_fkey FOREIGN KEY (dependencia) REFERENCES v5.entidad(codigo);


--
-- Name: poblacion_edad poblacion_edad_nivel_ambito_anio_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.poblacion_edad
    ADD CONSTRAINT poblacion_edad_nivel_ambito_anio_fkey FOREIGN KEY (nivel, ambito, anio) REFERENCES v5.poblacion(nivel, ambito, anio) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: presupuesto_anual presupuesto_anual_proyecto_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.presupuesto_anual
    ADD CONSTRAINT presupuesto_anual_proyecto_fkey FOREIGN KEY (proyecto) REFERENCES v5.proyecto(codigo);


--
-- Name: proyecto proyecto_programa_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.proyecto
    ADD CONSTRAINT proyecto_programa_fkey FOREIGN KEY (programa) REFERENCES v5.programa(codigo);


--
-- Name: recaudo_obligacion recaudo_obligacion_obligacion_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.recaudo_obligacion
    ADD CONSTRAINT recaudo_obligacion_obligacion_fkey FOREIGN KEY (obligacion) REFERENCES v5.obligacion_urbanistica(codigo);


--
-- Name: recaudo_obligacion recaudo_obligacion_proyecto_destino_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.recaudo_obligacion
    ADD CONSTRAINT recaudo_obligacion_proyecto_destino_fkey FOREIGN KEY (proyecto_destino) REFERENCES v5.proyecto(codigo);


--
-- Name: reporte_equipamiento reporte_equipamiento_equipamiento_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.reporte_equipamiento
    ADD CONSTRAINT reporte_equipamiento_equipamiento_fkey FOREIGN KEY (equipamiento) REFERENCES v5.equipamiento(codigo);


--
-- Name: vinculo_plan vinculo_plan_elemento_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.vinculo_plan
    ADD CONSTRAINT vinculo_plan_elemento_fkey FOREIGN KEY (elemento) REFERENCES v5.elemento_plan(codigo);


--
-- Name: visita visita_alerta_fkey; Type: FK CONSTRAINT; Schema: v5; Owner: -
--

ALTER TABLE ONLY v5.visita
    ADD CONSTRAINT visita_alerta_fkey FOREIGN KEY (alerta) REFERENCES v5.alerta_ocupacion(codigo);


--
-- PostgreSQL database dump complete
--


