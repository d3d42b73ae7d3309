/* The POT minisite: reads datos_sitio/*.json (written by export_minisitio) and draws the pages.
   Every text from the expediente goes into the page as text (textContent), never as HTML. */
"use strict";

/* Colours of project states and traffic lights come with the data (sitio.json, from the plugin's one palette,
   core/report/palette.py), so the site and the PDF never disagree. */
const LUCES = {verde: "Verde: meta cumplida", amarillo: "Amarillo: mejor que la línea base, sin alcanzar la meta",
               rojo: "Rojo: no mejora la línea base", gris: "Gris: sin dato o sin meta"};
function colorEstado(estado) { const e = datos.sitio.estados.find(x => x.estado === estado); return e ? e.color : "#9e9e9e"; }
function luz(nombre) {
  return el("span", null, {class: "luz", "aria-hidden": "true", style: "background:" + datos.sitio.semaforos[nombre].color});
}
const formatos = {};
const datos = {};
const mapas = {};

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

/* Numbers as the PDF writes them (core/report/format.py): 1.234,5 with a fixed number of decimals. */
function numero(v, decimales) {
  const d = decimales === undefined ? 2 : decimales;
  formatos[d] = formatos[d] || new Intl.NumberFormat("es-CO", {minimumFractionDigits: d, maximumFractionDigits: d,
                                                                useGrouping: "always"});
  return formatos[d].format(v);
}

function valor(v, unidad, decimales) {
  if (v === null || v === undefined) return "sin dato";
  const d = decimales !== undefined ? decimales : unidad === "%" ? 1 : 0;
  return numero(v, d) + (unidad ? " " + unidad : "");
}

/* An indicator's value with its own decimals and unit ("81,8 %", "2,06" for a ratio, "8.537 hab"). */
function valorInd(v, ind) { return valor(v, ind.sufijo, ind.decimales); }
// 2026-11-30 -> "30 de noviembre de 2026", as a sentence says a date.
function fechaLarga(iso) {
  const meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"];
  const [anio, mes, dia] = String(iso).slice(0, 10).split("-");
  return parseInt(dia, 10) + " de " + meses[parseInt(mes, 10) - 1] + " de " + anio;
}

function fila(tbody, celdas) {
  /* Each cell carries its column's name: on a phone the rows stack as cards (estilo.css), every column in view. */
  const titulos = [...tbody.parentNode.querySelectorAll("thead th")].map(th => th.textContent);
  const tr = el("tr");
  celdas.forEach((c, i) => tr.appendChild(el(i === 0 ? "th" : "td", c,
    Object.assign(i === 0 ? {scope: "row"} : {}, {"data-etiqueta": titulos[i] || ""}))));
  tbody.appendChild(tr);
  return tr;
}

async function leer(nombre) {
  const respuesta = await fetch("datos_sitio/" + nombre);
  if (!respuesta.ok) throw new Error(nombre + ": " + respuesta.status);
  return respuesta.json();
}

function mapaBase(id) {
  const mapa = L.map(id, {preferCanvas: true, attributionControl: false, zoomSnap: 0.25});
  if (datos.sitio.fondo) L.tileLayer(datos.sitio.fondo, {maxZoom: 19}).addTo(mapa);
  return mapa;
}

/* -- home ------------------------------------------------------------------------------------- */
function inicio() {
  const s = datos.sitio;
  document.getElementById("resumen").textContent = "Seguimiento y evaluación del Plan de Ordenamiento " +
    "Territorial de " + s.municipio + " en el periodo " + s.periodo + ", por " + s.nivel_nombre + ".";
  const conteo = {verde: 0, amarillo: 0, rojo: 0, gris: 0};
  const cuerpo = document.querySelector("#tabla-indicadores tbody");
  datos.indicadores.forEach(ind => {
    conteo[ind.semaforo] += 1;
    const tr = fila(cuerpo, [ind.nombre, valorInd(ind.municipio, ind), valorInd(ind.base, ind),
                             valorInd(ind.meta, ind), ""]);
    const celda = tr.lastChild;
    celda.appendChild(luz(ind.semaforo));
    celda.appendChild(document.createTextNode(ind.semaforo_nombre));
  });
  const luces = document.getElementById("semaforos");
  Object.entries(conteo).forEach(([nombre, n]) => {
    const li = el("li");
    li.appendChild(luz(nombre));
    li.appendChild(document.createTextNode(LUCES[nombre] + ": " + n));
    luces.appendChild(li);
  });
  const lista = document.getElementById("estados");
  datos.sitio.estados.forEach(e => {
    const li = el("li");
    li.appendChild(el("span", null, {class: "caja", "aria-hidden": "true", style: "background:" + e.color}));
    li.appendChild(document.createTextNode(e.nombre + ": " + e.proyectos));
    lista.appendChild(li);
  });
}

