import { startServer, launchBrowser } from '../../e2e/harness.mjs';
const server = await startServer({ root: process.argv[2] || 'dist' });
const browser = await launchBrowser();
for (const [w, h] of [[360, 640], [393, 727]]) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, isMobile: true, hasTouch: true, deviceScaleFactor: 2.75 });
  const page = await context.newPage();
  await page.goto(server.baseUrl);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  const boxes = await page.evaluate(() => [...document.querySelectorAll('.site-header, main h1, .series-facts, main .notice, .search-row, .result-count, .subscribe, .month h2, article.session-card h3, article.session-card .when')].slice(0, 12).map((e) => `${e.className || e.tagName} ${Math.round(e.getBoundingClientRect().top)}-${Math.round(e.getBoundingClientRect().bottom)}`));
  console.log(`${w}x${h}:`, boxes.join(' | '));
  await context.close();
}
await browser.close(); await server.close();
