// Filters are shared by the views and kept in the URL: set them in the form, reload, switch views.
import { main, gotoView } from "./lib.mjs";

await main(async ({ page, base }) => {
  await gotoView(page, base, "#/map");
  const before = await page.locator("path.ne-point").count();
  await page.fill("#filters input[name=date_from]", "2020-01-01");
  await page.fill("#filters input[name=date_to]", "2020-01-10");
  await page.selectOption("#filters select[name=root]", "19");
  await page.click("#filters button[type=submit]");
  await page.waitForFunction(() => location.hash.includes("root=19") && document.body.dataset.ready === "map");
  const hash = await page.evaluate(() => location.hash);
  const after = await page.locator("path.ne-point").count();
  // a bookmark restores the filters
  await page.goto(base + "/" + hash);
  await page.waitForFunction(() => document.body.dataset.ready === "map");
  const restored = await page.$eval("#filters", (f) => ({ from: f.elements.date_from.value, to: f.elements.date_to.value, root: f.elements.root.value }));
  // the other views keep them
  await page.click("#tabs a[data-view=network]");
  await page.waitForFunction(() => document.body.dataset.ready === "network");
  const networkHash = await page.evaluate(() => location.hash);
  const exportHref = await page.getAttribute("#export-csv", "href");
  return { before, after, hash, restored, networkHash, exportHref };
});
