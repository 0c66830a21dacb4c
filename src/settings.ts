import * as vscode from 'vscode';
import type { Cadence } from './core/period';

/** Keep in sync with `contributes.configuration` in package.json. */
interface LeadReviewSettings {
  readonly folder: string;
  readonly cadence: Cadence;
  readonly reminder: boolean;
}

const DEFAULTS: LeadReviewSettings = { folder: 'reflections', cadence: 'weekly', reminder: true };

export function readSetting<K extends keyof LeadReviewSettings>(
  key: K,
  scope?: vscode.ConfigurationScope,
): LeadReviewSettings[K] {
  return vscode.workspace.getConfiguration('leadReview', scope).get<LeadReviewSettings[K]>(key) ?? DEFAULTS[key];
}
