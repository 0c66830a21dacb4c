/** `npm test`: every tier in turn, even after a failure, then one closing line that adds them up. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { RESULTS_DIR, statsFileFor } from './support/paths';
import { ALL_TIERS } from './support/tiers';

interface Stats {
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
}

function runScript(script: string): number {
  console.log(`\n=== npm run ${script} ===`);
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  return result.status ?? 1;
}

function main(): void {
  for (const tier of ALL_TIERS) {
    rmSync(statsFileFor(tier), { force: true });
  }
  const exitCodes = ['run:unit', 'run:vscode', 'run:ui'].map(runScript);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const tier of ALL_TIERS) {
    const file = statsFileFor(tier);
    if (!existsSync(file)) {
      console.error(`The ${tier} tests reported nothing (see ${RESULTS_DIR}); counting the tier as one failure.`);
      failed++;
      continue;
    }
    const stats = JSON.parse(readFileSync(file, 'utf8')) as Stats;
    passed += stats.passes;
    failed += stats.failures;
    skipped += stats.pending;
  }
  if (exitCodes.some((code) => code !== 0) && failed === 0) {
    console.error('A test tier exited with an error although no test failed; counting it as one failure.');
    failed++;
  }
  console.log('');
  console.log(skipped > 0 ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || skipped > 0 ? 1 : 0;
}

main();
