/* The POT minisite: reads datos_sitio/*.json (written by export_minisitio) and draws the pages.
   Every text from the expediente goes into the page as text (textContent), never as HTML. */
"use strict";

const ESTADOS = {terminado: "#1a7f37", al_dia: "#4c9be8", retrasado: "#f1c40f", incumplimiento: "#c62828",
                 sin_iniciar: "#9e9e9e"};
const LUCES = {verde: "Verde: meta cumplida", amarillo: "Amarillo: mejor que la línea base, sin alcanzar la meta",
               rojo: "Rojo: no mejora la línea base", gris: "Gris: sin dato o sin meta"};
const numero = new Intl.NumberFormat("es-CO", {maximumFractionDigits: 2});
const datos = {};
const mapas = {};

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

function valor(v, unidad) {
  return v === null || v === undefined ? "sin dato" : numero.format(v) + (unidad ? " " + unidad : "");
}

function fila(tbody, celdas) {
  const tr = el("tr");
  celdas.forEach((c, i) => tr.appendChild(el(i === 0 ? "th" : "td", c, i === 0 ? {scope: "row"} : {})));
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
    "Territorial de " + s.municipio + " en el periodo " + s.periodo + ", por " + s.nivel + ".";
  const conteo = {verde: 0, amarillo: 0, rojo: 0, gris: 0};
  const cuerpo = document.querySelector("#tabla-indicadores tbody");
  datos.indicadores.forEach(ind => {
    conteo[ind.semaforo] += 1;
    const tr = fila(cuerpo, [ind.nombre, valor(ind.municipio, ind.unidad), valor(ind.base, ind.unidad),
                             valor(ind.meta, ind.unidad), ""]);
    const celda = tr.lastChild;
    celda.appendChild(el("span", null, {class: "luz " + ind.semaforo, "aria-hidden": "true"}));
    celda.appendChild(document.createTextNode(ind.semaforo));
  });
  const luces = document.getElementById("semaforos");
  Object.entries(conteo).forEach(([luz, n]) => {
    const li = el("li");
    li.appendChild(el("span", null, {class: "luz " + luz, "aria-hidden": "true"}));
    li.appendChild(document.createTextNode(LUCES[luz] + ": " + n));
    luces.appendChild(li);
  });
  const estados = {};
  datos.proyectos.features.forEach(f => { estados[f.properties.estado_nombre] = (estados[f.properties.estado_nombre] || 0) + 1; });
  const lista = document.getElementById("estados");
  Object.entries(estados).forEach(([nombre, n]) => lista.appendChild(el("li", nombre + ": " + n)));
}