/* -- indicator map ------------------------------------------------------------------------------ */
function colorDe(ind, v, codigo) {
  if (v === null || v === undefined) return "#ffffff";
  if (ind.modo === "semaforo") return datos.sitio.semaforos[ind.semaforos[codigo]].color;
  const clases = ind.clases;
  for (const c of clases) if (c.desde === null || (v >= c.desde - 1e-9 && v <= c.hasta + 1e-9)) return c.color;
  return clases[clases.length - 1].color;
}

function mapaIndicadores() {
  const selector = document.getElementById("selector");
  datos.indicadores.forEach(ind => selector.appendChild(el("option", ind.nombre, {value: ind.codigo})));
  const mapa = mapas.indicadores = mapaBase("mapa-indicador");
  const capa = L.geoJSON(datos.unidades, {style: () => ({color: "#333", weight: 0.8, fillOpacity: 0.85}),
    onEachFeature: (f, layer) => layer.on("click", () => ficha(f.properties.codigo))}).addTo(mapa);
  mapas.unidades = capa;
  mapa.fitBounds(capa.getBounds());
  selector.addEventListener("change", () => pintar(selector.value));
  pintar(datos.indicadores[0].codigo);
}

function indicador(codigo) { return datos.indicadores.find(i => i.codigo === codigo); }

function pintar(codigo) {
  const ind = indicador(codigo);
  datos.actual = codigo;
  mapas.unidades.setStyle(f => ({fillColor: colorDe(ind, ind.valores[f.properties.codigo], f.properties.codigo), color: "#333",
                                  weight: 0.8, fillOpacity: 0.85}));
  document.getElementById("mapa-indicador").setAttribute("aria-label", "Mapa de " + ind.nombre +
    " por unidad territorial; los valores están en la tabla debajo del mapa.");
  const leyenda = document.getElementById("leyenda");
  leyenda.replaceChildren(el("strong", ind.titulo + " · " + ind.lectura, {class: "titulo-leyenda"}));
  ind.clases.forEach(c => {
    const item = el("span");
    item.appendChild(el("span", null, {class: "caja", style: "background:" + c.color}));
    item.appendChild(document.createTextNode(c.desde === null && ind.modo !== "semaforo" ? ind.nombre : c.etiqueta));
    leyenda.appendChild(item);
  });
  const sin = el("span");
  sin.appendChild(el("span", null, {class: "caja", style: "background:#ffffff"}));
  sin.appendChild(document.createTextNode("sin dato"));
  leyenda.appendChild(sin);
  document.getElementById("titulo-tabla-mapa").textContent = ind.titulo;
  const cuerpo = document.querySelector("#tabla-mapa tbody");
  cuerpo.replaceChildren();
  datos.unidades.features.forEach(f => {
    const codigo = f.properties.codigo;
    const tr = fila(cuerpo, [f.properties.nombre, valorInd(ind.valores[codigo], ind),
                             // grey, named, where there is no value or no target: an empty cell read as missing
                             datos.sitio.semaforos[ind.modo === "semaforo" && ind.valores[codigo] !== null ?
                               ind.semaforos[codigo] : "gris"].nombre]);
    tr.tabIndex = 0;
    tr.dataset.codigo = f.properties.codigo;
    tr.addEventListener("click", () => ficha(f.properties.codigo));
    tr.addEventListener("keydown", e => { if (e.key === "Enter") ficha(f.properties.codigo); });
  });
  if (datos.unidadActual) ficha(datos.unidadActual);
}

