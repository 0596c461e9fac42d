// Screenshots of every view with the demo database, for docs/screenshots/ (run by the browser tests).
import { main, gotoView } from "./lib.mjs";
import { join } from "node:path";

const RANGE = "date_from=2019-12-20&date_to=2020-01-31";
const shots = [
  ["map", `#/map?${RANGE}`],
  ["timeline", `#/timeline?${RANGE}&mode=dyad&src=USA&tgt=IRN&interval=day`],
  ["network", `#/network?${RANGE}&level=country`],
  ["alerts", `#/alerts?as_of=2020-01-05&level=country`],
];

await main(async ({ page, base, out }) => {
  const files = [];
  for (const [name, hash] of shots) {
    await gotoView(page, base, hash);
    await page.waitForTimeout(400);
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file });
    files.push(file);
  }
  // the reader: the airport-strike article (sample 005), found by search
  await gotoView(page, base, "#/articles?q=Soleimani%20drone%20convoy%20cargo");
  await page.click("#article-list li a");
  await page.waitForSelector(".article-text sup.code-badge");
  await page.waitForFunction(() => document.body.dataset.ready === "articles");
  let file = join(out, "reader.png");
  await page.screenshot({ path: file });
  files.push(file);
  // paste an article
  await gotoView(page, base, "#/code");
  await page.fill("#code-form textarea", "date 2020-01-08 Wire Service, BAGHDAD\nIran fired ballistic missiles at two US military bases in Iraq on Wednesday. " +
    "Iraqi protesters demonstrated outside the US embassy in Baghdad, and Iraq's prime minister condemned the attack. " +
    "\"We will not tolerate this,\" said President Donald Trump, who threatened new sanctions against Tehran.");
  await page.click("#code-submit");
  await page.waitForSelector("#code-result .events-table tbody tr", { timeout: 60000 });
  file = join(out, "code.png");
  await page.screenshot({ path: file });
  files.push(file);
  // the API documentation, served from local files like the dashboard
  await page.goto(base + "/docs");
  await page.waitForSelector(".opblock");
  file = join(out, "api-docs.png");
  await page.screenshot({ path: file });
  files.push(file);
  return { files };
});
