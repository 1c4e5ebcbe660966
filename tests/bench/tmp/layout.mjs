// Layout cost of variants of the written page, at 1x: the first style+layout task.
import { cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { startServer, launchBrowser, VIEWPORTS } from '../../e2e/harness.mjs';
const variants = {
  asis: (h, c) => [h, c],
  nofontstack: (h, c) => [h, c.replace(/font-family:[^;]+;/, 'font-family: "DejaVu Sans";')],
  noactions: (h, c) => [h.replace(/<div class="actions">.*?<\/div><\/article>/gs, '</article>'), c],
  notemplates: (h, c) => [h.replace(/<template[\s\S]*<\/template>/, ''), c],
  nofilters: (h, c) => [h.replace(/<div class="filter-panel">[\s\S]*?<div class="results"/, '<div class="results"'), c],
};
const browser = await launchBrowser();
for (const [name, f] of Object.entries(variants)) {
  rmSync('/tmp/lv', { recursive: true, force: true });
  cpSync(process.argv[2] || 'dist', '/tmp/lv', { recursive: true });
  const css = readFileSync('/tmp/lv/index.html', 'utf8').match(/href=(\.\/assets\/main-[^ ]+\.css)/)[1];
  const [h, c] = f(readFileSync('/tmp/lv/index.html', 'utf8'), readFileSync(`/tmp/lv/${css}`, 'utf8'));
  writeFileSync('/tmp/lv/index.html', h.replace(/ integrity=sha384-[^ >]+/g, '').replace(/<script type=module>[\s\S]*?<\/script>/, ''));
  writeFileSync(`/tmp/lv/${css}`, c);
  const server = await startServer({ root: '/tmp/lv' });
  const times = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ ...VIEWPORTS.pixel5 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(server.baseUrl);
    await page.waitForTimeout(800);
    await cdp.send('Tracing.end'); await complete;
    const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X').map((e) => e.dur / 1000);
    const styles = events.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X').map((e) => e.dur / 1000);
    times.push(`${Math.max(...layouts).toFixed(0)}/${Math.max(...styles).toFixed(0)}`);
    await context.close();
  }
  console.log(name, 'layout/style ms:', times.join(' '));
  await server.close();
}
await browser.close();
