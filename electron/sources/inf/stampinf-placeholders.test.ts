import { describe, expect, it } from 'vitest';
import { DiagnosticList } from './inf-diagnostic';
import { substituteStampinfPlaceholders } from './stampinf-placeholders';

function stamp(text: string) {
  const diagnostics = new DiagnosticList();
  return { text: substituteStampinfPlaceholders(text, 't.inx', 'amd64', diagnostics), diagnostics: diagnostics.items };
}

describe('stampinf placeholders', () => {
  it('replaces $ARCH$ in any case and says where it first was and how often', () => {
    const r = stamp('[Version]\nSignature = "$Windows NT$"\n[M]\n%D% = M, NT$ARCH$, nt$arch$.10.0\n');
    expect(r.text).toBe('[Version]\nSignature = "$Windows NT$"\n[M]\n%D% = M, NTamd64, ntamd64.10.0\n');
    expect(r.diagnostics).toMatchObject([{ id: 'inf.stampinf-arch', message: expect.stringContaining('in 2 places'), at: { line: 4 } }]);
  });

  it('names each other placeholder once, on the line it is on, and leaves signatures alone', () => {
    const r = stamp('Signature = "$Chicago$"\nKmdfLibraryVersion = $KMDFVERSION$\nx = $KMDFVERSION$, $UMDF_VER2$\n');
    expect(r.text).toContain('$KMDFVERSION$');
    expect(r.diagnostics.map((d) => [d.message.split(' ')[0], d.at.line])).toEqual([
      ['$KMDFVERSION$', 2],
      ['$UMDF_VER2$', 3],
    ]);
  });

  it('puts a placeholder after replaced $ARCH$ text on its own line (the replacement is shorter than $ARCH$)', () => {
    const r = stamp('$ARCH$\n$KMDFVERSION$\n');
    expect(r.diagnostics.find((d) => d.id === 'inf.stampinf-placeholder')?.at.line).toBe(2);
  });

  it('leaves text without placeholders as it is', () => {
    expect(stamp('a $ b $1$ $ $x y$').text).toBe('a $ b $1$ $ $x y$');
    expect(stamp('a $ b $1$ $ $x y$').diagnostics).toEqual([]);
  });
});
