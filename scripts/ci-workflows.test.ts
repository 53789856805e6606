/**
 * The GitHub Actions workflows, above all the Windows runner's (packaged app e2e, generated scripts
 * under real PowerShell, journal ACLs, fleet), cannot run on this machine. What can be checked here
 * is checked: each workflow against GitHub's workflow schema (action-validator), and every file and
 * npm script a step names exists, so a rename cannot silently break the only job that runs on Windows.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const WORKFLOWS = join(ROOT, '.github', 'workflows');
const VALIDATOR = join(ROOT, 'node_modules', '.bin', 'action-validator');
const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const scratch = mkdtempSync(join(tmpdir(), 'nicprops-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function validate(path: string) {
  const r = spawnSync(VALIDATOR, [path], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

interface Step {
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}
type Workflow = { readonly jobs: Record<string, { readonly steps?: readonly Step[] }> };

function steps(file: string): Step[] {
  const workflow = load(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
}

/** Repository paths a command names: scripts/…, e2e/…, bench/… with an extension. */
function namedPaths(command: string): string[] {
  return [...command.matchAll(/(?:^|[\s"'=])\.?\/?((?:scripts|e2e|bench|build|electron)\/[\w./-]+\.\w+)/g)].map((m) => m[1]!);
}

describe('GitHub workflows', () => {
  it('finds the workflows, the Windows one among them', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'windows-e2e.yml']));
  });

  it.each(files)('%s follows the GitHub Actions workflow schema', (file) => {
    expect(validate(join(WORKFLOWS, file))).toEqual({ code: 0, out: '' });
  });

  it('the schema check fails a broken workflow (a misspelt runs-on)', () => {
    const broken = readFileSync(join(WORKFLOWS, 'windows-e2e.yml'), 'utf8').replace(/runs-on:/, 'runs-onn:');
    const path = join(scratch, 'broken.yml');
    writeFileSync(path, broken);
    const r = validate(path);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain("Additional property 'runs-onn' is not allowed");
  });

  it.each(files)('every file and npm script a step of %s names exists', (file) => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const commands = steps(file).flatMap((s) => [s.run ?? '', ...Object.values(s.with ?? {}).map(String)]);
    const missingFiles = commands.flatMap(namedPaths).filter((p) => !existsSync(join(ROOT, p)));
    const missingScripts = commands.flatMap((c) => [...c.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!)).filter((name) => !(name in scripts));
    expect({ missingFiles, missingScripts }).toEqual({ missingFiles: [], missingScripts: [] });
    expect(commands.join('\n')).toMatch(/\S/);
  });
});
