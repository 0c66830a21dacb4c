import * as vscode from 'vscode';
import { DEFAULT_COMMIT_MESSAGE } from './core/commitMessage';
import { CADENCES, type Cadence } from './core/period';
import { ROLES, type Role } from './core/questionnaire';

/** Keep in sync with `contributes.configuration` in package.json. */
interface LeadReviewSettings {
  readonly folder: string;
  readonly cadence: Cadence;
  readonly reminder: boolean;
  readonly questionnaire: string;
  readonly role: Role;
  readonly 'git.commitMessage': string;
  readonly 'git.commitAfterWrite': boolean;
  readonly 'git.pushAfterCommit': boolean;
}

const DEFAULTS: LeadReviewSettings = {
  folder: 'reflections',
  cadence: 'weekly',
  reminder: true,
  questionnaire: '',
  role: 'tech-lead',
  'git.commitMessage': DEFAULT_COMMIT_MESSAGE,
  'git.commitAfterWrite': false,
  'git.pushAfterCommit': false,
};

export function readSetting<K extends keyof LeadReviewSettings>(
  key: K,
  scope?: vscode.ConfigurationScope,
): LeadReviewSettings[K] {
  const value = vscode.workspace.getConfiguration('leadReview', scope).get<LeadReviewSettings[K]>(key);
  // settings.json is hand-edited: a value of the wrong type or outside an enum means the default.
  if (value === undefined || value === null || typeof value !== typeof DEFAULTS[key] || !allowed(key, value)) {
    return DEFAULTS[key];
  }
  return value;
}

function allowed(key: keyof LeadReviewSettings, value: unknown): boolean {
  switch (key) {
    case 'role':
      return ROLES.includes(value as Role);
    case 'cadence':
      return CADENCES.includes(value as Cadence);
    default:
      return true;
  }
}
