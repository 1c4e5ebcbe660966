import { startServer, launchBrowser, VIEWPORTS } from '../../e2e/harness.mjs';
const server = await startServer({ root: 'dist', gzip: true });
const browser = await launchBrowser();
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ ...VIEWPORTS.pixel5 });
  const page = await context.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(m.text()));
  await page.goto(server.baseUrl);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  console.log(logs.join(' | '));
  await context.close();
}
await browser.close(); await server.close();
