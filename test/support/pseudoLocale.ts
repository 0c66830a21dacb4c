import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadQuestionnaire } from '../../src/core/questionnaire/loadQuestionnaire';
import { PROJECT_ROOT } from './paths';
import { packagedCopy } from './webExtension';

/**
 * A display language in which every string Lead Review translates comes out wrapped in ⟦ ⟧.
 * Any English word left on screen outside the brackets is a string that escaped translation.
 */
export const PSEUDO_LANGUAGE = 'qps-ploc';
const OPEN = '⟦';
const CLOSE = '⟧';

function wrap(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

function wrapValues(file: string): Record<string, string> {
  const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, wrap(value)]));
}

/** Every human-readable string of the built-in questionnaire, wrapped; ids and values stay. */
function wrapQuestionnaire(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    return value.map((entry) => wrapQuestionnaire(entry, key));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, wrapQuestionnaire(entry, name)]));
  }
  return typeof value === 'string' && ['title', 'summary', 'label', 'text', 'placeholder'].includes(key) ? wrap(value) : value;
}

/** The built extension with a pseudo-translation of its l10n bundle, its manifest strings and its questionnaire. */
export function pseudoLocalizedCopy(into: string): string {
  const target = packagedCopy(into, 'lead-review-pseudo');
  writeFileSync(path.join(target, 'l10n', `bundle.l10n.${PSEUDO_LANGUAGE}.json`), JSON.stringify(wrapValues(path.join(PROJECT_ROOT, 'l10n', 'bundle.l10n.json'))));
  writeFileSync(path.join(target, `package.nls.${PSEUDO_LANGUAGE}.json`), JSON.stringify(wrapValues(path.join(PROJECT_ROOT, 'package.nls.json'))));
  const loaded = loadQuestionnaire(readFileSync(path.join(PROJECT_ROOT, 'questionnaires', 'default.yaml'), 'utf8'));
  if (!loaded.ok) {
    throw new Error('questionnaires/default.yaml does not load');
  }
  writeFileSync(path.join(target, 'dist', `questionnaire.${PSEUDO_LANGUAGE}.json`), JSON.stringify(wrapQuestionnaire(loaded.questionnaire)));
  return target;
}

/**
 * The English words in `text` that no translation wrapped: brackets are removed innermost first
 * (a translated sentence can hold translated words), and what is left must have no word of two
 * or more Latin letters.
 */
export function unwrappedWords(text: string): string[] {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}
