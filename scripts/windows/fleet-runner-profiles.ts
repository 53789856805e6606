/**
 * For the Windows runner (.github/workflows/windows-e2e.yml, job `fleet`): from the export the
 * real collector just took of the runner, write two profiles for one of its own adapters — one
 * holding the value that adapter has now (detection must say it matches, exit 0) and one holding
 * another value its driver offers (detection must say 1 differs, exit 1) — so the Intune detection
 * script is checked, read-only, against the runner's real adapters and driver metadata.
 *
 *   node scripts/run-ts.mjs scripts/windows/fleet-runner-profiles.ts <exports-dir> <out-dir>
 */

import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAllAdapterDetails } from '../../electron/services/adapter-reader';
import { sourceFromRegPaths } from '../../electron/sources/reg-file-source';
import { sameValue } from '../../shared/model/same-value';
import type { Profile } from '../../shared/profiles/profile';

async function main(): Promise<void> {
  const [exportsDir, out] = process.argv.slice(2);
  if (!exportsDir || !out) throw new Error('usage: fleet-runner-profiles.ts <exports-dir> <out-dir>');
  const reg = readdirSync(exportsDir).filter((f) => f.toLowerCase().endsWith('.reg'));
  if (reg.length !== 1) throw new Error(`expected one export in ${exportsDir}, found ${reg.length}`);
  const adapters = (await readAllAdapterDetails(await sourceFromRegPaths([join(exportsDir, reg[0]!)]))).filter(
    (d) => d.adapter.hasUi !== false && d.adapter.hidden !== true && d.adapter.componentId,
  );
  for (const d of adapters) {
    // An enum the driver reads as it is stored, with another value on offer.
    const p = d.properties.find(
      (x) =>
        x.type === 'enum' &&
        x.status !== 'wrong-type' &&
        x.effective !== null &&
        x.options.some((o) => !sameValue(x, o.value, x.effective)) &&
        !/[*?]/.test(d.adapter.componentId ?? ''),
    );
    if (!p) continue;
    const other = p.options.find((o) => !sameValue(p, o.value, p.effective))!.value;
    const profile = (name: string, value: string): Profile => ({
      formatVersion: 1,
      name,
      match: { componentId: [d.adapter.componentId!] },
      settings: [{ keyword: p.keyword, value }],
    });
    writeFileSync(join(out, 'holds.json'), JSON.stringify(profile('runner: as it is', p.effective!)));
    writeFileSync(join(out, 'differs.json'), JSON.stringify(profile('runner: another value', other)));
    console.log(
      `adapter ${d.adapter.id} ${d.adapter.description ?? ''} (${d.adapter.componentId}): ${p.keyword} is ${p.effective}; the other profile asks for ${other}`,
    );
    return;
  }
  throw new Error(
    `no adapter with an Advanced page and an enum property with a second value in ${reg[0]}; adapters: ${adapters.map((a) => a.adapter.description).join(', ')}`,
  );
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
