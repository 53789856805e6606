/**
 * YAML generation for Ansible: data becomes YAML only through js-yaml's serialiser, never by
 * string concatenation, and never becomes a template.
 *
 * Ansible runs every string in a playbook through Jinja2 on the controller, so a profile value
 * holding `{{ lookup('pipe', 'calc') }}` would run a command there. Data therefore goes in as
 * `unsafe(text)`: written with Ansible's `!unsafe` tag, which tells Ansible to take the text as
 * it is. Plain strings are reserved for the generator's own words (module names, task names) and
 * are refused if they hold a Jinja delimiter. Comments are one line each (plain-text.ts), so data
 * quoted in a comment cannot start a line of YAML.
 */

import yaml from 'js-yaml';
import { oneLine } from './plain-text';

/** Text Ansible must never template: serialised as `!unsafe '…'`. */
export class AnsibleUnsafe {
  constructor(readonly text: string) {}
}

/** Data for a playbook: written with `!unsafe`. */
export function unsafe(text: string): AnsibleUnsafe {
  return new AnsibleUnsafe(text);
}

/**
 * A Jinja expression the generator writes itself (`nicprops_hosts | default('windows')`), so that
 * people can override a play variable with -e. Never data: data goes in as unsafe().
 */
export class AnsibleTemplate {
  constructor(readonly expression: string) {
    if (!/^[A-Za-z0-9_ |().,'-]+$/.test(expression)) throw new Error('An Ansible template is the generator\'s own expression: letters, digits, _ | ( ) . , \' - only');
  }
}

/** `"{{ expression }}"` written by the generator. */
export function template(expression: string): AnsibleTemplate {
  return new AnsibleTemplate(expression);
}

/** Templates are written as the plain (quoted) string Ansible expects. */
function withTemplates(value: YamlValue): unknown {
  if (value instanceof AnsibleTemplate) return `{{ ${value.expression} }}`;
  if (Array.isArray(value)) return value.map((v: YamlValue) => withTemplates(v));
  if (value !== null && typeof value === 'object' && !(value instanceof AnsibleUnsafe)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTemplates(v)]));
  }
  return value;
}

const UNSAFE_TYPE = new yaml.Type('!unsafe', {
  kind: 'scalar',
  instanceOf: AnsibleUnsafe,
  represent: (value) => (value as AnsibleUnsafe).text,
  resolve: (data: unknown) => typeof data === 'string',
  construct: (data: string) => new AnsibleUnsafe(data),
});

/** The schema generated playbooks are written (and, in tests, read back) with. */
export const ANSIBLE_YAML_SCHEMA = yaml.DEFAULT_SCHEMA.extend([UNSAFE_TYPE]);

export type YamlValue = string | number | boolean | null | AnsibleUnsafe | AnsibleTemplate | readonly YamlValue[] | { readonly [key: string]: YamlValue };

/** Jinja2's opening delimiters: an expression, a statement, a comment. */
const JINJA = /\{[{%#]/;

/** Refuse generator text that Ansible would template; data must come in as unsafe(). */
function checkPlain(value: YamlValue, path: string): void {
  if (typeof value === 'string') {
    if (JINJA.test(value)) throw new Error(`YAML ${path}: plain text holds a Jinja delimiter; pass data as unsafe(text)`);
  } else if (Array.isArray(value)) {
    value.forEach((v: YamlValue, i: number) => checkPlain(v, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object' && !(value instanceof AnsibleUnsafe) && !(value instanceof AnsibleTemplate)) {
    for (const [k, v] of Object.entries(value)) {
      if (JINJA.test(k)) throw new Error(`YAML ${path}: the key ${oneLine(k)} holds a Jinja delimiter`);
      checkPlain(v, `${path}.${k}`);
    }
  }
}

/**
 * A YAML document: `---`, the comment lines, then `data`. Multi-line text is written as a
 * literal block so scripts stay readable; nothing is folded, no anchors are used.
 */
export function yamlDocument(data: YamlValue, comments: readonly string[] = []): string {
  checkPlain(data, '$');
  const body = yaml.dump(withTemplates(data), {
    schema: ANSIBLE_YAML_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    quotingType: "'",
    sortKeys: false,
  });
  return ['---', ...comments.map((c) => `# ${oneLine(c)}`.trimEnd()), body].join('\n');
}
