// Copy the dashboard's front-end libraries from node_modules into static/vendor/.
// Why: the app must work with no internet (no CDN), and `pip install` must work without npm,
// so the few files the page loads are copied here once and committed with their licences.
// Run: `npm ci && npm run build` in this folder (src/newsevents/web).
import { copyFileSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, "node_modules");
const out = join(here, "static", "vendor");

// [package, file inside the package, name in static/vendor]
const files = [
  ["leaflet", "dist/leaflet.js", "leaflet/leaflet.js"],
  ["leaflet", "dist/leaflet.css", "leaflet/leaflet.css"],
  ["leaflet", "LICENSE", "leaflet/LICENSE"],
  ["uplot", "dist/uPlot.iife.min.js", "uplot/uPlot.iife.min.js"],
  ["uplot", "dist/uPlot.min.css", "uplot/uPlot.min.css"],
  ["uplot", "LICENSE", "uplot/LICENSE"],
  ["cytoscape", "dist/cytoscape.min.js", "cytoscape/cytoscape.min.js"],
  ["cytoscape", "LICENSE", "cytoscape/LICENSE"],
  ["topojson-client", "dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"],
  ["topojson-client", "LICENSE", "topojson-client/LICENSE"],
  ["world-atlas", "countries-50m.json", "world-atlas/countries-50m.json"],
  ["world-atlas", "LICENSE", "world-atlas/LICENSE"],
  ["swagger-ui-dist", "swagger-ui-bundle.js", "swagger-ui/swagger-ui-bundle.js"],
  ["swagger-ui-dist", "swagger-ui.css", "swagger-ui/swagger-ui.css"],
  ["swagger-ui-dist", "favicon-32x32.png", "swagger-ui/favicon-32x32.png"],
  ["swagger-ui-dist", "LICENSE", "swagger-ui/LICENSE"],
];

rmSync(out, { recursive: true, force: true });
for (const [pkg, src, dst] of files) {
  const from = join(nm, pkg, src);
  if (!existsSync(from)) {
    console.error(`build: ${from} is missing; run \`npm ci\` in ${here} first`);
    process.exit(1);
  }
  const to = join(out, dst);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  console.log(`build: ${pkg}/${src} -> static/vendor/${dst}`);
}
