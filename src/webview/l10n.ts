import { english, translatorFor, type Translate } from '../core/util/l10n';

let current: Translate = english;

/** The host's localized bundle, from the page's initial state; English when there is none. */
export function useStrings(bundle: Readonly<Record<string, string>> | undefined): void {
  // The page's language is the display language the host set on <html lang>.
  const locale = document.documentElement.lang || 'en';
  current = bundle && Object.keys(bundle).length > 0 ? translatorFor(bundle, locale) : locale === 'en' ? english : translatorFor({}, locale);
}

/** Every word the sidebar shows goes through here, with `{0}` placeholders for values. */
export const t: Translate = Object.defineProperty((message: string, ...args: (string | number)[]) => current(message, ...args), 'locale', { get: () => current.locale }) as Translate;
