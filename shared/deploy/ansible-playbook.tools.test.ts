/**
 * Generated playbooks against Ansible itself (Debian's ansible and ansible-lint, installed by
 * `npm run setup:test-machine`): `ansible-playbook --syntax-check`, `ansible-lint`, the task's
 * arguments against win_powershell's own documented options (`ansible-doc`), and every profile
 * value read back by Ansible's own YAML loader, still marked unsafe. In CI a missing tool fails
 * these tests; on a developer's machine without Ansible they are skipped, saying why.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_FRAGMENTS } from '../generate/test-support/hostile-text';
import type { Profile } from '../profiles/profile';
import { isYamlText } from '../generate/yaml';
import { ansiblePlaybook } from './ansible-playbook';
import { decodeParameters } from './test-support/ansible-parameters';

const TOOLS = ['ansible-playbook', 'ansible-lint', 'ansible-doc'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
/** The Python that runs Ansible (its shebang), which has Ansible's own modules. */
function ansiblePython(): string {
  const path = spawnSync('sh', ['-c', 'command -v ansible-playbook'], { encoding: 'utf8' }).stdout.trim();
  const shebang = /^#!\s*(\S+)/.exec(readFileSync(path, 'utf8').split('\n')[0] ?? '');
  return shebang?.[1] ?? 'python3';
}
const inCi = Boolean(process.env.CI);
// A developer without Ansible runs the rest; CI must have it (scripts/setup-test-machine.sh).
const runIf = missing.length === 0 || inCi ? it : it.skip;

const dir = mkdtempSync(join(tmpdir(), 'nicprops-ansible-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(command: string, args: readonly string[]) {
  const r = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    // Ansible refuses to start under a locale the machine has not generated; C.UTF-8 is always there.
    env: { ...process.env, LC_ALL: 'C.UTF-8', NO_COLOR: '1', ANSIBLE_NOCOLOR: '1', ANSIBLE_LOCAL_TEMP: join(dir, '.tmp') },
  });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

function requireTools(): void {
  if (missing.length > 0) throw new Error(`${missing.join(', ')} not installed: run "npm run setup:test-machine" (Debian's ansible and ansible-lint).`);
}

const realistic: Profile = {
  formatVersion: 1,
  name: 'Hyper-V hosts: RSC off, jumbo frames',
  description: 'Storage network on ConnectX-4',
  match: { componentId: ['pci\\ven_15b3&dev_1015*'], description: ['Mellanox ConnectX-4*'] },
  settings: [
    { keyword: '*RscIPv4', value: '0' },
    { keyword: '*RscIPv6', value: '0' },
    { keyword: '*JumboPacket', value: '9014' },
    { keyword: '*VMQ', value: null },
  ],
};

/** Profiles whose every text is hostile: Jinja, YAML syntax, quotes, line breaks, and the rest. */
function hostileProfiles(): Profile[] {
  const yamlAndJinja = [
    "{{ lookup('pipe', 'id') }}",
    '{% raw %}',
    '{# x #}',
    '!!python/object/apply:os.system ["id"]',
    '*alias',
    '&anchor x',
    '--- ',
    '...',
    'key: value',
    '- item',
    '# comment',
    '? x',
    '| x',
    '> x',
    '%YAML 1.1',
    '"',
    "'",
    '@x',
    '`x',
  ];
  // Lone surrogates are left out: check-profile.ts refuses such profiles before any export.
  const fragments = [...yamlAndJinja, ...HOSTILE_FRAGMENTS.filter((f) => isYamlText(f))];
  const profiles: Profile[] = [];
  for (let i = 0; i < fragments.length; i += 12) {
    const group = fragments.slice(i, i + 12);
    profiles.push({
      formatVersion: 1,
      name: `p${i} ${group.join(' ')}`,
      description: group.join('\n'),
      match: { componentId: group.slice(0, 3).map((f) => `x${f}*`), description: group.slice(3, 5).map((f) => `${f}*`) },
      settings: group.map((f, k) => ({ keyword: `k${k}${f}`, value: k % 4 === 3 ? null : `${f}v${f}` })),
    });
  }
  return profiles;
}

const profiles = [realistic, ...hostileProfiles()];
const files = profiles.map((profile, i) => {
  const name = `playbook-${i}.yml`;
  writeFileSync(join(dir, name), ansiblePlaybook({ profile, source: 'p.json', tool: 'NIC Advanced Properties test', restart: false }).text);
  return name;
});

describe('generated Ansible playbooks, checked by Ansible', () => {
  runIf(
    'pass ansible-playbook --syntax-check',
    () => {
      requireTools();
      const r = run('ansible-playbook', ['--syntax-check', '-i', 'localhost,', ...files]);
      expect(r.code, r.out).toBe(0);
    },
    120_000,
  );

  runIf(
    'pass ansible-lint with no failure, the realistic one with no warning either',
    () => {
      requireTools();
      const all = run('ansible-lint', ['--offline', '--nocolor', '-p', ...files]);
      expect(all.code, all.out).toBe(0);
      const realisticOnly = run('ansible-lint', ['--offline', '--nocolor', '-p', files[0]!]);
      expect(realisticOnly.code, realisticOnly.out).toBe(0);
      expect(realisticOnly.out).not.toMatch(/warning\)|: \w+\[/);
    },
    180_000,
  );

  runIf(
    'give win_powershell only options it documents',
    () => {
      requireTools();
      const doc = run('ansible-doc', ['-j', 'ansible.windows.win_powershell']);
      expect(doc.code, doc.out).toBe(0);
      const options = Object.keys(
        (JSON.parse(doc.out) as Record<string, { doc: { options: Record<string, unknown> } }>)['ansible.windows.win_powershell']!.doc.options,
      );
      expect(options).toEqual(expect.arrayContaining(['script', 'parameters']));
    },
    60_000,
  );

  runIf(
    "reach Ansible's own YAML loader with every profile value intact and still unsafe",
    () => {
      requireTools();
      // Ansible's loader marks !unsafe text AnsibleUnsafeText; print what it read as JSON with that mark.
      const script = [
        'import json, sys',
        'from ansible.parsing.yaml.loader import AnsibleLoader',
        'from ansible.utils.unsafe_proxy import AnsibleUnsafe',
        'def plain(x):',
        '    if isinstance(x, dict): return {k: plain(v) for k, v in x.items()}',
        '    if isinstance(x, list): return [plain(v) for v in x]',
        '    if isinstance(x, AnsibleUnsafe): return {"unsafe": str(x)}',
        '    return x',
        'out = []',
        'for name in sys.argv[1:]:',
        '    with open(name, encoding="utf-8") as f:',
        '        task = AnsibleLoader(f.read()).get_single_data()[0]["tasks"][0]["ansible.windows.win_powershell"]',
        '    out.append(plain(task["parameters"]))',
        'json.dump(out, sys.stdout, ensure_ascii=True)',
      ].join('\n');
      const r = run(ansiblePython(), ['-c', script, ...files]);
      expect(r.code, r.out).toBe(0);
      const read = JSON.parse(r.out) as unknown[];
      expect(read.map(decodeParameters)).toEqual(
        profiles.map((p) => ({
          Settings: p.settings.map((s) => ({ keyword: s.keyword, value: s.value })),
          ComponentIdPatterns: p.match?.componentId ?? [],
          DescriptionPatterns: p.match?.description ?? [],
          Restart: '{{ nicprops_restart | default(false) | bool }}',
        })),
      );
    },
    60_000,
  );
});