function grafico(canvas, titulo, series, base, referencias) {
  if (canvas.grafico) canvas.grafico.destroy();
  const periodos = [...new Set(series.flatMap(s => s.puntos.map(p => p[0])))].sort();
  const lineas = series.map(s => ({label: s.nombre, borderColor: s.color, backgroundColor: s.color,
    data: periodos.map(p => { const x = s.puntos.find(q => q[0] === p); return x ? x[1] : null; })}));
  const referencia = (v, nombre, color) => v === null || v === undefined ? null :
    {label: nombre, data: periodos.map(() => v), borderColor: color, borderDash: [6, 4], pointRadius: 0};
  [referencia(base, "Línea base", "#555555"), ...Object.entries(referencias || {}).map(([nombre, v]) =>
    referencia(v, nombre, "#1a7f37"))].filter(Boolean).forEach(r => lineas.push(r));
  canvas.grafico = new Chart(canvas, {type: "line", data: {labels: periodos, datasets: lineas},
    options: {animation: false, plugins: {title: {display: true, text: titulo}}}});
}

function ficha(codigo) {
  const ind = indicador(datos.actual);
  const unidad = datos.unidades.features.find(f => f.properties.codigo === codigo);
  datos.unidadActual = codigo;
  const caja = document.getElementById("ficha");
  caja.replaceChildren();
  caja.appendChild(el("h3", unidad.properties.nombre));
  caja.appendChild(el("p", ind.nombre + ": ")).appendChild(el("strong", valorInd(ind.valores[codigo], ind),
                                                              {id: "valor-unidad"}));
  const canvas = el("canvas", null, {role: "img"});
  caja.appendChild(canvas);
  const puntos = ind.series[codigo] || [];
  canvas.setAttribute("aria-label", "Serie de " + ind.nombre + " en " + unidad.properties.nombre + ": " +
    (puntos.map(p => p[0] + " " + valorInd(p[1], ind)).join("; ") || "sin dato"));
  const metas = Object.fromEntries(Object.entries(ind.metas).map(([h, v]) => ["Meta a " + datos.sitio.horizontes[h], v]));
  grafico(canvas, ind.nombre, [{nombre: unidad.properties.nombre, color: "#1f4e79", puntos}], ind.base, metas);
  document.querySelectorAll("#tabla-mapa tr").forEach(tr => tr.classList.toggle("activa", tr.dataset.codigo === codigo));
}

/* -- projects ------------------------------------------------------------------------------------ */
function proyectos() {
  const mapa = mapas.proyectos = mapaBase("mapa-proyectos");
  const contorno = L.geoJSON(datos.unidades, {style: {color: "#555", weight: 0.6, fillOpacity: 0}}).addTo(mapa);
  L.geoJSON(datos.proyectos, {style: f => ({color: colorEstado(f.properties.estado), weight: 3,
    fillColor: colorEstado(f.properties.estado), fillOpacity: 0.6}),
    onEachFeature: (f, layer) => layer.on("click", () => { location.hash = "proyecto/" + f.properties.codigo; })})
    .addTo(mapa);
  mapa.fitBounds(contorno.getBounds());
  const leyenda = document.getElementById("leyenda-proyectos");
  datos.sitio.estados.filter(e => e.proyectos).forEach(e => {
    const item = el("span", null, {"data-estado": e.estado});
    item.appendChild(el("span", null, {class: "caja", style: "background:" + e.color}));
    item.appendChild(document.createTextNode(e.nombre));
    leyenda.appendChild(item);
  });
  const buscar = document.getElementById("buscar");
  buscar.addEventListener("input", listar);
  listar();
}

function listar() {
  const texto = document.getElementById("buscar").value.trim().toLowerCase();
  const cuerpo = document.querySelector("#tabla-proyectos tbody");
  cuerpo.replaceChildren();
  datos.proyectos.features.map(f => f.properties)
    .filter(p => !texto || [p.codigo, p.nombre, p.programa, p.programa_nombre, p.entidad].join(" ").toLowerCase()
      .includes(texto))
    .forEach(p => {
      const tr = fila(cuerpo, ["", p.nombre, p.programa_nombre, p.entidad, p.estado_nombre]);
      tr.firstChild.appendChild(el("a", p.codigo, {href: "#proyecto/" + encodeURIComponent(p.codigo)}));
    });
}

