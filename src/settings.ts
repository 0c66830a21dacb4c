import * as vscode from 'vscode';
import { DEFAULT_COMMIT_MESSAGE } from './core/commitMessage';
import type { Cadence } from './core/period';

/** Keep in sync with `contributes.configuration` in package.json. */
interface LeadReviewSettings {
  readonly folder: string;
  readonly cadence: Cadence;
  readonly reminder: boolean;
  readonly 'git.commitMessage': string;
  readonly 'git.commitAfterWrite': boolean;
  readonly 'git.pushAfterCommit': boolean;
}

const DEFAULTS: LeadReviewSettings = {
  folder: 'reflections',
  cadence: 'weekly',
  reminder: true,
  'git.commitMessage': DEFAULT_COMMIT_MESSAGE,
  'git.commitAfterWrite': false,
  'git.pushAfterCommit': false,
};

export function readSetting<K extends keyof LeadReviewSettings>(
  key: K,
  scope?: vscode.ConfigurationScope,
): LeadReviewSettings[K] {
  return vscode.workspace.getConfiguration('leadReview', scope).get<LeadReviewSettings[K]>(key) ?? DEFAULTS[key];
}
