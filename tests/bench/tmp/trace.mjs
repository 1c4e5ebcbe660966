import { startServer, launchBrowser, VIEWPORTS } from '../../e2e/harness.mjs';
const server = await startServer({ root: process.argv[2] || 'dist', gzip: true });
const browser = await launchBrowser();
for (let run = 0; run < 2; run++) {
const context = await browser.newContext({ ...VIEWPORTS.pixel5 });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE || 4) });
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'loading,devtools.timeline,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.compile,v8.wasm,disabled-by-default-v8.wasm.detailed,blink', transferMode: 'ReportEvents' });
await page.goto(server.baseUrl);
await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 30000 });
await page.waitForTimeout(1000);
await cdp.send('Tracing.end'); await complete;
const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
const tasks = onMain.filter((e) => e.name === 'RunTask').filter((e) => e.dur > 40000).sort((a, b) => a.ts - b.ts);
const t0 = Math.min(...onMain.map((e) => e.ts));
for (const t of tasks) {
  const kids = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 1000 && e.name !== 'RunTask');
  const summary = {};
  for (const k of kids) summary[k.name] = (summary[k.name] ?? 0) + k.dur / 1000;
  const ev = kids.find((k) => k.name === 'EvaluateScript'); const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  console.log(`task ${(t.dur / 1000).toFixed(0)} ms at ${((t.ts - t0) / 1000).toFixed(0)} ms (fcp ${fcp ? ((fcp.ts - t0) / 1000).toFixed(0) : '?'}) ${ev ? JSON.stringify(ev.args?.data?.url) : ''}:`, Object.entries(summary).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, d]) => `${n} ${d.toFixed(0)}`).join(', '));
}
await context.close();
}
await browser.close(); await server.close();