function proyecto(codigo) {
  const f = datos.proyectos.features.find(x => x.properties.codigo === codigo);
  if (!f) { location.hash = "proyectos"; return; }
  const p = f.properties;
  document.getElementById("proyecto-titulo").textContent = p.codigo + " — " + p.nombre;
  const lista = document.getElementById("proyecto-datos");
  lista.replaceChildren();
  [["Programa", p.programa_nombre], ["Entidad", p.entidad], ["Horizonte", p.horizonte_nombre], ["Meta", p.meta],
   ["Estado", p.estado_nombre], ["Avance físico", valor(p.fisico, "%")], ["Avance esperado", valor(p.esperado, "%")],
   ["Ejecución financiera", valor(p.financiero, "%")], ["Inversión acumulada", valor(p.inversion, "COP", 0)],
   ["Presupuesto", valor(p.presupuesto, "COP", 0)]].forEach(([k, v]) => {
    lista.appendChild(el("dt", k));
    lista.appendChild(el("dd", v));
  });
  const texto = "Avance físico reportado por periodo: " +
    (p.avance.map(a => a[0] + " " + valor(a[1], "%")).join("; ") || "sin reportes");
  const canvas = document.getElementById("grafico-proyecto");
  canvas.setAttribute("aria-label", texto);
  document.getElementById("grafico-proyecto-texto").textContent = texto;
  grafico(canvas, "Avance físico (% de la meta)", [{nombre: p.codigo, color: colorEstado(p.estado), puntos: p.avance}],
          null, {"Avance esperado a la fecha de corte": p.esperado});
}

/* -- accountability and downloads ------------------------------------------------------------------ */
function rendicion() {
  const cuerpo = document.querySelector("#tabla-rendicion tbody");
  datos.rendicion.unidades.forEach(u => fila(cuerpo, [u.nombre, valor(u.poblacion), valor(u.mujeres),
    valor(u.hombres), valor(u.edad_0_14), valor(u.edad_15_59), valor(u.edad_60_mas), valor(u.inversion_per_capita),
    valor(u.avance_ponderado, "", 1)]));
  if (datos.rendicion.control_ocupaciones.length) {
    document.getElementById("control").hidden = false;
    const control = document.querySelector("#tabla-control tbody");
    datos.rendicion.control_ocupaciones.forEach(c => fila(control, [c.unidad, c.alertas, c.confirmadas, c.con_accion]));
  }
}

/* -- participation (counts only) ------------------------------------------------------------------- */
const ACTIVIDADES = {ejecutada: "#e6550d", programada: "#3182bd", cancelada: "#9e9e9e"};

function participacion() {
  const p = datos.participacion;
  const mapa = mapas.participacion = mapaBase("mapa-participacion");
  const contorno = L.geoJSON(datos.unidades, {style: {color: "#555", weight: 0.6, fillOpacity: 0}}).addTo(mapa);
  L.geoJSON(p.actividades, {pointToLayer: (f, latlng) => L.circleMarker(latlng, {radius: 6, weight: 1,
    color: "#ffffff", fillColor: ACTIVIDADES[f.properties.estado] || "#555", fillOpacity: 0.9}),
    onEachFeature: (f, layer) => layer.bindTooltip(f.properties.codigo + " · " + f.properties.tipo + " · " +
      f.properties.fecha + " · " + valor(f.properties.asistentes) + " participantes")}).addTo(mapa);
  mapa.fitBounds(contorno.getBounds());
  const leyenda = document.getElementById("leyenda-participacion");
  Object.entries({ejecutada: "Ejecutada", programada: "Programada", cancelada: "Cancelada"}).forEach(([e, nombre]) => {
    const item = el("span");
    item.appendChild(el("span", null, {class: "caja", style: "background:" + ACTIVIDADES[e]}));
    item.appendChild(document.createTextNode(nombre));
    leyenda.appendChild(item);
  });
  const unidades = document.querySelector("#tabla-participacion-unidades tbody");
  p.unidades.forEach(u => fila(unidades, [u.nombre, valor(u.actividades), valor(u.asistentes), valor(u.mujeres),
    valor(u.hombres), valor(u.otras)]));
  const plan = document.querySelector("#tabla-participacion-plan tbody");
  p.plan.forEach(d => fila(plan, [d.dependencia, valor(d.programadas), valor(d.ejecutadas), valor(d.cumplimiento)]));
  const estados = document.getElementById("compromisos-estado");
  Object.entries(p.por_estado).forEach(([nombre, n]) => estados.appendChild(el("li", nombre + ": " + n)));
  const compromisos = document.querySelector("#tabla-compromisos tbody");
  p.compromisos.forEach(c => fila(compromisos, [c.codigo, c.actividad, c.responsable, c.estado,
    c.fecha_limite || "sin dato", c.vencido ? "sí" : "no"]));
}

