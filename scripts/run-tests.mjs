// `npm test`: every check the project has, in order, and one closing line a CI can read:
//   Tests: N passed, N failed
// preceded by a line with the skipped and flaky tests and the failed steps.
// Static checks (typecheck, lint, build) are steps, not tests: they are reported as steps and a
// failed one is named on the line before the closing line. Vitest, Playwright and the Wine suite count their own
// tests from their JSON reports; skipped tests are counted as skipped (never as passed) and flaky
// ones (passed only on a retry) are named; each failed Vitest or Playwright test is named in the summary
// with the first line of its error, since the runner's own output scrolls out of a CI log's tail. Exit 1 on any failure or on zero tests.
// `npm test -- --only unit,e2e` runs a subset while developing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const only = (() => {
  const i = process.argv.indexOf('--only');
  return i > 0 ? new Set(process.argv[i + 1].split(',')) : null;
})();

mkdirSync('reports', { recursive: true });

/** Run a command, streaming its output; true when it exits 0. */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** One line per failure for the summary: where, which test, and the first line of why (the runner's full output scrolls away). */
function failureLine(where, title, message) {
  const why =
    stripVTControlCharacters(message ?? '')
      .split('\n')
      .find((line) => line.trim()) ?? '';
  return `${where} › ${title}${why ? `: ${why.trim().slice(0, 240)}` : ''}`;
}

function vitestFailures(report) {
  const cwd = `${process.cwd()}/`;
  return report.testResults.flatMap((file) => {
    const where = file.name.replace(cwd, '');
    const failed = file.assertionResults.filter((a) => a.status === 'failed').map((a) => failureLine(where, a.fullName, a.failureMessages?.[0]));
    // A file that fails to load has no assertions, only a message.
    return failed.length || file.status !== 'failed' ? failed : [failureLine(where, '(the file)', file.message)];
  });
}

function playwrightFailures(report) {
  const out = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== 'unexpected') continue;
        const last = test.results.at(-1);
        out.push(failureLine(spec.file, [...titles, spec.title].join(' › '), last?.error?.message ?? last?.errors?.[0]?.message));
      }
    }
    for (const child of suite.suites ?? []) walk(child, suite.title && suite.title !== suite.file ? [...titles, suite.title] : titles);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const steps = [
  { name: 'typecheck', group: 'static', exec: () => run('npx', ['tsc', '-p', '.']) },
  { name: 'lint', group: 'static', exec: () => run('npx', ['eslint', '.']) },
  { name: 'format', group: 'static', exec: () => run('npx', ['prettier', '--check', '**/*.{ts,tsx,js,mjs,cjs}']) },
  { name: 'build', group: 'static', exec: () => run('node', ['scripts/build.mjs']) },
  {
    name: 'unit (vitest)',
    group: 'unit',
    exec: () => {
      rmSync('reports/vitest.json', { force: true });
      const ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
      const r = readJson('reports/vitest.json');
      if (!r) return { passed: 0, failed: 1, skipped: 0, note: 'no report' };
      return {
        passed: r.numPassedTests,
        failed: r.numFailedTests + (ok || r.numFailedTests > 0 ? 0 : 1),
        skipped: r.numPendingTests + r.numTodoTests,
        failures: vitestFailures(r),
      };
    },
  },
  {
    name: 'end-to-end (playwright, browser preview)',
    group: 'e2e',
    exec: () => {
      rmSync('reports/playwright.json', { force: true });
      const ok = run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json' });
      const r = readJson('reports/playwright.json');
      if (!r?.stats) return { passed: 0, failed: 1, skipped: 0, note: 'no report' };
      const failed = r.stats.unexpected;
      const flaky = r.stats.flaky ?? 0;
      return {
        passed: r.stats.expected + flaky,
        failed: failed + (ok || failed > 0 ? 0 : 1),
        skipped: r.stats.skipped ?? 0,
        flaky,
        failures: playwrightFailures(r),
        note: flaky ? `${flaky} flaky: passed only on a retry` : undefined,
      };
    },
  },
  {
    name: 'Windows registry under Wine',
    group: 'wine',
    exec: () => {
      rmSync('reports/wine.json', { force: true });
      const ok = run('bash', ['scripts/wine/run-tests.sh']);
      const r = readJson('reports/wine.json');
      if (!r) return { passed: 0, failed: 1, skipped: 0, note: 'no report' };
      return { passed: r.passed, failed: r.failed + (ok || r.failed > 0 ? 0 : 1), skipped: r.skipped ?? 0 };
    },
  },
  {
    name: 'soak under Wine (random change sets, undos, injected faults)',
    group: 'soak',
    exec: () => {
      rmSync('reports/soak.json', { force: true });
      const ok = run('bash', ['scripts/wine/run-tests.sh', '--suite', 'soak']);
      const r = readJson('reports/soak.json');
      if (!r) return { passed: 0, failed: 1, skipped: 0, note: 'no report' };
      return { passed: r.passed, failed: r.failed + (ok || r.failed > 0 ? 0 : 1), skipped: r.skipped ?? 0 };
    },
  },
];

const results = [];
for (const step of steps) {
  if (only && !only.has(step.group) && !only.has(step.name)) continue;
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const outcome = step.exec();
  const seconds = (Date.now() - started) / 1000;
  results.push(
    typeof outcome === 'boolean' ? { name: step.name, seconds, step: true, ok: outcome } : { name: step.name, seconds, skipped: 0, flaky: 0, ...outcome },
  );
}

console.log('\n=== summary ===');
const stepResults = results.filter((r) => r.step);
const testResults = results.filter((r) => !r.step);
for (const r of stepResults) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  step ${r.name} (${r.seconds.toFixed(1)} s)`);
for (const r of testResults) {
  console.log(
    `${r.failed ? 'FAIL' : 'ok  '}  ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(1)} s)${r.note ? ` [${r.note}]` : ''}`,
  );
}
const failures = testResults.flatMap((r) => r.failures ?? []);
if (failures.length) {
  console.log('failed tests:');
  for (const line of failures) console.log(`  ${line}`);
}
const sum = (key) => testResults.reduce((n, r) => n + (r[key] ?? 0), 0);
const passed = sum('passed');
const failed = sum('failed');
const skipped = sum('skipped');
const flaky = sum('flaky');
const failedSteps = stepResults.filter((r) => !r.ok).map((r) => r.name);
// What the closing line leaves out, just above it: a CI reads the last line as "N passed, N failed".
console.log(
  [`${skipped} skipped`, flaky ? `${flaky} flaky` : '', failedSteps.length ? `failed steps: ${failedSteps.join(', ')}` : ''].filter(Boolean).join('; '),
);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 || passed === 0 ? 1 : 0);
