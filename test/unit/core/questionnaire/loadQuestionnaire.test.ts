import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadQuestionnaire, QUESTIONNAIRE_FIELDS, type QuestionnaireProblem } from '../../../../src/core/questionnaire/loadQuestionnaire';
import { PROJECT_ROOT } from '../../../support/paths';
import { BUILTIN_YAML_PATH } from '../../../support/questionnaire';
import { SMALL } from '../../../support/questionnaireFixtures';

const BUILTIN = readFileSync(BUILTIN_YAML_PATH, 'utf8');


function problemsOf(text: string): QuestionnaireProblem[] {
  const loaded = loadQuestionnaire(text);
  assert.equal(loaded.ok, false, 'expected problems');
  return loaded.ok ? [] : [...loaded.problems];
}

function only(text: string): QuestionnaireProblem {
  const problems = problemsOf(text);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  return problems[0]!;
}

describe('loading a questionnaire file', () => {
  it('reads the built-in questionnaire with its three role presets', () => {
    const loaded = loadQuestionnaire(BUILTIN);
    assert.ok(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems));
    const { questionnaire } = loaded;
    assert.equal(`${questionnaire.id}@${questionnaire.version}`, 'lead-review/default@1');
    assert.equal(questionnaire.dimensions.length, 7);
    assert.deepEqual(Object.keys(questionnaire.bands), ['tech-lead', 'engineering-manager', 'staff-engineer']);
    assert.deepEqual(questionnaire.bands['tech-lead']?.allocation.technical, [30, 70]);
    assert.deepEqual(questionnaire.bands['engineering-manager']?.allocation.technical, [0, 15]);
    for (const bands of Object.values(questionnaire.bands)) {
      assert.deepEqual(Object.keys(bands.lean), questionnaire.dimensions.map((dimension) => dimension.id));
      assert.deepEqual(Object.keys(bands.allocation), questionnaire.allocation.map((bucket) => bucket.id));
    }
  });

  it('reads a small custom questionnaire, with no bands', () => {
    const loaded = loadQuestionnaire(SMALL);
    assert.ok(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems));
    assert.equal(loaded.questionnaire.id, 'acme/leads');
    assert.deepEqual(loaded.questionnaire.scale.map((choice) => [choice.value, choice.label]), [[0, 'Never'], [1, 'Seldom'], [2, 'Sometimes'], [3, 'Often'], [4, 'Always']]);
    assert.deepEqual(loaded.questionnaire.energy.map((choice) => choice.value), [1, 2, 3, 4, 5]);
    assert.equal(loaded.questionnaire.prompts[0]?.placeholder, '');
    assert.deepEqual(loaded.questionnaire.bands, {});
  });

  it('points at a YAML syntax error', () => {
    const problem = only(SMALL.replace('title: Acme lead check-in', 'title: [Acme lead'));
    assert.match(problem.message, /flow|sequence|indent|\]/i);
    assert.ok(problem.line >= 3);
  });

  it('names an unknown field at its key, with line and column', () => {
    const problem = only(SMALL.replace('    summary: Setting', '    sumary: oops\n    summary: Setting'));
    assert.match(problem.message, /Unknown field "sumary"/);
    assert.deepEqual([problem.line, problem.column], [9, 5]);
  });

  it('names an unknown top-level field', () => {
    const problem = only(`${SMALL}colour: blue\n`);
    assert.match(problem.message, /Unknown field "colour" in the questionnaire/);
    assert.equal(problem.line, 25);
  });

  it('finds a duplicate item id at the second one', () => {
    const problem = only(SMALL.replace('id: direction.manage', 'id: direction.lead'));
    assert.match(problem.message, /Duplicate item id "direction\.lead"/);
    assert.deepEqual([problem.line, problem.column], [14, 13]);
  });

  it('finds a dimension without a managing item', () => {
    const problem = only(SMALL.replace('pole: managing', 'pole: leading'));
    assert.match(problem.message, /Dimension "direction" has no managing item/);
    assert.equal(problem.line, 11);
  });

  it('finds an empty prompt', () => {
    const problem = only(SMALL.replace('label: Next focus', 'label: ""'));
    assert.match(problem.message, /prompt label must be non-empty text/);
    assert.equal(problem.line, 24);
  });

  for (const [version, why] of [['0', 'zero'], ['1.5', 'a fraction'], ['"two"', 'text'], ['-3', 'negative']] as const) {
    it(`refuses a version that is ${why}`, () => {
      const problem = only(SMALL.replace('version: 2', `version: ${version}`));
      assert.match(problem.message, /The version must be a whole number from 1 up/);
      assert.deepEqual([problem.line, problem.column], [2, 10]);
    });
  }

  it('reports every problem at once', () => {
    const problems = problemsOf(SMALL.replace('version: 2', 'version: 0').replace('pole: managing', 'pole: both').replace('label: People', 'label: ""'));
    assert.equal(problems.length, 4);
    assert.deepEqual(problems.map((problem) => problem.line).sort((a, b) => a - b), [2, 11, 15, 19]);
  });

  it('checks the scale has five labels', () => {
    assert.match(only(SMALL.replace('[Never, Seldom, Sometimes, Often, Always]', '[No, Yes]')).message, /exactly 5 labels/);
  });

  it('checks bands: known roles and ids, and ranges in bounds', () => {
    const withBands = (bands: string): string => `${SMALL}bands:\n${bands}`;
    assert.ok(loadQuestionnaire(withBands('  tech-lead:\n    lean:\n      direction: [-1, 2]\n    allocation:\n      code: [30, 70]\n')).ok);
    assert.match(only(withBands('  ceo:\n    lean: {}\n')).message, /Unknown field "ceo" in bands/);
    assert.match(only(withBands('  tech-lead:\n    lean:\n      vision: [0, 1]\n')).message, /Unknown field "vision"/);
    assert.match(only(withBands('  tech-lead:\n    lean:\n      direction: [3, 1]\n')).message, /\[min, max\] with -4 ≤ min ≤ max ≤ 4/);
    assert.match(only(withBands('  tech-lead:\n    allocation:\n      code: [50, 120]\n')).message, /0 ≤ min ≤ max ≤ 100/);
  });

  it('explains an empty file and a file that is a list', () => {
    assert.match(only('').message, /The file is empty/);
    assert.match(only('- id: x\n').message, /must be a mapping of fields/);
  });

  it('keeps the JSON Schema in step with the fields the loader accepts', () => {
    const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'schemas', 'questionnaire.schema.json'), 'utf8'));
    const keys = (node: { properties: object }): string[] => Object.keys(node.properties).sort();
    const dimension = schema.properties.dimensions.items;
    assert.deepEqual(keys(schema), [...QUESTIONNAIRE_FIELDS.root].sort());
    assert.deepEqual(keys(dimension), [...QUESTIONNAIRE_FIELDS.dimension].sort());
    assert.deepEqual(keys(dimension.properties.items.items), [...QUESTIONNAIRE_FIELDS.item].sort());
    assert.deepEqual(keys(schema.properties.allocation.items), [...QUESTIONNAIRE_FIELDS.bucket].sort());
    assert.deepEqual(keys(schema.properties.prompts.items), [...QUESTIONNAIRE_FIELDS.prompt].sort());
    assert.deepEqual(keys(schema.definitions.roleBands), [...QUESTIONNAIRE_FIELDS.roleBands].sort());
    assert.deepEqual(keys(schema.properties.bands), ['engineering-manager', 'staff-engineer', 'tech-lead']);
  });
});