/* -- heritage observatory ------------------------------------------------------------------------- */
const CONSERVACION = {bueno: "#2e7d32", regular: "#f9a825", malo: "#c62828", perdido: "#3e2723",
                      sin_inspeccion: "#9e9e9e"};

function patrimonio() {
  const p = datos.patrimonio;
  const bienes = p.bienes.features.map(f => f.properties);
  document.getElementById("patrimonio-resumen").textContent = bienes.length ?
    bienes.length + " bienes de interés cultural declarados; su estado es el de la última inspección de campo." :
    "El expediente no tiene bienes de interés cultural registrados.";
  const mapa = mapas.patrimonio = mapaBase("mapa-patrimonio");
  const contorno = L.geoJSON(datos.unidades, {style: {color: "#555", weight: 0.6, fillOpacity: 0}}).addTo(mapa);
  const puntos = L.geoJSON(p.bienes, {pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 6, weight: 1,
    color: "#fff", fillColor: CONSERVACION[f.properties.estado], fillOpacity: 0.9}),
    onEachFeature: (f, layer) => layer.bindTooltip(f.properties.nombre + " — " + f.properties.estado_nombre)})
    .addTo(mapa);
  mapa.fitBounds(bienes.length ? puntos.getBounds().pad(0.3) : contorno.getBounds());
  const leyenda = document.getElementById("leyenda-patrimonio");
  const nombres = {};
  bienes.forEach(b => { nombres[b.estado] = b.estado_nombre; });
  Object.keys(CONSERVACION).filter(e => nombres[e]).forEach(estado => {
    const item = el("span");
    item.appendChild(el("span", null, {class: "caja", style: "background:" + CONSERVACION[estado]}));
    item.appendChild(document.createTextNode(nombres[estado]));
    leyenda.appendChild(item);
  });
  const cuerpo = document.querySelector("#tabla-patrimonio tbody");
  bienes.forEach(b => fila(cuerpo, [b.codigo, b.nombre, b.ambito, b.categoria, b.estado_nombre,
    b.inspeccion || "sin inspección", b.propietario_publico || "—"]));
  const experiencias = document.querySelector("#tabla-experiencias tbody");
  p.experiencias.forEach(e => fila(experiencias, [e.titulo + " (" + e.anio + ")", e.proyecto, e.beneficiarios,
    e.estrategia, valor(e.costo), e.resultados, e.lecciones]));
}

/* -- observatory of instruments ---------------------------------------------------------------------- */
const OBLIGACIONES = {pendiente: "#9e9e9e", parcial: "#f9a825", cumplida: "#2e7d32", vencida: "#c62828"};

function instrumentos() {
  const o = datos.instrumentos;
  if (!o) { document.querySelector('nav a[href="#instrumentos"]').hidden = true; return; }
  const mapa = mapas.instrumentos = mapaBase("mapa-instrumentos");
  const contorno = L.geoJSON(datos.unidades, {style: {color: "#555", weight: 0.6, fillOpacity: 0}}).addTo(mapa);
  L.geoJSON(o.instrumentos, {style: {color: "#1f5f8b", weight: 1.5, fillOpacity: 0.1}}).addTo(mapa);
  L.geoJSON(o.obligaciones, {style: f => ({color: OBLIGACIONES[f.properties.estado], weight: 2,
    fillColor: OBLIGACIONES[f.properties.estado], fillOpacity: 0.7})}).addTo(mapa);
  L.geoJSON(o.actuaciones, {pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 5, color: "#fff", weight: 1,
    fillColor: "#6a1b9a", fillOpacity: 0.9})}).addTo(mapa);
  mapa.fitBounds(contorno.getBounds());
  const leyenda = document.getElementById("leyenda-instrumentos");
  const claves = Object.entries(o.estados).map(([estado, nombre]) => ["background:" + OBLIGACIONES[estado], nombre])
    .concat([["background:#fff;border:2px solid #1f5f8b", "Instrumento"],
             ["background:#6a1b9a;border-radius:50%", "Actuación privada o colaborativa"]]);
  claves.forEach(([estilo, nombre]) => {
    const item = el("span");
    item.appendChild(el("span", null, {class: "caja", style: estilo}));
    item.appendChild(document.createTextNode(nombre));
    leyenda.appendChild(item);
  });
  const tipos = document.querySelector("#tabla-obligaciones tbody");
  o.por_tipo.forEach(t => fila(tipos, [t.tipo, t.unidad, valor(t.obligaciones), valor(t.debido), valor(t.recibido),
    valor(t.cumplimiento), valor(t.vencidas)]));
  const destino = document.querySelector("#tabla-destino tbody");
  o.destino_recaudo.forEach(d => fila(destino, [d.proyecto || "—", d.nombre, valor(d.valor)]));
  document.getElementById("titulo-inversion").textContent = "Inversión de " + o.anio + " por unidad territorial";
  const inversion = document.querySelector("#tabla-inversion tbody");
  o.inversion.forEach(u => fila(inversion, [u.nombre, valor(u.total), valor(u.per_capita), valor(u.privada)]));
}

