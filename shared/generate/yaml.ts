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
    if (!/^[A-Za-z0-9_ |().,'-]+$/.test(expression))
      throw new Error("An Ansible template is the generator's own expression: letters, digits, _ | ( ) . , ' - only");
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

/** Half of a surrogate pair on its own: not Unicode text, and Ansible's YAML reader refuses its escape. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `text` can go into a playbook: it is well-formed Unicode. */
export function isYamlText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Refuse generator text that Ansible would template (data must come in as unsafe()), and text that is not Unicode. */
function checkPlain(value: YamlValue, path: string): void {
  if (value instanceof AnsibleUnsafe) {
    if (!isYamlText(value.text)) throw new Error(`YAML ${path}: the text holds a lone surrogate, which Ansible cannot read`);
  } else if (typeof value === 'string') {
    if (!isYamlText(value)) throw new Error(`YAML ${path}: the text holds a lone surrogate, which Ansible cannot read`);
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

/** Longest line yamllint (and so ansible-lint) accepts by default. */
export const YAML_LINE_LIMIT = 160;

/** A comment as `# …` lines within the line limit, each one safe line. */
function commentLines(text: string): string[] {
  const line = oneLine(text);
  const width = YAML_LINE_LIMIT - 10;
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    const at = cut > width / 2 ? cut : width;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  out.push(rest);
  return out.map((l) => `# ${l}`.trimEnd());
}

/**
 * A YAML document: `---`, the comment lines, then `data`. Multi-line text is written as a
 * literal block so scripts stay readable; nothing is folded, no anchors are used. Data longer than
 * a line stays on one line (folding it would change nothing for Ansible but is not worth the
 * risk); the document then says so to yamllint rather than fail its line-length rule.
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
  const long = body.split('\n').some((l) => l.length > YAML_LINE_LIMIT);
  const directive = long ? ['# Some values are longer than a line; they are kept whole.', '# yamllint disable rule:line-length'] : [];
  return ['---', ...comments.flatMap(commentLines), ...directive, body].join('\n');
}
