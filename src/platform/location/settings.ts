import * as vscode from 'vscode';
import { DEFAULT_COMMIT_MESSAGE } from '../../core/util/commitMessage';
import { CHECK_IN_MODES, type CheckInMode } from '../../core/note/draft';
import { localDateOf } from '../../core/time/localDate';
import { CADENCES, periodFor, type Cadence } from '../../core/time/period';
import { PRIVATE_TEXT_MODES, type PrivateTextMode } from '../../core/private/privateText';
import { ROLES, type Role } from '../../core/questionnaire/questionnaire';

/** Keep in sync with `contributes.configuration` in package.json. */
export interface LeadReviewSettings {
  readonly folder: string;
  readonly cadence: Cadence;
  readonly reminder: boolean;
  readonly questionnaire: string;
  readonly role: Role;
  readonly checkIn: CheckInMode;
  readonly privateText: PrivateTextMode;
  readonly 'report.includeFreeText': boolean;
  readonly 'git.commitMessage': string;
  readonly 'git.commitAfterWrite': boolean;
  readonly 'git.pushAfterCommit': boolean;
  readonly 'evidence.calendar': string;
  readonly 'evidence.email': string;
  readonly 'evidence.includeTitles': boolean;
  readonly timeZone: string;
  readonly fiscalYearStart: number;
}

const DEFAULTS: LeadReviewSettings = {
  folder: 'reflections',
  cadence: 'weekly',
  reminder: true,
  questionnaire: '',
  role: 'tech-lead',
  checkIn: 'full',
  privateText: 'off',
  'report.includeFreeText': false,
  'git.commitMessage': DEFAULT_COMMIT_MESSAGE,
  'git.commitAfterWrite': false,
  'git.pushAfterCommit': false,
  'evidence.calendar': '',
  'evidence.email': '',
  'evidence.includeTitles': false,
  timeZone: '',
  fiscalYearStart: 1,
};

/** The settings package.json declares without a `scope`, which makes them window-scoped. */
const WINDOW_SCOPED: readonly (keyof LeadReviewSettings)[] = ['reminder'];

/**
 * Every setting as seen from one workspace folder. Most are resource-scoped, so in a multi-root
 * workspace each folder can differ: `null` asks for the window's own values, and is only right
 * when there is no folder to ask for.
 */
export function readSettings(scope: vscode.WorkspaceFolder | null): LeadReviewSettings {
  const forFolder = vscode.workspace.getConfiguration('leadReview', scope);
  // A window-scoped setting read for a resource makes VS Code log a warning: read it for the window.
  const forWindow = vscode.workspace.getConfiguration('leadReview');
  const read = <K extends keyof LeadReviewSettings>(key: K): LeadReviewSettings[K] => {
    const value = (WINDOW_SCOPED.includes(key) ? forWindow : forFolder).get<LeadReviewSettings[K]>(key);
    // settings.json is hand-edited: a value of the wrong type or outside an enum means the default.
    return value === undefined || value === null || typeof value !== typeof DEFAULTS[key] || !allowed(key, value) ? DEFAULTS[key] : value;
  };
  return Object.fromEntries((Object.keys(DEFAULTS) as (keyof LeadReviewSettings)[]).map((key) => [key, read(key)])) as unknown as LeadReviewSettings;
}

function allowed(key: keyof LeadReviewSettings, value: unknown): boolean {
  switch (key) {
    case 'role':
      return ROLES.includes(value as Role);
    case 'cadence':
      return CADENCES.includes(value as Cadence);
    case 'checkIn':
      return CHECK_IN_MODES.includes(value as CheckInMode);
    case 'privateText':
      return PRIVATE_TEXT_MODES.includes(value as PrivateTextMode);
    case 'fiscalYearStart':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 12;
    default:
      return true;
  }
}

/** The period a note written now would cover, in these settings' cadence. */
export function currentPeriodId(settings: Pick<LeadReviewSettings, 'cadence'>, now = new Date()): string {
  return periodFor(localDateOf(now), settings.cadence).id;
}
