// Shared helpers of the end-to-end scripts: Debian's chromium driven by playwright-core, no download.
// Each script prints one JSON line (its findings) and exits non-zero on failure; pytest checks both.
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.NEWSEVENTS_CHROMIUM || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

// Open the dashboard; record console errors and every request that leaves 127.0.0.1 (there must be none).
export async function openDashboard(base, { width = 1400, height = 900 } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  // a loaded CI machine (two cores shared with the model) can be slow: wait long, fail clearly
  page.setDefaultTimeout(90000);
  const problems = { consoleErrors: [], externalRequests: [], failedRequests: [] };
  page.on("console", (msg) => { if (msg.type() === "error") problems.consoleErrors.push(msg.text()); });
  page.on("pageerror", (err) => problems.consoleErrors.push(String(err)));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:" && url.protocol !== "blob:") {
      problems.externalRequests.push(req.url());
    }
  });
  page.on("requestfailed", (req) => problems.failedRequests.push(req.url()));
  return { browser, page, problems };
}

// Navigate to a view and wait until the app says it has drawn it.
export async function gotoView(page, base, hash) {
  const view = hash.replace(/^#\/?/, "").split("?")[0] || "map";
  await page.goto(base + "/" + hash);
  await page.waitForFunction((v) => document.body.dataset.ready === v, view, { timeout: 90000 });
}

export async function main(fn) {
  const [base, out] = process.argv.slice(2);
  if (!base) { console.error("usage: node SCRIPT BASE_URL [OUT_DIR]"); process.exit(2); }
  let ctx;
  try {
    ctx = await openDashboard(base);
    const result = await fn({ ...ctx, base, out });
    const { problems } = ctx;
    console.log(JSON.stringify({ ok: true, ...result, problems }));
    const bad = problems.consoleErrors.length || problems.externalRequests.length;
    process.exitCode = bad ? 1 : 0;
  } catch (err) {
    console.log(JSON.stringify({ ok: false, error: String(err && err.stack || err), problems: ctx && ctx.problems }));
    process.exitCode = 1;
  } finally {
    if (ctx) await ctx.browser.close();
  }
}
