import { runMochaIn } from '../runMocha';

/** One of two windows on the same workspace; test/runTest.ts starts both at once. */
export function run(): Promise<void> {
  return runMochaIn(__dirname, `vscode-twoWindows-${process.env.LEAD_REVIEW_WINDOW ?? 'a'}`);
}
