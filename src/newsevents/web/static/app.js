// newsevents dashboard: six views over the HTTP API, filters kept in the URL hash so a view is a bookmark.
// Plain JavaScript with no build step: the libraries (Leaflet, uPlot, Cytoscape, topojson-client) are
// loaded from static/vendor by index.html, so nothing here ever reaches the internet.
(function () {
  "use strict";

  const FILTER_KEYS = ["date_from", "date_to", "actor", "country", "root"];
  const QUAD = {
    1: { name: "verbal cooperation", color: "#4c9f5a" },
    2: { name: "material cooperation", color: "#1d6b3c" },
    3: { name: "verbal conflict", color: "#e09a2b" },
    4: { name: "material conflict", color: "#c63a2f" },
  };
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

  // ---- state in the URL: #/view?key=value&... ------------------------------------------------
  function readHash() {
    const raw = location.hash.replace(/^#\/?/, "");
    const [view, query] = raw.split("?");
    const params = new URLSearchParams(query || "");
    return { view: view || "map", params };
  }

  function writeHash(view, params, replace) {
    const clean = new URLSearchParams();
    for (const [k, v] of params) if (v !== "" && v != null) clean.set(k, v);
    const qs = clean.toString();
    const hash = "#/" + view + (qs ? "?" + qs : "");
    if (hash === location.hash) return false;
    if (replace) history.replaceState(null, "", hash);
    else location.hash = hash;
    return true;
  }

  function currentFilters() {
    const { params } = readHash();
    const f = new URLSearchParams();
    for (const k of FILTER_KEYS) if (params.get(k)) f.set(k, params.get(k));
    return f;
  }

  // Go to another view (or the same one) keeping the shared filters, adding view-specific keys.
  function go(view, extra) {
    const p = currentFilters();
    for (const [k, v] of Object.entries(extra || {})) if (v !== undefined && v !== null && v !== "") p.set(k, v);
    writeHash(view, p, false);
  }

  function setParam(key, value) {
    const { view, params } = readHash();
    if (value === "" || value == null) params.delete(key); else params.set(key, value);
    return writeHash(view, params, false);
  }

  // ---- API ---------------------------------------------------------------------------------
  async function api(path, params, init) {
    const url = "api/" + path + (params && [...params].length ? "?" + params.toString() : "");
    const res = await fetch(url, init);
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      const msg = body && body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${res.status}`;
      showError(msg);
      throw new Error(msg);
    }
    hideError();
    return body;
  }

  function showError(msg) { const e = $("#error"); e.textContent = msg; e.hidden = false; }
  function hideError() { $("#error").hidden = true; }

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c != null) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  // Diverging colour for Goldstein (-10 conflict .. +10 cooperation).
  const GOLD_STOPS = [[-10, [165, 0, 38]], [-5, [244, 109, 67]], [0, [254, 224, 144]], [5, [116, 173, 209]], [10, [49, 54, 149]]];
  function goldColor(g) {
    const x = Math.max(-10, Math.min(10, g));
    for (let i = 1; i < GOLD_STOPS.length; i++) {
      const [x1, c1] = GOLD_STOPS[i];
      const [x0, c0] = GOLD_STOPS[i - 1];
      if (x <= x1) {
        const t = (x - x0) / (x1 - x0);
        const c = c0.map((v, j) => Math.round(v + t * (c1[j] - v)));
        return `rgb(${c.join(",")})`;
      }
    }
    return "rgb(49,54,149)";
  }
  const fmtG = (g) => (g == null ? "–" : (g > 0 ? "+" : "") + Number(g).toFixed(1));

  function articleLink(id, label) {
    return el("a", { href: "#/articles?" + new URLSearchParams([...currentFilters(), ["article", id]]).toString(), class: "article-link" }, label);
  }

  function actorText(ref) { return ref ? `${ref.code || "?"}` : "–"; }

  function eventRow(e) {
    return el("li", { class: "event-item" },
      el("span", { class: "code-chip", style: `background:${QUAD[e.quad_class].color}` }, e.cameo),
      el("span", { class: "ev-name" }, e.cameo_name),
      el("span", { class: "muted" }, ` ${actorText(e.source)} → ${actorText(e.target)} · ${e.date || "no date"} · Goldstein ${fmtG(e.goldstein)}`),
      e.article_id ? el("div", { class: "ev-evidence" }, "“" + (e.evidence.text || "").trim().slice(0, 160) + "” ", articleLink(e.article_id, "read")) : null);
  }

  // ---- meta and filters ----------------------------------------------------------------------
  let META = null;

  async function loadMeta() {
    META = await api("meta");
    $("#dbinfo").textContent = `${META.database} · ${META.articles} articles · ${META.events} events · ${META.quotes} quotes`;
    const sel = $("#filters select[name=root]");
    for (const r of META.roots) sel.append(el("option", { value: r.code }, `${r.code} ${r.name} (${r.n_events})`));
    const actors = await api("actors", new URLSearchParams({ limit: "500" }));
    const countries = new Set();
    for (const a of actors.items) {
      $("#actor-codes").append(el("option", { value: a.code }, a.names.slice(0, 2).join(", ")));
      if (!a.code.startsWith("---")) countries.add(a.code.slice(0, 3));
    }
    for (const c of [...countries].sort()) $("#country-codes").append(el("option", { value: c }));
  }

  function syncFilterForm() {
    const f = currentFilters();
    const form = $("#filters");
    for (const k of FILTER_KEYS) form.elements[k].value = f.get(k) || "";
    const csv = new URLSearchParams(f); csv.set("format", "csv");
    const jsonl = new URLSearchParams(f); jsonl.set("format", "jsonl");
    $("#export-csv").href = "api/export/events?" + csv.toString();
    $("#export-jsonl").href = "api/export/events?" + jsonl.toString();
  }

  function bindFilters() {
    $("#filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const form = ev.target;
      const { view, params } = readHash();
      for (const k of FILTER_KEYS) {
        const v = form.elements[k].value.trim();
        if (v) params.set(k, k === "actor" || k === "country" ? v.toUpperCase() : v); else params.delete(k);
      }
      writeHash(view, params, false);
    });
    $("#reset").addEventListener("click", () => {
      const { view } = readHash();
      writeHash(view, new URLSearchParams(), false);
    });
  }

  // ---- view 1: map -------------------------------------------------------------------------
  const MAP = { map: null, points: null, ready: null, fitted: false };
  const COARSE_PRECISION = new Set(["country", "admin1"]);

  async function initMap() {
    MAP.map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 10, zoomSnap: 0.25, preferCanvas: false });
    MAP.map.attributionControl.addAttribution("countries: Natural Earth via world-atlas");
    const topo = await fetch("static/vendor/world-atlas/countries-50m.json").then((r) => r.json());
    const land = topojson.feature(topo, topo.objects.countries);
    for (const f of land.features) unwrapGeometry(f.geometry);
    L.geoJSON(land, {
      style: { color: "#a9a293", weight: 0.6, fillColor: "#efebe2", fillOpacity: 1 },
      onEachFeature: (f, layer) => layer.bindTooltip(f.properties.name || "", { sticky: true, className: "country-tip" }),
    }).addTo(MAP.map);
    MAP.points = L.layerGroup().addTo(MAP.map);
    MAP.map.setView([30, 30], 2);
    const legend = L.control({ position: "bottomleft" });
    legend.onAdd = () => {
      const div = L.DomUtil.create("div", "map-legend");
      const stops = [-10, -5, 0, 5, 10].map((g) => `<span><i style="background:${goldColor(g)}"></i>${fmtG(g)}</span>`).join("");
      div.innerHTML = `<b>mean Goldstein</b><div class="scale">${stops}</div><div class="muted">circle area = number of events</div>` +
        `<div class="muted"><i class="coarse-key"></i>dashed, pale: placed only to a country or province, drawn at its centre</div>`;
      return div;
    };
    legend.addTo(MAP.map);
  }

  // Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180 and would draw a line
  // across the world: continue them past 180 instead. Latitudes are clamped to what Mercator shows.
  function unwrapGeometry(g) {
    const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    for (const poly of polys) {
      for (const ring of poly) {
        let shift = 0;
        for (let i = 0; i < ring.length; i++) {
          if (i > 0) {
            const d = ring[i][0] + shift - ring[i - 1][0];
            if (d > 180) shift -= 360; else if (d < -180) shift += 360;
          }
          ring[i] = [ring[i][0] + shift, Math.max(-85, Math.min(85, ring[i][1]))];
        }
      }
    }
  }

  function placeList(points) {
    return el("table", { class: "table places-table" },
      el("thead", {}, el("tr", {}, el("th", {}, "place"), el("th", { class: "num" }, "events"), el("th", { class: "num" }, "Goldstein"))),
      el("tbody", {}, points.slice(0, 40).map((p) => el("tr", { onclick: () => { MAP.map.setView([p.lat, p.lon], Math.max(MAP.map.getZoom(), 5)); showPlaceEvents(p); } },
        el("td", {}, el("i", { class: "dot", style: `background:${goldColor(p.goldstein_mean)}` }), `${p.place}${p.country ? " · " + p.country : ""}`,
          COARSE_PRECISION.has(p.precision) ? el("span", { class: "muted" }, ` (${p.precision === "country" ? "country" : "province"} only)`) : null),
        el("td", { class: "num" }, p.n_events), el("td", { class: "num" }, fmtG(p.goldstein_mean))))));
  }

  async function showMap() {
    if (!MAP.ready) MAP.ready = initMap();
    await MAP.ready;
    MAP.map.invalidateSize();
    const f = currentFilters();
    const points = await api("map", f);
    MAP.points.clearLayers();
    const bounds = [];
    let total = 0;
    for (const p of points) {
      total += p.n_events;
      // An event placed only to a country or a province has no point of its own: the circle at the area's centre
      // is drawn dashed and pale so that a statement "in the United States" is not read as news from Kansas.
      const coarse = COARSE_PRECISION.has(p.precision);
      const m = L.circleMarker([p.lat, p.lon], {
        radius: 4 + 2.6 * Math.sqrt(p.n_events), color: "#333", weight: coarse ? 1.4 : 0.8, fillColor: goldColor(p.goldstein_mean),
        fillOpacity: coarse ? 0.3 : 0.85, dashArray: coarse ? "4 3" : null, className: coarse ? "ne-point ne-coarse" : "ne-point",
      });
      m.bindTooltip(`<b>${esc(p.place)}</b>${p.country ? " (" + esc(p.country) + ")" : ""}<br>${p.n_events} events in ${p.n_articles} articles` +
        `<br>mean Goldstein ${fmtG(p.goldstein_mean)}` +
        (coarse ? `<br><i>placed only to the ${p.precision === "country" ? "country" : "province"}: shown at its centre</i>` : "") +
        `<br><span class="muted">${p.top_codes.map(esc).join("<br>")}</span>`);
      m.on("click", () => showPlaceEvents(p));
      m.addTo(MAP.points);
      bounds.push([p.lat, p.lon]);
    }
    $("#map-summary").textContent = points.length ? `${total} events at ${points.length} places. Click a circle or a place for its events.`
      : "No events with a place for this selection.";
    if (bounds.length && !MAP.fitted) {
      MAP.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 5 });
      MAP.fitted = true;
    }
    $("#map-events").replaceChildren(placeList(points));
    $("#map-title").textContent = "Events by place";
  }

  async function showPlaceEvents(p) {
    const f = currentFilters();
    const d = 0.0001;
    f.set("bbox", [p.lon - d, p.lat - d, p.lon + d, p.lat + d].map((x) => x.toFixed(5)).join(","));
    f.set("limit", "50");
    const page = await api("events", f);
    $("#map-title").textContent = p.place;
    $("#map-summary").textContent = `${p.n_events} events, mean Goldstein ${fmtG(p.goldstein_mean)}`;
    $("#map-events").replaceChildren(el("ul", { class: "events" }, page.items.map(eventRow)));
  }

  // ---- view 2: timeline --------------------------------------------------------------------
  const TL = { plot: null };

  async function showTimeline() {
    const { params } = readHash();
    const form = $("#timeline-controls");
    const mode = params.get("mode") || (params.get("country") ? "country" : "dyad");
    form.elements.mode.value = mode;
    form.elements.src.value = params.get("src") || form.elements.src.value;
    form.elements.tgt.value = params.get("tgt") || form.elements.tgt.value;
    form.elements.code.value = params.get("code") || params.get("country") || form.elements.code.value;
    form.elements.interval.value = params.get("interval") || "week";
    const q = currentFilters();
    q.delete("country"); q.delete("actor");
    if (mode === "country" && params.get("actor")) q.set("actor", params.get("actor"));
    q.set("interval", form.elements.interval.value);
    let series;
    if (mode === "dyad") {
      q.set("src", form.elements.src.value.toUpperCase()); q.set("tgt", form.elements.tgt.value.toUpperCase());
      series = await api("series/dyad", q);
    } else {
      q.set("code", form.elements.code.value.toUpperCase());
      series = await api("series/country", q);
    }
    drawTimeline(series);
  }

  const chartHeight = () => Math.max(300, Math.min(620, window.innerHeight - 360));

  function drawTimeline(s) {
    const total = s.buckets.reduce((a, b) => a + b.n_events, 0);
    $("#timeline-title").textContent = `${s.kind === "dyad" ? "Dyad" : "Country"} ${s.key}: ${total} events per ${s.interval}`;
    const box = $("#timeline-chart");
    if (TL.plot) { TL.plot.destroy(); TL.plot = null; }
    box.replaceChildren();
    if (!s.buckets.length) { box.append(el("p", { class: "muted empty" }, "No events for this selection.")); $("#timeline-alerts").replaceChildren(); return; }
    const xs = s.buckets.map((b) => Date.parse(b.period + "T00:00:00Z") / 1000);
    const col = (k) => s.buckets.map((b) => b[k]);
    const alertXs = s.alerts.map((a) => Date.parse(a.date + "T00:00:00Z") / 1000);
    const bars = uPlot.paths.bars({ size: [0.75, 40] });
    // stacked bars: each quad class drawn as the running total up to it, tallest first
    const q = [1, 2, 3, 4].map((k) => col("quad" + k));
    // zero-height bars are left out (null), or their outlines would draw a dashed line along the axis
    const cum = [1, 2, 3, 4].map((k) => xs.map((_, i) => q.slice(0, k).reduce((a, c) => a + c[i], 0) || null));
    const raw = (k) => (u, v, si, i) => (i == null ? "--" : q[k - 1][i]);
    const barSeries = (k) => ({ label: QUAD[k].name, stroke: QUAD[k].color, fill: QUAD[k].color, paths: bars, points: { show: false }, value: raw(k) });
    const opts = {
      width: Math.max(400, box.clientWidth - 16), height: chartHeight(), tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
      scales: { x: { time: true }, y: { range: (u, lo, hi) => [0, Math.max(2, Math.ceil((hi || 0) * 1.1))] }, g: { range: [-10, 10] } },
      axes: [
        {},
        { label: "events", size: 50, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] },
        { scale: "g", side: 1, label: "mean Goldstein", grid: { show: false }, size: 50 },
      ],
      series: [
        {},
        barSeries(4), barSeries(3), barSeries(2), barSeries(1),
        { label: "mean Goldstein", scale: "g", stroke: "#3b4cc0", dash: [4, 3], width: 1.5, spanGaps: true, points: { size: 5 } },
      ],
      hooks: {
        draw: [(u) => {
          const ctx = u.ctx;
          ctx.save();
          for (const x of alertXs) {
            const px = Math.round(u.valToPos(x, "x", true));
            if (px < u.bbox.left || px > u.bbox.left + u.bbox.width) continue;
            ctx.strokeStyle = "#c63a2f"; ctx.lineWidth = 2 * devicePixelRatio; ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
            ctx.beginPath(); ctx.moveTo(px, u.bbox.top); ctx.lineTo(px, u.bbox.top + u.bbox.height); ctx.stroke();
            ctx.setLineDash([]); ctx.fillStyle = "#c63a2f"; ctx.font = `${12 * devicePixelRatio}px sans-serif`;
            ctx.fillText("▲ alert", px + 4 * devicePixelRatio, u.bbox.top + 14 * devicePixelRatio);
          }
          ctx.restore();
        }],
      },
    };
    const data = [xs, cum[3], cum[2], cum[1], cum[0], col("goldstein_mean")];
    TL.plot = new uPlot(opts, data, box);
    const list = s.alerts.length
      ? el("ul", { class: "alerts" }, s.alerts.map((a) => el("li", {},
          el("b", { class: "alert-mark" }, "▲ " + a.date),
          a.methods && a.methods.length ? el("span", { class: "muted small" }, ` ${a.key} · ${a.methods.join(", ")}`) : "",
          " " + a.message + " ",
          el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); go("alerts", { as_of: a.date }); } }, "see alerts on that day"))))
      : el("p", { class: "muted" }, "No alert fired for this series.");
    const corpus = s.alerts.some((a) => a.methods && a.methods.length);
    $("#timeline-alerts").replaceChildren(el("h3", {}, corpus
      ? "Alert marks (corpus alerts on the country dyad or country: robust z, CUSUM, highest in 90 days, ACLED weekly)"
      : "Alert marks (simple rule: last 7 days vs 4-week average)"), list);
  }

  function bindTimeline() {
    $("#timeline-controls").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const f = ev.target.elements;
      const { params } = readHash();
      params.set("mode", f.mode.value); params.set("src", f.src.value.toUpperCase()); params.set("tgt", f.tgt.value.toUpperCase());
      params.set("code", f.code.value.toUpperCase()); params.set("interval", f.interval.value);
      writeHash("timeline", params, false);
    });
    window.addEventListener("resize", () => { if (TL.plot) TL.plot.setSize({ width: $("#timeline-chart").clientWidth - 16, height: chartHeight() }); });
  }

  // ---- view 3: network ---------------------------------------------------------------------
  const NET = { cy: null };

  async function showNetwork() {
    const { params } = readHash();
    const level = params.get("level") || "actor";
    $("#network-controls").elements.level.value = level;
    const q = currentFilters(); q.set("level", level); q.set("limit", "300");
    const net = await api("network", q);
    $("#network-legend").innerHTML = Object.values(QUAD).map((v) => `<span><i style="background:${v.color}"></i>${v.name}</span>`).join("");
    const maxN = Math.max(1, ...net.nodes.map((n) => n.n_events));
    const elements = [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.label, n: n.n_events, size: 18 + 42 * Math.sqrt(n.n_events / maxN) } })),
      ...net.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, n: e.n_events, quad: e.quad_class,
        color: QUAD[e.quad_class].color, width: 1.5 + 2.5 * Math.sqrt(e.n_events), g: e.goldstein_mean } })),
    ];
    if (NET.cy) NET.cy.destroy();
    $("#network-summary").textContent = `${net.nodes.length} actors, ${net.edges.length} links (${net.edges.reduce((a, e) => a + e.n_events, 0)} events). Click an actor or a link.`;
    if (!net.nodes.length) { $("#network").replaceChildren(el("p", { class: "muted empty" }, "No events with both a source and a target for this selection.")); NET.cy = null; return; }
    $("#network").replaceChildren();
    NET.cy = cytoscape({
      container: $("#network"), elements, wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { "background-color": "#8da0b6", label: "data(label)", width: "data(size)", height: "data(size)",
          color: "#1f2328", "font-size": 12, "font-weight": 600, "text-valign": "bottom", "text-halign": "center", "text-margin-y": 3,
          "text-outline-color": "#fff", "text-outline-width": 2, "border-width": 1.5, "border-color": "#4d5d70" } },
        { selector: "edge", style: { "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle",
          width: "data(width)", "curve-style": "bezier", opacity: 0.85, "arrow-scale": 0.9 } },
        { selector: ":selected", style: { "border-color": "#111", "border-width": 3, "line-color": "#111", "target-arrow-color": "#111" } },
      ],
      layout: { name: "concentric", concentric: (n) => n.data("n"), levelWidth: () => 2, animate: false, padding: 30 },
    });
    // force-directed refinement from the concentric start: readable and the same on every load
    NET.cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110,
      nodeOverlap: 40, componentSpacing: 90, padding: 30, nodeDimensionsIncludeLabels: true }).run();
    $("#network-title").textContent = "Actor network";
    $("#network-events").replaceChildren(el("table", { class: "table" },
      el("thead", {}, el("tr", {}, el("th", {}, "link"), el("th", {}, "kind"), el("th", { class: "num" }, "events"))),
      el("tbody", {}, net.edges.slice(0, 40).map((e) => el("tr", { onclick: () => networkEvents({ source: e.source, target: e.target, quad_class: e.quad_class },
        `${e.source} → ${e.target}: ${e.n_events} ${QUAD[e.quad_class].name} events, mean Goldstein ${fmtG(e.goldstein_mean)}`) },
        el("td", {}, `${e.source} → ${e.target}`), el("td", {}, el("i", { class: "dot", style: `background:${QUAD[e.quad_class].color}` }), QUAD[e.quad_class].name),
        el("td", { class: "num" }, e.n_events))))));
    NET.cy.on("tap", "node", (ev) => networkEvents({ actor: ev.target.id() }, `Events of ${ev.target.id()}`));
    NET.cy.on("tap", "edge", (ev) => {
      const d = ev.target.data();
      networkEvents({ source: d.source, target: d.target, quad_class: d.quad },
        `${d.source} → ${d.target}: ${d.n} ${QUAD[d.quad].name} events, mean Goldstein ${fmtG(d.g)}`);
    });
  }

  async function networkEvents(extra, title) {
    const q = currentFilters();
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    q.set("limit", "50");
    const page = await api("events", q);
    $("#network-title").textContent = title;
    $("#network-summary").textContent = `${page.total} events`;
    $("#network-events").replaceChildren(el("ul", { class: "events" }, page.items.map(eventRow)));
  }

  // ---- view 4: articles and the reader -------------------------------------------------------
  const ART = { offset: 0, key: null };

  async function showArticles() {
    const { params } = readHash();
    const q = params.get("q") || "";
    $("#article-search").elements.q.value = q;
    const key = currentFilters().toString() + "|" + q;
    if (ART.key !== key) { ART.key = key; ART.offset = 0; $("#article-list").replaceChildren(); await loadArticles(); }
    const id = params.get("article");
    if (id) await openArticle(id); else $("#reader").replaceChildren(el("p", { class: "muted" }, "Choose an article."));
    for (const li of $$("#article-list li")) li.classList.toggle("active", li.dataset.id === id);
  }

  async function loadArticles() {
    const { params } = readHash();
    const q = currentFilters();
    if (params.get("q")) q.set("q", params.get("q"));
    q.set("limit", "50"); q.set("offset", String(ART.offset));
    const page = await api("articles", q);
    $("#article-count").textContent = `${page.total} article${page.total === 1 ? "" : "s"}`;
    for (const a of page.items) {
      const href = "#/articles?" + new URLSearchParams([...currentFilters(), ...(params.get("q") ? [["q", params.get("q")]] : []), ["article", a.id]]).toString();
      $("#article-list").append(el("li", { "data-id": a.id },
        el("a", { href, class: "article-title" }, a.label),
        el("div", { class: "muted small" }, `${a.date || "no date"} · ${a.outlet || "?"}${a.dateline ? " · " + a.dateline : ""} · ${a.n_events} events · ${a.n_quotes} quotes`),
        a.snippet ? el("div", { class: "snippet small" }, a.snippet) : null));
    }
    ART.offset += page.items.length;
    $("#article-more").hidden = ART.offset >= page.total;
  }

  async function openArticle(id) {
    const a = await api("articles/" + encodeURIComponent(id));
    renderArticle($("#reader"), a);
  }

  function bindArticles() {
    $("#article-search").addEventListener("submit", (ev) => { ev.preventDefault(); setParam("q", ev.target.elements.q.value.trim()); });
    $("#article-more").addEventListener("click", () => loadArticles());
  }

  // which words dated the event, and how precisely ("last week" gives a day of that week)
  function dateSource(e) {
    if (!e.time) return e.date ? " (article date)" : "";
    return ` (from “${e.time.text}”${e.time.precision === "day" ? "" : ", " + e.time.precision + " only"})`;
  }

  function eventTitle(e) {
    const place = e.place ? `${e.place.name}${e.place.country ? " (" + e.place.country + ")" : ""}` : "no place";
    return [`CAMEO ${e.cameo} ${e.cameo_name}`, `Goldstein ${fmtG(e.goldstein)} · ${QUAD[e.quad_class].name}`,
      `${actorText(e.source)} → ${actorText(e.target)}`, `place: ${place}`, `date: ${e.date || "unknown"}${dateSource(e)}`,
      e.realized ? null : `not counted: ${e.negated ? "negated" : e.modality}`, `rule: ${e.evidence.rule}`].filter(Boolean).join("\n");
  }

  // Split the text at every annotation boundary, so overlapping events, quotes and entities all show.
  function annotate(text, anns) {
    const cuts = new Set([0, text.length]);
    for (const a of anns) { cuts.add(Math.max(0, Math.min(text.length, a.start))); cuts.add(Math.max(0, Math.min(text.length, a.end))); }
    const points = [...cuts].sort((x, y) => x - y);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, t] = [points[i], points[i + 1]];
      const cover = anns.filter((a) => a.start <= s && a.end >= t);
      const piece = text.slice(s, t);
      if (!cover.length) { frag.append(piece); continue; }
      const cls = new Set();
      const titles = [];
      const ids = [];
      for (const a of cover) {
        cls.add(a.kind);
        if (a.extra) cls.add(a.extra);
        titles.push(a.title);
        if (a.id) ids.push(a.id);
      }
      frag.append(el("span", { class: [...cls].join(" "), title: titles.join("\n\n"), "data-ids": ids.join(" ") || null }, piece));
      // the CAMEO code(s) of the events whose trigger ends here, as a badge after the word
      for (const a of cover) {
        if (a.kind === "ev" && a.end === t) {
          frag.append(el("sup", { class: "code-badge" + (a.extra === "unrealized" ? " unrealized" : ""), title: a.title,
            style: `background:${QUAD[a.quad].color}`, "data-event": a.id }, a.code));
        }
      }
    }
    return frag;
  }

  function renderArticle(box, a) {
    const anns = [];
    for (const en of a.entities) for (const m of en.mentions) {
      anns.push({ kind: "ent", extra: "ent-" + en.type.toLowerCase(), start: m.start, end: m.end,
        title: `Entity: ${en.name} (${en.type})${en.code ? " · code " + en.code : ""}` });
    }
    for (const q of a.quotes) {
      const spans = q.contents && q.contents.length ? q.contents : [{ start: q.start, end: q.end }];
      for (const c of spans) anns.push({ kind: "quote", start: c.start, end: c.end,
        title: `Quote (${q.kind}) · speaker: ${q.speaker ? speakerName(q.speaker) + (q.speaker.code ? " [" + q.speaker.code + "]" : "") : "unknown"}${q.cue ? " · cue: " + q.cue : ""}` });
      if (q.speaker && q.speaker.start != null) anns.push({ kind: "speaker", start: q.speaker.start, end: q.speaker.end, title: `Speaker: ${q.speaker.text}` });
    }
    const allEvents = [...a.events, ...a.unrealized_events];
    for (const e of allEvents) {
      const trig = e.evidence.trigger;
      if (!trig) continue;
      anns.push({ kind: "ev", extra: e.realized ? "q" + e.quad_class : "unrealized", id: e.id, code: e.cameo, quad: e.quad_class,
        start: trig.start, end: trig.end, title: eventTitle(e) });
    }
    const head = el("header", { class: "reader-head" },
      el("h2", {}, a.label),
      el("div", { class: "muted" }, `${a.date || "no date"} · ${a.outlet || "no outlet"}${a.dateline ? " · " + a.dateline : ""} · ${a.events.length} events, ${a.unrealized_events.length} not counted · ${a.quotes.length} quotes · ${a.entities.length} entities${a.stored ? "" : " · not stored"}`),
      el("div", { class: "key" },
        el("span", { class: "ev q4" }, "event trigger"), el("sup", { class: "code-badge", style: `background:${QUAD[4].color}` }, "CAMEO"), " ",
        el("span", { class: "ev unrealized" }, "not counted"), " ",
        el("span", { class: "quote" }, "quote"), " ", el("span", { class: "speaker" }, "speaker"), " ",
        el("span", { class: "ent" }, "entity"), el("span", { class: "muted" }, " — hover for details")));
    const body = el("div", { class: "article-text" });
    body.append(annotate(a.text, anns));
    const evTable = el("table", { class: "table events-table" },
      el("thead", {}, el("tr", {}, ["CAMEO", "event", "source → target", "Goldstein", "place", "date", "sources", "rule"].map((h) => el("th", {}, h)))),
      el("tbody", {}, allEvents.map((e) => el("tr", { class: e.realized ? "" : "unrealized-row", "data-event": e.id,
        onclick: () => { const b = box.querySelector(`sup[data-event="${e.id}"]`); if (b) { b.scrollIntoView({ block: "center" }); b.classList.add("flash"); setTimeout(() => b.classList.remove("flash"), 1200); } } },
        el("td", {}, el("span", { class: "code-chip", style: `background:${QUAD[e.quad_class].color}` }, e.cameo)),
        el("td", {}, e.cameo_name + (e.realized ? "" : ` (${e.negated ? "negated" : e.modality})`)),
        el("td", {}, `${e.source ? e.source.code + " " + e.source.text : "–"} → ${e.target ? e.target.code + " " + e.target.text : "–"}`),
        el("td", { class: "num", style: `color:${goldColor(e.goldstein)}` }, fmtG(e.goldstein)),
        el("td", {}, e.place ? e.place.name : "–"), el("td", { class: "nowrap", title: dateSource(e).trim() || null }, (e.date || "–") + (e.time && e.time.precision !== "day" ? ` (${e.time.precision})` : "")), el("td", { class: "num" }, e.n_sources == null ? "–" : e.n_sources),
        el("td", { class: "rule" }, e.evidence.rule)))));
    const quotes = el("ul", { class: "quotes" }, a.quotes.map((q) => el("li", {},
      el("b", {}, q.speaker ? speakerName(q.speaker) : "unknown"), q.speaker && q.speaker.code ? el("span", { class: "muted" }, ` [${q.speaker.code}]`) : null,
      `: “${q.text}”`, el("span", { class: "muted" }, ` (${q.kind})`))));
    box.replaceChildren(head, body,
      el("h3", {}, `Events (${allEvents.length})`), allEvents.length ? evTable : el("p", { class: "muted" }, "No events were coded in this text."),
      el("h3", {}, `Quotes (${a.quotes.length})`), quotes,
      el("h3", {}, `Entities (${a.entities.length})`),
      el("div", { class: "chips" }, a.entities.map((en) => el("span", { class: "chip ent-" + en.type.toLowerCase() }, `${en.name}${en.code ? " · " + en.code : ""}`))),
      a.places.length ? el("h3", {}, `Places (${a.places.length})`) : null,
      a.places.length ? el("div", { class: "chips" }, a.places.map((p) => el("span", { class: "chip" }, `${p.name}${p.country ? " · " + p.country : ""} (${p.precision})`))) : null);
  }

  // "who", "he", "the minister": show whom the speaker mention was resolved to (rule "coref:…->Name")
  function speakerName(sp) {
    const m = /->(.+)$/.exec(sp.rule || "");
    return m && m[1] !== sp.text ? `${sp.text} (${m[1]})` : sp.text;
  }

  // ---- view 5: alerts ----------------------------------------------------------------------
  async function showAlerts() {
    const { params } = readHash();
    const form = $("#alert-controls");
    const asOf = params.get("as_of") || params.get("date_to") || "";
    form.elements.as_of.value = asOf;
    form.elements.level.value = params.get("level") || "country";
    const q = currentFilters();
    q.delete("date_from"); q.delete("date_to");
    if (asOf) q.set("as_of", asOf);
    q.set("level", form.elements.level.value);
    const res = await api("alerts", q);
    $("#alert-rule").textContent = (res.interim
      ? `Simple rule over per-article events (${res.level === "actor" ? "actor-level dyads" : "run newsevents refresh for corpus alerts"})`
      : "Corpus alerts over canonical events") + ` — as of ${res.as_of || "–"}. Rule: ${res.rule}.`;
    $("#alert-rule").classList.toggle("interim", !!res.interim);
    if (!form.elements.as_of.value && res.as_of) form.elements.as_of.value = res.as_of;
    const rows = res.rows.map((r) => el("tr", { class: r.alert ? "alert-row" : "" },
      el("td", {}, el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); go("timeline", { mode: "dyad", src: r.source, tgt: r.target, interval: "day" }); } }, `${r.source} → ${r.target}`)),
      el("td", { class: "num" }, r.last7), el("td", { class: "num" }, r.avg28.toFixed(2)),
      el("td", { class: "num" }, r.pct_change == null ? "new" : (r.pct_change > 0 ? "+" : "") + r.pct_change.toFixed(0) + "%"),
      el("td", { class: "num", style: `color:${goldColor(r.goldstein_mean)}` }, fmtG(r.goldstein_mean)),
      el("td", { class: "num" }, (r.conflict || 0).toFixed(1)),
      el("td", {}, r.alert ? el("b", { class: "alert-mark", title: (r.methods || []).join(", ") }, "▲ alert") : "",
        r.methods && r.methods.length ? el("div", { class: "muted small" }, r.methods.join(", ")) : ""),
      el("td", { class: "evidence" }, r.evidence.map((a) => el("div", {},
        a.cameo ? el("span", { class: "code-chip", title: a.cameo_name || "", style: `background:${QUAD[a.quad_class].color}` }, a.cameo) : null, " ",
        articleLink(a.id, a.sentence ? (a.sentence.length > 140 ? a.sentence.slice(0, 140) + "…" : a.sentence) : a.label),
        el("span", { class: "muted small" }, ` ${a.date || ""} ${a.outlet || ""}`))))));
    $("#alert-table tbody").replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: "8", class: "muted" }, "No dyad had events in the 7 days ending on this date."))]));
  }

  function bindAlerts() {
    $("#alert-controls").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const { params } = readHash();
      const v = ev.target.elements;
      if (v.as_of.value) params.set("as_of", v.as_of.value); else params.delete("as_of");
      params.set("level", v.level.value);
      writeHash("alerts", params, false);
    });
  }

  // ---- view 6: code an article ---------------------------------------------------------------
  function bindCode() {
    $("#code-form").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const f = ev.target.elements;
      const data = new FormData();
      if (f.file.files.length) data.append("file", f.file.files[0]);
      else data.append("text", f.text.value);
      if (f.date.value) data.append("date", f.date.value);
      if (f.outlet.value.trim()) data.append("outlet", f.outlet.value.trim());
      const btn = $("#code-submit");
      btn.disabled = true;
      $("#code-status").textContent = "Coding… (the first article loads the language model: a few seconds)";
      try {
        const a = await api("code" + (f.store.checked ? "?store=true" : ""), null, { method: "POST", body: data });
        $("#code-status").textContent = `${a.events.length} events, ${a.quotes.length} quotes` + (a.stored ? " · stored in the database" : " · not stored");
        renderArticle($("#code-result"), a);
      } catch (e) {
        $("#code-status").textContent = "";
      } finally {
        btn.disabled = false;
      }
    });
  }

  // ---- router --------------------------------------------------------------------------------
  const VIEWS = { map: showMap, timeline: showTimeline, network: showNetwork, articles: showArticles, alerts: showAlerts, code: async () => {} };

  async function route() {
    let { view } = readHash();
    if (!VIEWS[view]) view = "map";
    for (const s of $$(".view")) s.hidden = s.id !== "view-" + view;
    for (const a of $$("#tabs a")) {
      a.classList.toggle("active", a.dataset.view === view);
      a.href = "#/" + a.dataset.view + (currentFilters().toString() ? "?" + currentFilters().toString() : "");
    }
    syncFilterForm();
    document.body.dataset.view = view;
    document.body.dataset.ready = "loading";
    try {
      await VIEWS[view]();
    } catch (e) {
      console.error(e);
    } finally {
      document.body.dataset.ready = view;
    }
  }

  async function main() {
    bindFilters(); bindTimeline(); bindArticles(); bindAlerts(); bindCode();
    $("#network-controls").addEventListener("change", (ev) => setParam("level", ev.target.value));
    await loadMeta().catch((e) => console.error(e));
    window.addEventListener("hashchange", route);
    await route();
  }

  main();
})();
