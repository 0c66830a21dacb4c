import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderReflectionMarkdown } from '../../../src/core/note/markdown';
import { english, formatMessage, translatorFor, withNumbersIn } from '../../../src/core/util/l10n';
import { loadQuestionnaire } from '../../../src/core/questionnaire/loadQuestionnaire';
import { parseFrontMatter } from '../../../src/core/note/frontMatter';
import { renderTrendReport, EVERYTHING } from '../../../src/core/report/report';
import { buildHistory, readHistoryFile } from '../../../src/core/report/readHistory';
import { day, generateNote } from '../../support/notes';
import { PROJECT_ROOT } from '../../support/paths';
import { DEFAULT_QUESTIONNAIRE } from '../../support/questionnaire';

// The same extraction `npm run l10n` runs.
const { extractMessages, englishBundle } = require(path.join(PROJECT_ROOT, 'scripts', 'l10n-extract.js')) as {
  extractMessages(root: string): { messages: string[]; problems: string[] };
  englishBundle(messages: readonly string[]): string;
};

const L10N = path.join(PROJECT_ROOT, 'l10n');
const readJson = (file: string): Record<string, string> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d+\}|\$\{\w+\}|%\w+%|`[^`]*`|\[[^\]]*\]\([^)]*\)/g) ?? [])].filter((token) => !/^\[/.test(token)).sort();
const commandLinks = (text: string): string[] => [...text.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1]!).sort();

/** Every language that ships, by its bundle files. */
function languagesOf(prefix: string, folder: string): string[] {
  return readdirSync(folder)
    .map((name) => new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.([a-z]{2}(?:-[a-z]+)?)\\.json$`).exec(name)?.[1])
    .filter((language): language is string => language !== undefined);
}

function assertSameShape(english: Readonly<Record<string, string>>, translated: Readonly<Record<string, string>>, what: string): void {
  const missing = Object.keys(english).filter((key) => !(key in translated));
  const extra = Object.keys(translated).filter((key) => !(key in english));
  assert.deepEqual(missing, [], `${what} lacks keys English has`);
  assert.deepEqual(extra, [], `${what} has keys English lacks`);
  for (const [key, text] of Object.entries(english)) {
    const translation = translated[key]!;
    assert.ok(translation.trim() !== '', `${what}: "${key}" is empty`);
    const expected = placeholders(text).filter((token) => !token.startsWith('`'));
    assert.deepEqual(placeholders(translation).filter((token) => !token.startsWith('`')), expected, `${what}: "${key}" breaks a placeholder`);
    assert.deepEqual(commandLinks(translation), commandLinks(text), `${what}: "${key}" changes a link target`);
  }
}

