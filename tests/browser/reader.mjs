// The article reader: open the airport-strike article (sample 005) from the list and read its highlights.
import { main, gotoView } from "./lib.mjs";

await main(async ({ page, base }) => {
  await gotoView(page, base, "#/articles");
  await page.fill("#article-search input[name=q]", "Baghdad International Airport cargo");
  await page.click("#article-search button");
  await page.waitForFunction(() => document.querySelectorAll("#article-list li").length === 1);
  await page.click("#article-list li a");
  await page.waitForSelector(".article-text sup.code-badge");
  const badges = await page.$$eval(".article-text sup.code-badge", (els) => els.map((b) => ({
    code: b.textContent, trigger: b.previousElementSibling ? b.previousElementSibling.textContent : null, title: b.title,
  })));
  const strikeSpan = await page.$$eval(".article-text span.ev", (els) => els.filter((e) => e.textContent === "strike")
    .map((e) => ({ text: e.textContent, title: e.title, cls: e.className })));
  const quotes = await page.locator(".article-text span.quote").count();
  const entities = await page.locator(".article-text span.ent").count();
  const rows = await page.locator("#reader .events-table tbody tr").count();
  const hash = await page.evaluate(() => location.hash);
  const visible = await page.locator(".article-text span.ev", { hasText: "strike" }).first().isVisible();
  return { badges, strikeSpan, quotes, entities, rows, hash, visible };
});
