import { english, translatorFor, type Translate } from '../core/l10n';

let current: Translate = english;

/** The host's localized bundle, from the page's initial state; English when there is none. */
export function useStrings(bundle: Readonly<Record<string, string>> | undefined): void {
  current = bundle && Object.keys(bundle).length > 0 ? translatorFor(bundle) : english;
}

/** Every word the sidebar shows goes through here, with `{0}` placeholders for values. */
export const t: Translate = (message, ...args) => current(message, ...args);
