// Paste an article, code it with the real pipeline through POST /api/code, and see its events.
import { main, gotoView } from "./lib.mjs";

const STORY = "date 2020-01-08 Wire Service, BAGHDAD\nIran fired ballistic missiles at two US military bases in Iraq on Wednesday. " +
  "Iraqi protesters demonstrated outside the US embassy in Baghdad.";

await main(async ({ page, base }) => {
  await gotoView(page, base, "#/code");
  await page.fill("#code-form textarea", STORY);
  await page.click("#code-submit");
  await page.waitForSelector("#code-result .events-table tbody tr", { timeout: 90000 });
  const rows = await page.$$eval("#code-result .events-table tbody tr", (trs) => trs.map((tr) => tr.innerText));
  const badges = await page.$$eval("#code-result sup.code-badge", (els) => els.map((b) => b.textContent));
  const status = await page.textContent("#code-status");
  const head = await page.textContent("#code-result .reader-head");
  return { rows, badges, status, head };
});
