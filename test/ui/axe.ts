import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';

/** axe-core, run inside a page's own document. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary: string }[];
}

/** Runs axe-core inside the sidebar's own document and returns every violation, whatever its impact. */
export async function axeViolations(frame: Frame, include?: string): Promise<Violation[]> {
  if (!(await frame.evaluate('typeof window.axe !== "undefined"'))) {
    await frame.evaluate(AXE_SOURCE);
  }
  return frame.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: Document | { include: string[] }, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
  }, include);
}

function report(violations: readonly Violation[]): string {
  return violations
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`).join('\n')}`)
    .join('\n');
}

/** `include`: only what matches it, such as the parts of a page that Lead Review draws. */
export async function expectNoViolations(frame: Frame, state: string, include?: string): Promise<void> {
  const violations = await axeViolations(frame, include);
  assert.equal(violations.length, 0, `axe found in ${state}:\n${report(violations)}`);
}
