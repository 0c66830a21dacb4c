import type { Checked } from '../note/draft';
import { english, type Translate } from './l10n';

export const DEFAULT_REFLECTIONS_FOLDER = 'reflections';

/**
 * Turns the `leadReview.folder` setting into path segments below the workspace folder.
 * Anything that could leave the workspace folder is refused rather than "fixed", so a
 * mistyped setting never sends a note somewhere unexpected.
 */
export function resolveFolderSetting(setting: string | undefined, t: Translate = english): Checked<string[]> {
  const value = (setting ?? '').trim();
  return value === ''
    ? { ok: true, value: [DEFAULT_REFLECTIONS_FOLDER] }
    : resolveWorkspacePath(value, (why) => t('The folder setting "{0}" {1}. Use a path relative to the workspace folder, such as "reflections" or "docs/leadership".', value, why), t);
}

/** The same rules for any path a setting names inside the workspace folder; `refusal` words the error. */
export function resolveWorkspacePath(value: string, refusal: (why: string) => string, t: Translate = english): Checked<string[]> {
  const refuse = (why: string): Checked<string[]> => ({ ok: false, error: refusal(why) });
  if (value.startsWith('~')) {
    return refuse(t('points into a home folder'));
  }
  if (/^([a-zA-Z]:|[\\/])/.test(value)) {
    return refuse(t('is an absolute path'));
  }
  if (/[\u0000-\u001f]/.test(value)) {
    return refuse(t('contains control characters'));
  }
  const segments = value.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) {
    return refuse(t('leaves the workspace folder'));
  }
  return { ok: true, value: segments };
}

/** Whether `candidate` is `folder` itself or lies inside it; both are normalised `/` paths. */
export function isInsideFolder(folder: string, candidate: string): boolean {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  return candidate === folder || candidate.startsWith(base);
}