/* -- evaluation of the plan (section "evaluacion" of the report model) ------------------------------- */
function evaluacion() {
  const e = datos.evaluacion;
  document.getElementById("evaluacion-resumen").textContent = "Evaluación del plan en " + e.anio +
    (e.adopcion ? " (adoptado en " + e.adopcion + ", " + e.horizonte + ")" : "") +
    ": cada objetivo se califica por los semáforos de sus indicadores y el estado de sus proyectos.";
  const objetivos = document.querySelector("#tabla-objetivos tbody");
  e.objetivos.forEach(o => fila(objetivos, [o.codigo, o.nombre, valor(o.puntaje, "", 1), o.calificacion]));
  const suficiencia = document.querySelector("#tabla-suficiencia tbody");
  e.suficiencia.forEach(c => fila(suficiencia, [c.tipo, c.componente, c.requisitos, valor(c.porcentaje, "", 1)]));
  const brechas = document.querySelector("#tabla-brechas tbody");
  e.brechas.forEach(b => fila(brechas, [b.tipo, b.codigo, b.nombre, b.detalle]));
}

/* -- observatory of social services ----------------------------------------------------------------- */
function cabecera(id, titulos) {
  const fila = document.getElementById(id);
  titulos.forEach(t => fila.appendChild(el("th", t, {scope: "col"})));
}

function servicios() {
  const o = datos.servicios;
  if (!o) { document.querySelector('nav a[href="#servicios"]').hidden = true; return; }
  cabecera("cabecera-nodos", o.encabezados_nodos);
  const nodos = document.querySelector("#tabla-nodos tbody");
  o.nodos.features.forEach(f => fila(nodos, f.properties.fila));
  document.getElementById("servicios-nodos").hidden = !o.nodos.features.length;
  if (!o.sectores.length) { document.getElementById("servicios-sectores").hidden = true; return; }
  cabecera("cabecera-servicios", o.encabezados);
  const selector = document.getElementById("selector-servicios");
  o.sectores.forEach(s => selector.appendChild(el("option", s.nombre, {value: s.sector})));
  const mapa = mapas.servicios = mapaBase("mapa-servicios");
  const unidades = L.geoJSON(datos.unidades, {style: () => ({color: "#333", weight: 0.8, fillOpacity: 0.85})})
    .addTo(mapa);
  mapas.serviciosUnidades = unidades;
  const color = {};
  o.estados_nodo.forEach(e => { color[e.estado] = e.color; });
  L.geoJSON(o.nodos, {style: f => ({color: "#2d1a4f", weight: 2, fillColor: color[f.properties.estado],
    fillOpacity: 0.55}), onEachFeature: (f, layer) => layer.bindTooltip(f.properties.fila[0] + " — " +
    f.properties.fila[2])}).addTo(mapa);
  mapa.fitBounds(unidades.getBounds());
  selector.addEventListener("change", () => sector(selector.value));
  sector(o.sectores[0].sector);
}

