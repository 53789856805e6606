/** `nicprops lint`, `--source FILE.inf` and `--inf-target`: what a driver team's CI and a support engineer see. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { runCli } from './nicprops';

const FIXTURES = join(__dirname, '..', 'sources', 'inf', 'test-fixtures');
const BAIT = join(FIXTURES, 'hand-written', 'lint-bait.inf');
const SCHEMA = JSON.parse(readFileSync(join(__dirname, 'test-fixtures', 'sarif', 'sarif-2.1.0.json'), 'utf8')) as object;

async function nicprops(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    (s) => (stdout += s),
    (s) => (stderr += s),
  );
  return { code, stdout, stderr };
}

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; help: { text: string } }[] } };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
    }[];
  }[];
}

describe('nicprops lint', () => {
  it('reports every INF mistake on its line and exits 10 when one is an error', async () => {
    const r = await nicprops('lint', BAIT);
    expect(r.code).toBe(10);
    const line = (n: number, rule: string) => expect(r.stdout).toMatch(new RegExp(`lint-bait\\.inf:${n}: \\w+ ${rule.replace('.', '\\.')}: `));
    line(18, 'inf.missing-section');
    line(25, 'inf.near-miss-keyword');
    line(31, 'inf.near-miss-keyword');
    line(44, 'meta.default-not-in-enum');
    line(51, 'meta.min-greater-than-max');
    line(56, 'inf.non-string-metadata');
    line(61, 'meta.missing-label');
    line(64, 'R17');
    line(68, 'R36');
    line(72, 'inf.undefined-string');
    line(78, 'inf.non-string-value');
    line(82, 'inf.conflicting-definition');
    expect(r.stdout).toContain('did you mean *JumboPacket?');
    expect(r.stdout).toContain('did you mean *LsoV2IPv4?');
    // Casing alone is no near miss: *lsov2ipv6 is *LsoV2IPv6.
    expect(r.stdout).not.toMatch(/lsov2ipv6 is not a standardized/i);
    expect(r.stdout).toMatch(/^4 errors, 10 warnings, 1 note in .*lint-bait\.inf for NTamd64\.10\.0\.1\.\.26100\.$/m);
  });

  it('writes SARIF 2.1.0 that validates against the official schema, with rules, help and line regions', async () => {
    const r = await nicprops('lint', BAIT, '--format', 'sarif');
    expect(r.code).toBe(10);
    const log = JSON.parse(r.stdout) as SarifLog;
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const valid = ajv.validate(SCHEMA, log);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
    const run = log.runs[0]!;
    const near = run.results.find((x) => x.ruleId === 'inf.near-miss-keyword');
    expect(near?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: expect.stringMatching(/lint-bait\.inf$/) }, region: { startLine: 25 } });
    expect(near?.level).toBe('warning');
    expect(run.results.find((x) => x.ruleId === 'inf.undefined-string')?.level).toBe('error');
    expect(new Set(run.results.map((x) => x.ruleId))).toEqual(new Set(run.tool.driver.rules.map((x) => x.id)));
    expect(run.tool.driver.rules.find((x) => x.id === 'R17')?.help.text).toMatch(/must not appear in the INF/);
  });

  it('uses relative paths as given, so code scanning finds the file in the repository', async () => {
    const cwd = process.cwd();
    process.chdir(FIXTURES);
    try {
      const log = JSON.parse((await nicprops('lint', 'hand-written/lint-bait.inf', '--format', 'sarif')).stdout) as SarifLog;
      expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'hand-written/lint-bait.inf', uriBaseId: '%SRCROOT%' });
    } finally {
      process.chdir(cwd);
    }
  });

  it('has the same content as JSON, and exits 0 when only warnings and notes are found', async () => {
    const r = await nicprops('lint', join(FIXTURES, 'hand-written', 'rt640x64.inf'), '--format', 'json');
    const report = JSON.parse(r.stdout) as {
      target: string;
      summary: { errors: number };
      results: { ruleId: string; severity: string; file: string; line: number; installSections: string[] }[];
    };
    expect(report.summary.errors).toBe(0);
    expect(r.code).toBe(0);
    expect(report.target).toBe('NTamd64.10.0.1..26100');
    for (const x of report.results) expect(Object.keys(x)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'installSections']);
  });

  it('puts an unreadable INF in the report with its line and exits 8', async () => {
    const r = await nicprops('lint', join(FIXTURES, 'broken', 'unclosed-section.inf'), '--format', 'json');
    expect(r.code).toBe(8);
    expect(JSON.parse(r.stdout)).toMatchObject({
      results: [{ ruleId: 'inf.unreadable', severity: 'error', line: 5, message: 'a section name is not closed with "]".' }],
    });
  });

  it('reports an INF that installs nothing for the target as an error', async () => {
    const r = await nicprops('--inf-target', 'NTarm64', 'lint', join(FIXTURES, 'hand-written', 'rt640x64.inf'));
    expect(r.code).toBe(10);
    expect(r.stdout).toContain('error inf.nothing-installs: No device model installs on NTarm64.10.0.1..26100');
  });

  it('does not let INF text drive the terminal: control characters are shown, not sent', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'nicprops-lint-'));
    const file = join(dir, 'evil.inf');
    writeFileSync(
      file,
      '[Version]\nSignature="$Windows NT$"\n[Manufacturer]\nM=M,NTamd64\n[M.NTamd64]\nD=I,X\\Y\n[I]\nAddReg=R\n[R]\nHKR,Ndi\\params\\*JumboFrame\u001b]0;owned\u0007,ParamDesc,,"x\u001b[2J"\n',
    );
    const r = await nicprops('lint', file);
    expect(r.stdout.includes('\u001b') || r.stdout.includes('\u0007')).toBe(false);
    expect(r.stdout).toContain('\\x1B');
  });
});

describe('INF sources in the other commands', () => {
  it('show --all --source FILE.inf prints the page Device Manager would show, with the INF line of each parameter', async () => {
    const r = await nicprops('show', '--all', '--source', join(FIXTURES, 'hand-written', 'rt640x64.inf'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('INF install section RTL8168.ndi.NTamd64 (models [Realtek.NTamd64.10.0])');
    expect(r.stdout).toMatch(/Jumbo Frame\s+\*JumboPacket\s+Disabled \(1514\) \[default\].*rt640x64\.inf:95/);
  });

  it('show --json carries infModel and origin', async () => {
    const r = await nicprops('show', '0000', '--json', '--source', join(FIXTURES, 'virtio-win', 'netkvm.inx'));
    const show = JSON.parse(r.stdout) as { adapter: { infModel: unknown }; properties: { keyword: string; origin: unknown }[] };
    expect(show.adapter.infModel).toMatchObject({ installSection: 'kvmnet6.ndi', decoration: null, modelsSection: 'NetKVM.NTamd64' });
    expect(show.properties.find((p) => p.keyword === '*JumboPacket')?.origin).toEqual({ file: 'netkvm.inx', line: expect.any(Number) });
  });

  it('--inf-target picks other models; a bad target is a usage error', async () => {
    const server = await nicprops('adapters', '--json', '--inf-target', 'NTamd64.10.0.3..17763', '--source', join(FIXTURES, 'hand-written', 'e1x68x64.inf'));
    expect((JSON.parse(server.stdout) as { infModel: { installSection: string } }[]).map((a) => a.infModel.installSection)).toEqual(['E15F2.10.0.3..17763']);
    const bad = await nicprops('adapters', '--inf-target', 'Windows 11', '--source', join(FIXTURES, 'hand-written', 'e1x68x64.inf'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--inf-target "Windows 11" is not a target');
  });

  it('check works on an INF: combination rules on the defaults', async () => {
    const r = await nicprops('check', '--source', join(FIXTURES, 'hand-written', 'lint-bait.inf'));
    expect(r.code).toBe(10);
    expect(r.stdout).toContain('R17');
  });

  it('a broken INF is refused with file and line (exit 8); INFs and .reg files do not mix (exit 2)', async () => {
    const broken = await nicprops('adapters', '--source', join(FIXTURES, 'broken', 'unclosed-section.inf'));
    expect(broken.code).toBe(8);
    expect(broken.stderr).toBe('nicprops: unclosed-section.inf line 5: a section name is not closed with "]".\n');
    const mixed = await nicprops('adapters', '--source', BAIT, '--source', 'x.reg');
    expect(mixed.code).toBe(2);
  });

  it('saves changes to an INF preview as PowerShell but not as .reg, whose instance numbers would hit another adapter', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'nicprops-inf-out-'));
    const src = join(FIXTURES, 'hand-written', 'rt640x64.inf');
    const ps1 = await nicprops('set', '0000', '*JumboPacket=9014', '--source', src, '--out', join(dir, 'x.ps1'));
    expect(ps1.code).toBe(0);
    expect(readFileSync(join(dir, 'x.ps1'), 'utf8')).toContain("$_.InterfaceDescription -eq 'Realtek® PCIe GbE Family Controller'");
    const reg = await nicprops('set', '0000', '*JumboPacket=9014', '--source', src, '--out', join(dir, 'x.reg'));
    expect(reg.code).toBe(2);
    expect(reg.stderr).toMatch(/driver package preview cannot be saved as \.reg/);
    const live = await nicprops('set', '0000', '*JumboPacket=9014', '--source', src);
    expect(live.code).toBe(2);
  });
});
