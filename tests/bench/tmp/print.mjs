import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser } from '../../e2e/harness.mjs';
const server = await startServer({ root: process.argv[2] || 'dist' });
const browser = await launchBrowser();
const context = await browser.newContext();
const page = await context.newPage();
for (const q of ['', '?topic=nrpf', '?session=is-the-hostile-environment-racist']) {
  await page.goto(server.baseUrl + q);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  await page.pdf({ path: '/tmp/p.pdf', format: 'A4' });
  const info = execFileSync('pdfinfo', ['/tmp/p.pdf'], { encoding: 'utf8' });
  console.log(q || 'programme', info.match(/Pages:\s+(\d+)/)[1], 'pages');
  const t = execFileSync('pdftotext', ['/tmp/p.pdf', '-'], { encoding: 'utf8' }); const i = t.indexOf('basw'); console.log(JSON.stringify(t.slice(i - 100, i + 150)));
}
await browser.close(); await server.close();
