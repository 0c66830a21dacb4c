import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_DIR } from './paths';
import { BUILTIN_YAML_PATH } from './questionnaire';

/** A small, valid custom questionnaire that the cases below break one rule at a time. */
export const SMALL = `id: acme/leads
version: 2
title: Acme lead check-in
scale: [Never, Seldom, Sometimes, Often, Always]
energy: [Flat, Low, OK, Good, Great]
dimensions:
  - id: direction
    title: Direction
    summary: Setting where we go, or keeping us on the road.
    items:
      - id: direction.lead
        pole: leading
        text: I set a direction.
      - id: direction.manage
        pole: managing
        text: I tracked the plan.
allocation:
  - id: people
    label: People
  - id: code
    label: Code
prompts:
  - id: focus
    label: Next focus
`;

const withBands = (bands: string): string => `${SMALL}bands:\n${bands}`;

/**
 * Every questionnaire the loader is tested with that parses as YAML, valid or not, by name. The
 * schema test runs each through the loader and through the JSON Schema, which must agree.
 */
export const QUESTIONNAIRE_FIXTURES: Readonly<Record<string, string>> = {
  'the built-in questionnaire': readFileSync(BUILTIN_YAML_PATH, 'utf8'),
  'the custom fixture': readFileSync(path.join(FIXTURES_DIR, 'custom', '.lead-review', 'questionnaire.yaml'), 'utf8'),
  'a small one': SMALL,
  'valid bands': withBands('  tech-lead:\n    lean:\n      direction: [-1, 2]\n    allocation:\n      code: [30, 70]\n'),
  'an unknown field': SMALL.replace('    summary: Setting', '    sumary: oops\n    summary: Setting'),
  'an unknown top-level field': `${SMALL}colour: blue\n`,
  'a dimension without a managing item': SMALL.replace('pole: managing', 'pole: leading'),
  'a dimension without a leading item': SMALL.replace('pole: leading', 'pole: managing'),
  'a pole that is neither': SMALL.replace('pole: managing', 'pole: both'),
  'an empty prompt label': SMALL.replace('label: Next focus', 'label: ""'),
  'a blank prompt label': SMALL.replace('label: Next focus', 'label: "   "'),
  'a blank title': SMALL.replace('title: Acme lead check-in', 'title: "\\t "'),
  'a blank scale label': SMALL.replace('[Never, Seldom, Sometimes, Often, Always]', '[Never, " ", Sometimes, Often, Always]'),
  'a blank item text': SMALL.replace('text: I tracked the plan.', 'text: "  "'),
  'version zero': SMALL.replace('version: 2', 'version: 0'),
  'a fractional version': SMALL.replace('version: 2', 'version: 1.5'),
  'a version in words': SMALL.replace('version: 2', 'version: "two"'),
  'two scale labels': SMALL.replace('[Never, Seldom, Sometimes, Often, Always]', '[No, Yes]'),
  'an id with a space': SMALL.replace('id: direction.lead', 'id: direction lead'),
  'a questionnaire id with "@"': SMALL.replace('id: acme/leads', 'id: acme@leads'),
  'an unknown role': withBands('  ceo:\n    lean: {}\n'),
  'a lean band out of range': withBands('  tech-lead:\n    lean:\n      direction: [-6, 2]\n'),
  'a share band out of range': withBands('  tech-lead:\n    allocation:\n      code: [50, 120]\n'),
  'a band of three numbers': withBands('  tech-lead:\n    lean:\n      direction: [0, 1, 2]\n'),
  'a band with min above max': withBands('  tech-lead:\n    lean:\n      direction: [3, 1]\n'),
  'a band for an unknown contrast': withBands('  tech-lead:\n    lean:\n      vision: [0, 1]\n'),
  'a duplicate item id': SMALL.replace('id: direction.manage', 'id: direction.lead'),
  'an empty file': '',
  'a list': '- id: x\n',
};

/**
 * What JSON Schema draft-07 cannot say, so only the loader catches it: ids unique across a list,
 * `min ≤ max` inside a band, and band keys that must name this questionnaire's own contrasts.
 */
export const SCHEMA_CANNOT_EXPRESS: readonly string[] = ['a band with min above max', 'a band for an unknown contrast', 'a duplicate item id'];
