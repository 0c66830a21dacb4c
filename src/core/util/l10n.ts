/**
 * Words for people, in their display language. Core code never imports `vscode`, so it takes a
 * `Translate` function: the extension passes `vscode.l10n.t`, the webview looks messages up in the
 * bundle the host sent it, and tests and the command line use English as written.
 *
 * Every message is an English literal with `{0}`-style placeholders, passed as the first argument
 * of a call to `t`, so `npm run l10n` can find them all (see CONTRIBUTING.md, Adding a language).
 */
export interface Translate {
  (message: string, ...args: (string | number)[]): string;
  /** The language numbers are written in (a BCP 47 tag); numbers in arguments follow it. */
  readonly locale: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it: `3,4` and `20.000` in German, `3.4` and `20,000` in English. */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A share of 100 as the language writes a percentage: `30%` in English, `30 %` in German. */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share / 100);
}

/** Fills `{0}`, `{1}`… with `args`, numbers in `locale`'s digits; a placeholder without an argument stays as it is. */
export function formatMessage(message: string, args: readonly (string | number)[], locale: string): string {
  return message.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? placeholder : typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** English, as the messages are written. */
export const english: Translate = Object.assign((message: string, ...args: (string | number)[]) => formatMessage(message, args, 'en'), { locale: 'en' });

/** A translator over a bundle of English message → translation, as `l10n/bundle.l10n.<lang>.json` holds. */
export function translatorFor(bundle: Readonly<Record<string, string>> | undefined, locale: string): Translate {
  return Object.assign((message: string, ...args: (string | number)[]) => formatMessage(bundle?.[message] ?? message, args, locale), { locale });
}

/** Another translator (VS Code's `l10n.t`), with numbers written in `locale`. */
export function withNumbersIn(locale: string, translate: (message: string, ...args: (string | number)[]) => string): Translate {
  return Object.assign((message: string, ...args: (string | number)[]) => translate(message, ...args.map((arg) => (typeof arg === 'number' ? formatNumber(arg, locale) : arg))), { locale });
}
