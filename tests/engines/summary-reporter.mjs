// A node:test reporter that ends the run with, per engine, which journeys passed and which
// failed: the engines run in parallel, so the spec reporter's lines come interleaved.
// Used beside the spec reporter (see the README's "Tests" section and .ci/test):
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=./tests/engines/summary-reporter.mjs --test-reporter-destination=stdout …

/** "[gecko] a journey" → ["gecko", "a journey"]; anything else is not a journey. */
const JOURNEY = /^\[([a-z]+)\] (.+)$/;

export default async function* summary(source) {
  /** engine → [{ name, ok, skipped }] */
  const engines = new Map();
  const failures = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const match = JOURNEY.exec(event.data.name);
    if (!match) {
      // A file that failed before registering its journeys (dist/ missing, a syntax error).
      if (event.type === 'test:fail' && event.data.nesting === 0) failures.push(event.data.name);
      continue;
    }
    const [, engine, name] = match;
    if (!engines.has(engine)) engines.set(engine, []);
    engines.get(engine).push({ name, ok: event.type === 'test:pass', skipped: Boolean(event.data.skip) });
  }

  let out = '\njourneys per engine:\n';
  for (const [engine, results] of [...engines].sort(([a], [b]) => a.localeCompare(b))) {
    const passed = results.filter((r) => r.ok && !r.skipped).length;
    const failed = results.filter((r) => !r.ok).length;
    const skipped = results.filter((r) => r.skipped).length;
    out += `  ${engine}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    for (const r of results) out += `    ${r.skipped ? 'skip' : r.ok ? 'pass' : 'FAIL'}  ${r.name}\n`;
  }
  for (const name of failures) out += `  failed outside a journey: ${name}\n`;
  yield out;
}
