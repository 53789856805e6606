import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { oneLine } from './plain-text';
import { hostileText } from './test-support/hostile-text';
import { ANSIBLE_YAML_SCHEMA, AnsibleUnsafe, isYamlText, unsafe, yamlDocument, type YamlValue } from './yaml';

const RUNS = { numRuns: 400 };

/** A playbook-shaped document carrying data in the places a generated playbook does. */
function playbook(name: string, keyword: string, value: string | null, script: string): YamlValue {
  return [
    {
      name: 'Apply a NIC profile',
      hosts: 'windows',
      vars: { nicprops_profile_name: unsafe(name) },
      tasks: [
        {
          name: 'Set the Advanced properties',
          'ansible.windows.win_powershell': {
            script: unsafe(script),
            parameters: { Settings: [{ keyword: unsafe(keyword), value: value === null ? null : unsafe(value) }] },
          },
        },
      ],
    },
  ];
}

/** The document read back, with every !unsafe scalar as { unsafe: text } so tags are compared too. */
function readBack(text: string): unknown {
  return JSON.parse(
    JSON.stringify(yaml.load(text, { schema: ANSIBLE_YAML_SCHEMA }), (_k, v: unknown) => (v instanceof AnsibleUnsafe ? { unsafe: v.text } : v)),
  );
}

describe('yamlDocument()', () => {
  it('reads back to exactly the data, every piece of data still tagged !unsafe, whatever the text', () => {
    fc.assert(
      fc.property(hostileText(), hostileText(), fc.option(hostileText(), { nil: null }), hostileText({ maxLength: 20 }), (name, keyword, value, script) => {
        if (![name, keyword, value ?? '', script].every(isYamlText)) {
          expect(() => yamlDocument(playbook(name, keyword, value, script))).toThrow(/lone surrogate/);
          return;
        }
        const doc = yamlDocument(playbook(name, keyword, value, script), [`Profile: ${name}`]);
        expect(readBack(doc)).toEqual([
          {
            name: 'Apply a NIC profile',
            hosts: 'windows',
            vars: { nicprops_profile_name: { unsafe: name } },
            tasks: [
              {
                name: 'Set the Advanced properties',
                'ansible.windows.win_powershell': {
                  script: { unsafe: script },
                  parameters: { Settings: [{ keyword: { unsafe: keyword }, value: value === null ? null : { unsafe: value } }] },
                },
              },
            ],
          },
        ]);
        // The comment stayed comment lines: every line before the data starts with #.
        const lines = doc.split('\n');
        const firstData = lines.findIndex((l) => l.startsWith('- '));
        expect(lines.slice(1, firstData).every((l) => l.startsWith('#'))).toBe(true);
        expect(
          lines
            .slice(1, firstData)
            .map((l) => l.slice(2))
            .join(' '),
        ).toContain(oneLine(name).slice(0, 20).trim());
      }),
      RUNS,
    );
  });

  it('writes scripts as readable literal blocks tagged !unsafe', () => {
    const doc = yamlDocument({ script: unsafe('$a = 1\nWrite-Output {{ x }}\n') });
    expect(doc).toBe('---\nscript: !unsafe |\n  $a = 1\n  Write-Output {{ x }}\n');
  });

  it('refuses Jinja in plain text, where Ansible would template it', () => {
    expect(() => yamlDocument({ name: 'Apply {{ evil }}' })).toThrow(/unsafe/);
    expect(() => yamlDocument([{ tasks: ['{% if x %}'] }])).toThrow(/unsafe/);
    expect(() => yamlDocument({ '{#x#}': 1 })).toThrow(/key/);
  });
});