describe('translations', () => {
  it('l10n/bundle.l10n.json holds exactly the messages in the source (run `npm run l10n` after changing one)', () => {
    const { messages, problems } = extractMessages(PROJECT_ROOT);
    assert.deepEqual(problems, [], 'every message is a plain string literal');
    assert.ok(messages.length > 300, `only ${messages.length} messages found`);
    assert.equal(readFileSync(path.join(L10N, 'bundle.l10n.json'), 'utf8'), englishBundle(messages));
  });

  const languages = languagesOf('bundle.l10n', L10N);

  it('ships German, at least', () => {
    assert.ok(languages.includes('de'), languages.join(', '));
  });

  for (const language of languages) {
    it(`${language}: the message bundle has every key English has, no other, and keeps every placeholder`, () => {
      assertSameShape(readJson(path.join(L10N, 'bundle.l10n.json')), readJson(path.join(L10N, `bundle.l10n.${language}.json`)), `bundle.l10n.${language}.json`);
    });

    it(`${language}: the manifest strings match package.nls.json`, () => {
      assertSameShape(readJson(path.join(PROJECT_ROOT, 'package.nls.json')), readJson(path.join(PROJECT_ROOT, `package.nls.${language}.json`)), `package.nls.${language}.json`);
    });

    it(`${language}: the built-in questionnaire has the same ids, poles, version and bands`, () => {
      const translated = loadQuestionnaire(readFileSync(path.join(PROJECT_ROOT, 'questionnaires', `default.${language}.yaml`), 'utf8'));
      assert.ok(translated.ok, translated.ok ? '' : JSON.stringify(translated.problems));
      const shape = (questionnaire: typeof DEFAULT_QUESTIONNAIRE) => ({
        id: questionnaire.id,
        version: questionnaire.version,
        scale: questionnaire.scale.map((choice) => choice.value),
        energy: questionnaire.energy.map((choice) => choice.value),
        dimensions: questionnaire.dimensions.map((dimension) => ({ id: dimension.id, items: dimension.items.map((item) => [item.id, item.pole]) })),
        allocation: questionnaire.allocation.map((bucket) => bucket.id),
        prompts: questionnaire.prompts.map((prompt) => prompt.id),
        bands: questionnaire.bands,
      });
      assert.deepEqual(shape(translated.questionnaire), shape(DEFAULT_QUESTIONNAIRE));
      assert.notEqual(translated.questionnaire.dimensions[0]!.title, DEFAULT_QUESTIONNAIRE.dimensions[0]!.title, 'it is translated');
    });
  }

  it('German speaks to the person as "du" throughout, as the form does, never as "Sie"', () => {
    // "Sie" and "Ihr" also mean "it", "they" and "its"; a formal imperative ("Kürzen Sie") or a formal
    // "your" where the English says "your" is the person being addressed.
    const bundles = [
      [readJson(path.join(L10N, 'bundle.l10n.json')), readJson(path.join(L10N, 'bundle.l10n.de.json'))],
      [readJson(path.join(PROJECT_ROOT, 'package.nls.json')), readJson(path.join(PROJECT_ROOT, 'package.nls.de.json'))],
    ];
    const formal = bundles.flatMap(([english, german]) =>
      Object.entries(german!).filter(([key, text]) => /\b[a-zäöüß]+en Sie\b/.test(text) || (/\byour\b/i.test(english![key] ?? key) && /\bIhre?[mnrs]?\b/.test(text))),
    );
    assert.deepEqual(formal.map(([, text]) => text), []);
  });

  it('German keeps a number with its unit: a no-break space before % and Std., so a narrow sidebar never splits them', () => {
    const german = readJson(path.join(L10N, 'bundle.l10n.de.json'));
    assert.deepEqual(Object.values(german).filter((text) => /\} (?:%|Std\.|Min\.)/.test(text)), []);
  });

  it('the manifest uses a %key% for every key in package.nls.json, and every %key% it uses exists', () => {
    const manifest = readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8');
    const keys = Object.keys(readJson(path.join(PROJECT_ROOT, 'package.nls.json')));
    const used = [...new Set([...manifest.matchAll(/"%([\w.-]+)%"/g)].map((match) => match[1]!))];
    assert.deepEqual(used.filter((key) => !keys.includes(key)), []);
    assert.deepEqual(keys.filter((key) => !used.includes(key)), []);
  });

  it('fills placeholders by position, and leaves one without an argument as it is', () => {
    assert.equal(formatMessage('{1} then {0}, {2}', ['a', 2], 'en'), '2 then a, {2}');
    assert.equal(translatorFor({ 'Hello {0}': 'Hallo {0}' }, 'de')('Hello {0}', 'Sam'), 'Hallo Sam');
    assert.equal(translatorFor({}, 'en')('Untranslated {0}', 1), 'Untranslated 1');
  });

  it('writes numbers the way the language writes them', () => {
    const german = translatorFor({ 'Energy averaged {0} of {1}': 'Die Energie lag im Schnitt bei {0} von {1}' }, 'de');
    assert.equal(german('Energy averaged {0} of {1}', 3.4, 20_000), 'Die Energie lag im Schnitt bei 3,4 von 20.000');
    assert.equal(english('Energy averaged {0} of {1}', 3.4, 20_000), 'Energy averaged 3.4 of 20,000');
    assert.equal(withNumbersIn('de', (message, ...args) => `${message}: ${args.join(' ')}`)('x', 0.25, 'y'), 'x: 0,25 y');
  });

  describe('a German note', () => {
    const german = translatorFor(readJson(path.join(L10N, 'bundle.l10n.de.json')), 'de');
    const previous = generateNote(day('2026-11-20'), 2, 2).reflection;
    const note = generateNote(day('2026-11-27'), 3, 1, { previous, role: 'tech-lead' });

    it('has a German body and front matter identical to the English note\'s', () => {
      const englishText = renderReflectionMarkdown(note.reflection, DEFAULT_QUESTIONNAIRE, previous, english);
      const germanText = renderReflectionMarkdown(note.reflection, DEFAULT_QUESTIONNAIRE, previous, german);
      const frontMatter = (text: string) => {
        const parsed = parseFrontMatter(text);
        assert.ok(parsed.ok);
        return parsed.data;
      };
      assert.deepEqual(frontMatter(germanText), frontMatter(englishText));
      assert.equal(germanText.split('\n---\n')[0], englishText.split('\n---\n')[0], 'byte for byte');
      assert.match(germanText, /^# Lead Review 2026-W48$/m);
      assert.match(germanText, /^## Die sieben Gegensätze$/m);
      assert.match(germanText, /^## Seit dem letzten Mal$/m);
      assert.match(germanText, /Führen \d+, Managen \d+ \(von 100\)/);
    });

    it('makes a German trend report over notes written in either language', () => {
      const entries = buildHistory([note].map((entry) => readHistoryFile(entry.fileName, entry.text))).entries;
      const report = renderTrendReport(entries, EVERYTHING, DEFAULT_QUESTIONNAIRE, { chartFile: null, includeFreeText: false, role: 'tech-lead', today: day('2026-11-28'), t: german });
      assert.match(report, /^# Lead-Review-Trendbericht: gesamter Zeitraum$/m);
      assert.match(report, /^> \*\*Geteilt:\*\* nur Werte und Muster\./m);
    });

    it('writes German nouns capitalised and numbers with a decimal comma in the report', () => {
      const loaded = loadQuestionnaire(readFileSync(path.join(PROJECT_ROOT, 'questionnaires', 'default.de.yaml'), 'utf8'));
      assert.ok(loaded.ok);
      const germanQuestionnaire = loaded.questionnaire;
      const uneven = [generateNote(day('2026-11-13'), 2, 2, { draft: { energy: 3 } }), generateNote(day('2026-11-20'), 3, 1, { draft: { energy: 4 } })];
      const entries = buildHistory(uneven.map((entry) => readHistoryFile(entry.fileName, entry.text))).entries;
      const report = renderTrendReport(entries, EVERYTHING, germanQuestionnaire, { chartFile: null, includeFreeText: false, role: 'tech-lead', today: day('2026-11-28'), t: german });
      assert.match(report, /\| 3,5\/5 \|/, 'the mean energy with a decimal comma');
      assert.match(report, /Menschen 30\s%/, 'a noun keeps its capital, a share its German spacing (a no-break space)');
      assert.doesNotMatch(report, /menschen|prozesse|\d\.\d\/5/);
    });
  });
});