/* -- indicator map ------------------------------------------------------------------------------ */
function colorDe(ind, v) {
  if (v === null || v === undefined) return "#ffffff";
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
  mapas.unidades.setStyle(f => ({fillColor: colorDe(ind, ind.valores[f.properties.codigo]), color: "#333",
                                  weight: 0.8, fillOpacity: 0.85}));
  document.getElementById("mapa-indicador").setAttribute("aria-label", "Mapa de " + ind.nombre +
    " por unidad territorial; los valores están en la tabla debajo del mapa.");
  const leyenda = document.getElementById("leyenda");
  leyenda.replaceChildren();
  ind.clases.forEach(c => {
    const item = el("span");
    item.appendChild(el("span", null, {class: "caja", style: "background:" + c.color}));
    item.appendChild(document.createTextNode(c.desde === null ? ind.nombre :
      numero.format(c.desde) + " – " + numero.format(c.hasta) + (ind.unidad ? " " + ind.unidad : "")));
    leyenda.appendChild(item);
  });
  const sin = el("span");
  sin.appendChild(el("span", null, {class: "caja", style: "background:#ffffff"}));
  sin.appendChild(document.createTextNode("sin dato"));
  leyenda.appendChild(sin);
  document.getElementById("titulo-tabla-mapa").textContent = ind.nombre + (ind.unidad ? " (" + ind.unidad + ")" : "");
  const cuerpo = document.querySelector("#tabla-mapa tbody");
  cuerpo.replaceChildren();
  datos.unidades.features.forEach(f => {
    const tr = fila(cuerpo, [f.properties.nombre, valor(ind.valores[f.properties.codigo], ind.unidad)]);
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
  caja.appendChild(el("p", ind.nombre + ": ")).appendChild(el("strong", valor(ind.valores[codigo], ind.unidad),
                                                              {id: "valor-unidad"}));
  const canvas = el("canvas", null, {role: "img"});
  caja.appendChild(canvas);
  const puntos = ind.series[codigo] || [];
  canvas.setAttribute("aria-label", "Serie de " + ind.nombre + " en " + unidad.properties.nombre + ": " +
    (puntos.map(p => p[0] + " " + valor(p[1], ind.unidad)).join("; ") || "sin dato"));
  const metas = Object.fromEntries(Object.entries(ind.metas).map(([h, v]) => ["Meta " + h, v]));
  grafico(canvas, ind.nombre, [{nombre: unidad.properties.nombre, color: "#1f4e79", puntos}], ind.base, metas);
  document.querySelectorAll("#tabla-mapa tr").forEach(tr => tr.classList.toggle("activa", tr.dataset.codigo === codigo));
}

/* -- projects ------------------------------------------------------------------------------------ */
function proyectos() {
  const mapa = mapas.proyectos = mapaBase("mapa-proyectos");
  const contorno = L.geoJSON(datos.unidades, {style: {color: "#555", weight: 0.6, fillOpacity: 0}}).addTo(mapa);
  L.geoJSON(datos.proyectos, {style: f => ({color: ESTADOS[f.properties.estado], weight: 3,
    fillColor: ESTADOS[f.properties.estado], fillOpacity: 0.6}),
    onEachFeature: (f, layer) => layer.on("click", () => { location.hash = "proyecto/" + f.properties.codigo; })})
    .addTo(mapa);
  mapa.fitBounds(contorno.getBounds());
  const leyenda = document.getElementById("leyenda-proyectos");
  const nombres = {};
  datos.proyectos.features.forEach(f => { nombres[f.properties.estado] = f.properties.estado_nombre; });
  Object.entries(nombres).forEach(([estado, nombre]) => {
    const item = el("span");
    item.appendChild(el("span", null, {class: "caja", style: "background:" + ESTADOS[estado]}));
    item.appendChild(document.createTextNode(nombre));
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
    .filter(p => !texto || [p.codigo, p.nombre, p.programa, p.entidad].join(" ").toLowerCase().includes(texto))
    .forEach(p => {
      const tr = el("tr");
      const th = el("th", null, {scope: "row"});
      th.appendChild(el("a", p.codigo, {href: "#proyecto/" + encodeURIComponent(p.codigo)}));
      tr.appendChild(th);
      [p.nombre, p.programa, p.entidad, p.estado_nombre].forEach(c => tr.appendChild(el("td", c)));
      cuerpo.appendChild(tr);
    });
}

function proyecto(codigo) {
  const f = datos.proyectos.features.find(x => x.properties.codigo === codigo);
  if (!f) { location.hash = "proyectos"; return; }
  const p = f.properties;
  document.getElementById("proyecto-titulo").textContent = p.codigo + " — " + p.nombre;
  const lista = document.getElementById("proyecto-datos");
  lista.replaceChildren();
  [["Programa", p.programa], ["Entidad", p.entidad], ["Horizonte", p.horizonte], ["Meta", p.meta],
   ["Estado", p.estado_nombre], ["Avance físico", valor(p.fisico, "%")], ["Avance esperado", valor(p.esperado, "%")],
   ["Ejecución financiera", valor(p.financiero, "%")], ["Inversión acumulada", valor(p.inversion, "COP")],
   ["Presupuesto", valor(p.presupuesto, "COP")]].forEach(([k, v]) => {
    lista.appendChild(el("dt", k));
    lista.appendChild(el("dd", v));
  });
  const texto = "Avance físico reportado por periodo: " +
    (p.avance.map(a => a[0] + " " + valor(a[1], "%")).join("; ") || "sin reportes");
  const canvas = document.getElementById("grafico-proyecto");
  canvas.setAttribute("aria-label", texto);
  document.getElementById("grafico-proyecto-texto").textContent = texto;
  grafico(canvas, "Avance físico (% de la meta)", [{nombre: p.codigo, color: ESTADOS[p.estado], puntos: p.avance}],
          null, {"Avance esperado a la fecha de corte": p.esperado});
}

/* -- accountability and downloads ------------------------------------------------------------------ */
function rendicion() {
  const cuerpo = document.querySelector("#tabla-rendicion tbody");
  datos.rendicion.unidades.forEach(u => fila(cuerpo, [u.nombre, valor(u.poblacion), valor(u.mujeres),
    valor(u.hombres), valor(u.edad_0_14), valor(u.edad_15_64), valor(u.edad_65_mas), valor(u.inversion_per_capita),
    valor(u.avance_ponderado)]));
  if (datos.rendicion.control_ocupaciones.length) {
    document.getElementById("control").hidden = false;
    const control = document.querySelector("#tabla-control tbody");
    datos.rendicion.control_ocupaciones.forEach(c => fila(control, [c.unidad, c.alertas, c.confirmadas, c.con_accion]));
  }
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
  [datos.sitio, datos.unidades, datos.indicadores, datos.proyectos, datos.rendicion] = await Promise.all(
    ["sitio.json", "unidades.geojson", "indicadores.json", "proyectos.geojson", "rendicion.json"].map(leer));
  const s = datos.sitio;
  document.title = "POT de " + s.municipio + " — seguimiento " + s.periodo;
  document.getElementById("entidad").textContent = "Alcaldía de " + s.municipio + " · Secretaría de Planeación";
  document.getElementById("titulo").textContent = "Plan de Ordenamiento Territorial de " + s.municipio;
  document.getElementById("pie").textContent = "Expediente Municipal del POT (Ley 388 de 1997, art. 112) · periodo " +
    s.periodo + " · publicado el " + s.generado + " · datos abiertos bajo licencia CC BY-SA 4.0 (ver metadatos.json).";
  window.addEventListener("hashchange", mostrar);
  mostrar();  // sections must be visible for the maps to measure themselves
  document.querySelectorAll("main > section").forEach(x => { x.hidden = false; });
  inicio(); mapaIndicadores(); proyectos(); rendicion(); descargas();
  mostrar();
  document.body.dataset.listo = "si";
}

window.potSitio = {ficha, pintar, mapas, datos};
iniciar().catch(error => { console.error(error); document.getElementById("resumen").textContent = "Error: " + error.message; });
