import { runMochaIn } from '../runMocha';

export function run(): Promise<void> {
  return runMochaIn(__dirname, 'vscode-web');
}
