/* rasid dashboard: map, timeline and table over one set of filters kept in the URL. */
"use strict";

const MAP_CAP = 20000;
const TABLE_PAGE = 100;
const state = { filters: {}, events: [], shown: TABLE_PAGE, sort: { key: "date", dir: -1 }, chart: null, stats: null };
let map, cluster;

function setupMap() {
  map = L.map("map", { maxZoom: 12, minZoom: 2, zoomSnap: 0.5, keyboard: true }).setView([31.5, 39], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · OCHA COD-AB (CC BY-IGO)");
  fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json()).then((topo) => {
    L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      style: { color: "#8a8f98", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false,
    }).addTo(map).bringToBack();
  });
  fetch("/static/boundaries/admin1.geojson").then((r) => r.json()).then((gj) => {
    L.geoJSON(gj, {
      style: { color: "#b4b9c2", weight: 0.7, fill: false },
      onEachFeature: (f, layer) => layer.bindTooltip(lang() === "ar" ? f.properties.name_ar : f.properties.name, { sticky: true }),
    }).addTo(map);
  });
  cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  map.addLayer(cluster);
  const legend = document.getElementById("legend");
  legend.replaceChildren(...Object.entries(TYPE_COLOURS).map(([type, colour]) =>
    el("span", { class: "legend-item" }, el("i", { style: "background:" + colour }), typeLabel(type))));
}

function drawMarkers() {
  cluster.clearLayers();
  const markers = [];
  for (const e of state.events) {
    const loc = e.location || {};
    if (loc.lat === null || loc.lat === undefined || loc.lon === null || loc.lon === undefined) continue;
    const radius = Math.min(22, 6 + 2.2 * Math.sqrt(e.fatalities || 0));
    const marker = L.circleMarker([loc.lat, loc.lon], {
      radius, color: "#222", weight: 1, fillColor: TYPE_COLOURS[e.event_type] || "#555", fillOpacity: 0.85,
      className: "event-marker",
    });
    marker.bindTooltip([typeLabel(e.event_type), e.date || "?", placeName(e)].join(" · "));
    marker.on("click", () => { location.href = "/event/" + encodeURIComponent(e.id); });
    markers.push(marker);
  }
  cluster.addLayers(markers);
  if (markers.length && !state.filters.bbox) map.fitBounds(cluster.getBounds(), { padding: [30, 30], maxZoom: 8 });
}

