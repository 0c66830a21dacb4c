import type { Translate } from './l10n';

/** `+2`, `−1.5`, `0`: a typographic minus, so a change never reads as a list marker. */
export function formatSigned(value: number): string {
  if (value > 0) {
    return `+${value}`;
  }
  return value < 0 ? `−${Math.abs(value)}` : '0';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Which way a lean moved, in words that do not rank the poles. */
export function directionOf(from: number, to: number, t: Translate): string {
  return to > from ? t('towards leading') : t('towards managing');
}