function sector(codigo) {
  const o = datos.servicios;
  const s = o.sectores.find(x => x.sector === codigo);
  const ind = {modo: "clases", clases: s.clases};
  mapas.serviciosUnidades.setStyle(f => ({fillColor: colorDe(ind, s.valores[f.properties.codigo]), color: "#333",
                                          weight: 0.8, fillOpacity: 0.85}));
  const leyenda = document.getElementById("leyenda-servicios");
  leyenda.replaceChildren(el("strong", "Accesibilidad (E2SFCA) por 1.000 · " + s.nombre, {class: "titulo-leyenda"}));
  const clave = (fondo, texto) => {
    const item = el("span");
    item.appendChild(el("span", null, {class: "caja", style: "background:" + fondo}));
    item.appendChild(document.createTextNode(texto));
    leyenda.appendChild(item);
  };
  s.clases.forEach(c => clave(c.color, c.desde === null ? s.nombre : numero(c.desde, s.decimales) + " – " +
                                                                    numero(c.hasta, s.decimales)));
  clave("#ffffff", "sin dato");
  o.estados_nodo.forEach(e => clave(e.color, "Nodo " + e.nombre.toLowerCase()));
  document.getElementById("titulo-servicios").textContent = s.nombre + ": oferta, accesibilidad, déficit y uso " +
    "de la capacidad por unidad territorial (medido en " + s.periodo + ")";
  const cuerpo = document.querySelector("#tabla-servicios tbody");
  cuerpo.replaceChildren();
  s.filas.forEach(f => fila(cuerpo, f));
  document.getElementById("notas-servicios").textContent = s.notas.length ? "Notas: " + s.notas.join(" ") : "";
}

function descargas() {
  const lista = document.getElementById("descargas");
  datos.sitio.descargas.forEach(d => {
    const li = el("li");
    li.appendChild(el("a", d.nombre, {href: d.ruta, download: ""}));
    li.appendChild(document.createTextNode(" — " + d.descripcion));
    lista.appendChild(li);
  });
}

/* -- navigation -------------------------------------------------------------------------------------- */
function mostrar() {
  const partes = (location.hash.replace(/^#/, "") || "inicio").split("/");
  const seccion = document.getElementById("sec-" + partes[0]) ? partes[0] : "inicio";
  document.querySelectorAll("main > section").forEach(s => { s.hidden = s.dataset.seccion !== seccion; });
  document.querySelectorAll("nav a").forEach(a => {
    if (a.getAttribute("href") === "#" + (seccion === "proyecto" ? "proyectos" : seccion)) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  });
  if (seccion === "proyecto") proyecto(decodeURIComponent(partes[1] || ""));
  Object.values(mapas).forEach(m => m.invalidateSize && m.invalidateSize());
}

async function iniciar() {
  [datos.sitio, datos.unidades, datos.indicadores, datos.proyectos, datos.rendicion, datos.participacion,
   datos.patrimonio] = await Promise.all(["sitio.json", "unidades.geojson", "indicadores.json", "proyectos.geojson",
                                          "rendicion.json", "participacion.json", "patrimonio.json"].map(leer));
  datos.instrumentos = await leer("instrumentos.json");  // null: the expediente has no instrument or investment
  datos.evaluacion = await leer("evaluacion.json");
  datos.servicios = await leer("servicios.json");  // null: no sector measured and no node of equipamientos
  const s = datos.sitio;
  document.title = "POT de " + s.municipio + " — seguimiento " + s.periodo;
  document.getElementById("entidad").textContent = "Alcaldía de " + s.municipio + " · Secretaría de Planeación";
  document.getElementById("titulo").textContent = "Plan de Ordenamiento Territorial de " + s.municipio;
  document.getElementById("pie").textContent = "Expediente Municipal del POT (Ley 388 de 1997, art. 112) · periodo " +
    s.periodo + " · publicado el " + fechaLarga(s.generado) + " · datos abiertos bajo licencia CC BY-SA 4.0 (ver metadatos.json).";
  window.addEventListener("hashchange", mostrar);
  mostrar();  // sections must be visible for the maps to measure themselves
  document.querySelectorAll("main > section").forEach(x => { x.hidden = false; });
  inicio(); mapaIndicadores(); proyectos(); rendicion(); participacion(); servicios(); patrimonio(); instrumentos();
  evaluacion();
  descargas();
  mostrar();
  document.body.dataset.listo = "si";
}

window.potSitio = {ficha, pintar, mapas, datos};
iniciar().catch(error => { console.error(error); document.getElementById("resumen").textContent = "Error: " + error.message; });