function drawTimeline() {
  const days = (state.stats && state.stats.by_day) || [];
  const types = Object.keys(TYPE_COLOURS);
  const data = {
    labels: days.map((d) => d.date),
    datasets: types.map((type) => ({ label: typeLabel(type), backgroundColor: TYPE_COLOURS[type],
      data: days.map((d) => d[type] || 0) })).filter((ds) => ds.data.some((v) => v)),
  };
  if (state.chart) state.chart.destroy();
  state.chart = new Chart(document.getElementById("timeline"), {
    type: "bar", data,
    options: { animation: false, maintainAspectRatio: false, responsive: true,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom", rtl: lang() === "ar" } } },
  });
}

function sortValue(e, key) {
  if (key === "place") return placeName(e);
  if (key === "actor1" || key === "actor2") return actorName(e[key]);
  if (key === "fatalities") return e.fatalities === null || e.fatalities === undefined ? -1 : e.fatalities;
  if (key === "status") return (e.review || {}).status || "";
  return e[key] || "";
}

function drawTable() {
  const { key, dir } = state.sort;
  const rows = [...state.events].sort((a, b) => {
    const x = sortValue(a, key), y = sortValue(b, key);
    return (x < y ? -1 : x > y ? 1 : 0) * dir;
  });
  const body = document.querySelector("#events tbody");
  body.replaceChildren(...rows.slice(0, state.shown).map((e) => {
    const status = (e.review || {}).status || "unreviewed";
    return el("tr", { "data-id": e.id },
      el("td", {}, el("a", { href: "/event/" + encodeURIComponent(e.id) }, e.date || "?")),
      el("td", {}, typeBadge(e.event_type), " ", e.sub_event_type || ""),
      el("td", {}, placeName(e)),
      el("td", {}, actorName(e.actor1)),
      el("td", {}, actorName(e.actor2)),
      el("td", { class: "num" }, e.fatalities === null || e.fatalities === undefined ? "?" : e.fatalities),
      el("td", {}, e.source || ""),
      el("td", { class: "status-" + status }, t(status)));
  }));
  document.querySelectorAll("#events th").forEach((th) => {
    th.setAttribute("aria-sort", th.dataset.sort === key ? (dir > 0 ? "ascending" : "descending") : "none");
  });
  document.getElementById("more").hidden = state.shown >= rows.length;
}

function drawSummary(total) {
  const stats = state.stats || { fatalities: 0 };
  document.getElementById("summary").textContent =
    total + " " + t("events") + " · " + t("fatalities") + ": " + stats.fatalities;
}

async function load() {
  const error = document.getElementById("error");
  error.hidden = true;
  document.getElementById("summary").textContent = t("loading");
  const qs = queryString(state.filters);
  for (const fmt of ["csv", "geojson", "jsonl"]) {
    document.getElementById("export-" + fmt).href = "/api/export?" + queryString(state.filters,
      { format: fmt === "csv" ? "acled-csv" : fmt });
  }
  try {
    const statsPromise = api("/api/stats?" + qs);
    const events = [];
    let cursor = null, total = 0;
    do {
      const page = await api("/api/events?" + queryString(state.filters, { limit: 1000, cursor }));
      events.push(...page.items);
      total = page.total;
      cursor = page.next;
    } while (cursor !== null && events.length < MAP_CAP);
    state.events = events;
    state.shown = TABLE_PAGE;
    state.stats = await statsPromise;
    state.total = total;
    drawSummary(total);
    drawMarkers();
    drawTable();
    drawTimeline();
  } catch (err) {
    error.textContent = err.message;
    error.hidden = false;
    document.getElementById("summary").textContent = "";
  }
}

function fillForm() {
  const form = document.getElementById("filters");
  for (const k of FILTER_KEYS) if (form.elements[k]) form.elements[k].value = state.filters[k] || "";
  form.elements.bbox_on.checked = Boolean(state.filters.bbox);
}

function readForm() {
  const form = document.getElementById("filters");
  const out = {};
  for (const k of FILTER_KEYS) if (form.elements[k] && form.elements[k].value.trim()) out[k] = form.elements[k].value.trim();
  if (form.elements.bbox_on.checked) {
    const b = map.getBounds();
    out.bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(3)).join(",");
  }
  return out;
}

function setupTypeOptions() {
  const select = document.querySelector("select[name=event_type]");
  select.querySelectorAll("option[data-type]").forEach((o) => o.remove());
  for (const type of Object.keys(TYPE_COLOURS)) select.append(el("option", { value: type, "data-type": type }, typeLabel(type)));
}

document.addEventListener("DOMContentLoaded", () => {
  setupHeader(() => { setupTypeOptions(); fillForm(); drawTable(); drawTimeline(); drawSummary(state.total || 0); });
  setupTypeOptions();
  setupMap();
  state.filters = filtersFromUrl();
  fillForm();
  document.getElementById("filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.filters = readForm();
    history.pushState(null, "", "/?" + queryString(state.filters));
    load();
  });
  document.getElementById("reset").addEventListener("click", () => {
    state.filters = {};
    fillForm();
    history.pushState(null, "", "/");
    load();
  });
  window.addEventListener("popstate", () => { state.filters = filtersFromUrl(); fillForm(); load(); });
  document.querySelectorAll("#events th").forEach((th) => {
    const sort = () => {
      state.sort = { key: th.dataset.sort, dir: state.sort.key === th.dataset.sort ? -state.sort.dir : 1 };
      drawTable();
    };
    th.addEventListener("click", sort);
    th.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sort(); } });
  });
  document.getElementById("more").addEventListener("click", () => { state.shown += TABLE_PAGE; drawTable(); });
  load();
});
