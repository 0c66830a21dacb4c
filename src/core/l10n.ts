/**
 * Words for people, in their display language. Core code never imports `vscode`, so it takes a
 * `Translate` function: the extension passes `vscode.l10n.t`, the webview looks messages up in the
 * bundle the host sent it, and tests and the command line use English as written.
 *
 * Every message is an English literal with `{0}`-style placeholders, passed as the first argument
 * of a call to `t`, so `npm run l10n` can find them all (see README, Languages).
 */
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** Fills `{0}`, `{1}`… with `args`; a placeholder without an argument stays as it is. */
export function formatMessage(message: string, args: readonly (string | number)[]): string {
  return message.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}

/** English, as the messages are written. */
export const english: Translate = (message, ...args) => formatMessage(message, args);

/** A translator over a bundle of English message → translation, as `l10n/bundle.l10n.<lang>.json` holds. */
export function translatorFor(bundle: Readonly<Record<string, string>> | undefined): Translate {
  return (message, ...args) => formatMessage(bundle?.[message] ?? message, args);
}
