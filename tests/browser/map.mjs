// The map view: countries drawn from world-atlas (no tiles) and event circles from the demo data.
import { main, gotoView } from "./lib.mjs";

await main(async ({ page, base }) => {
  await gotoView(page, base, "#/map");
  await page.waitForSelector("path.ne-point");
  const markers = await page.locator("path.ne-point").count();
  const countries = await page.locator(".leaflet-overlay-pane path:not(.ne-point)").count();
  const tiles = await page.locator(".leaflet-tile").count();
  // events placed only to a country or province are drawn dashed at its centre, with a legend entry saying so
  const coarse = await page.locator("path.ne-coarse").count();
  const coarseDashed = await page.$$eval("path.ne-coarse", (ps) => ps.every((p) => p.getAttribute("stroke-dasharray")));
  const legend = await page.textContent(".map-legend");
  // a click on a circle lists that place's events in the side panel
  // dispatched on the circle itself: a pointer click at its centre can land on a neighbour
  await page.locator("path.ne-point").first().dispatchEvent("click");
  await page.waitForSelector("#map-events .event-item");
  const listed = await page.locator("#map-events .event-item").count();
  const title = await page.textContent("#map-title");
  return { markers, countries, tiles, listed, title, coarse, coarseDashed, legend };
});
