import { writeFileSync } from 'node:fs';
import { measureInExtensionHost } from './measure';

/** Runs in a real extension host with a throw-away workspace; writes its figures where `bench/run.ts` reads them. */
export async function run(): Promise<void> {
  const figures = await measureInExtensionHost();
  writeFileSync(process.env.LEAD_REVIEW_BENCH_OUT ?? '/tmp/lead-review-bench-host.json', JSON.stringify(figures, null, 2));
}
