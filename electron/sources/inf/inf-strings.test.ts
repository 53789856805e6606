import { describe, expect, it } from 'vitest';
import { DiagnosticList } from './inf-diagnostic';
import { InfStrings } from './inf-strings';
import { tokenizeInf } from './tokenize-inf';

const AT = { file: 't.inf', line: 9 };

function strings(text: string, language = 0x0409) {
  const diagnostics = new DiagnosticList();
  const s = new InfStrings(tokenizeInf(text, 't.inf'), language, diagnostics, { remaining: 1e6 });
  return { s, diagnostics: diagnostics.items };
}

const LOCALES =
  '[Strings]\nname = "English"\n[Strings.0407]\nname = "Deutsch"\n[Strings.0007]\nname = "Deutsch neutral"\n[Strings.0c07]\nname = "Deutsch (Österreich)"\n';

describe('InfStrings', () => {
  it('uses the exact language first, then its neutral sublanguage, then another sublanguage, then [Strings]', () => {
    expect(strings(LOCALES, 0x0407).s.substitute('%name%', AT)).toBe('Deutsch');
    expect(strings(LOCALES, 0x0807).s.substitute('%name%', AT)).toBe('Deutsch neutral');
    expect(strings(LOCALES.replace('[Strings.0007]\nname = "Deutsch neutral"\n', ''), 0x0807).s.substitute('%name%', AT)).toBe('Deutsch');
    expect(strings(LOCALES, 0x0409).s.substitute('%name%', AT)).toBe('English');
  });

  it('substitutes tokens anywhere in a field, case-insensitively, and reads %% as a percent sign', () => {
    const { s } = strings('[Strings]\nA = "one"\nb = two\n');
    expect(s.substitute('%a% and %B%: 100%%', AT)).toBe('one and two: 100%');
  });

  it('leaves directory ids such as %11% as written, without a finding', () => {
    const { s, diagnostics } = strings('[Strings]\n');
    expect(s.substitute('%11%\\drivers', AT)).toBe('%11%\\drivers');
    expect(diagnostics).toEqual([]);
  });

  it('shows an undefined token as Windows would, raw, and reports it with the line', () => {
    const { s, diagnostics } = strings('[Strings]\nA = "one"\n');
    expect(s.substitute('%Missing%', AT)).toBe('%Missing%');
    expect(diagnostics).toMatchObject([
      { id: 'inf.undefined-string', severity: 'error', at: AT, message: expect.stringContaining('%Missing% is not defined in [Strings]') },
    ]);
  });

  it('uses one Strings section only: a token missing from the chosen language is not taken from [Strings]', () => {
    const { s, diagnostics } = strings('[Strings]\nonly = "from Strings"\n[Strings.0409]\nother = "x"\n');
    expect(s.substitute('%only%', AT)).toBe('%only%');
    expect(diagnostics[0]?.message).toContain('(it is in [Strings])');
  });

  it('cuts a value longer than Windows allows and says so', () => {
    const { s, diagnostics } = strings(`[Strings]\nlong = "${'x'.repeat(5000)}"\n`);
    expect(s.substitute('%long%', AT)).toHaveLength(4095);
    expect(diagnostics.map((d) => d.id)).toContain('inf.string-too-long');
  });
});
