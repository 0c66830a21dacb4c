import * as assert from 'node:assert/strict';
import { DEFAULT_RULES, makeClassifier } from '../../../../src/core/evidence/classify';
import { loadRules } from '../../../../src/core/evidence/rulesFile';
import { calendarShares, classifiedHours } from '../../../../src/core/evidence/shares';
import { resolveZoneId } from '../../../../src/core/evidence/zones';
import { wallToEpoch } from '../../../../src/core/evidence/zoneClock';

const AREAS = ['people', 'process', 'technical', 'direction'];

describe('classification rules', () => {
  const classifier = makeClassifier(DEFAULT_RULES);

  it('places 1:1s, stand-ups, design reviews and focus blocks by default, as whole words in any case', () => {
    assert.equal(classifier.classify('1:1 Priya / Lead'), 'people');
    assert.equal(classifier.classify('Weekly One-on-One with Sam'), 'people');
    assert.equal(classifier.classify('Team Stand up'), 'process');
    assert.equal(classifier.classify('Sprint Retrospective'), 'process');
    assert.equal(classifier.classify('Design review: payments'), 'direction');
    assert.equal(classifier.classify('Focus time'), 'technical');
    assert.equal(classifier.classify('Fokuszeit'), 'technical');
  });

  it('counts what no rule places as other, and never matches inside a word', () => {
    assert.equal(classifier.classify('Vendor call'), 'other');
    assert.equal(classifier.classify('Statusbericht lesen'), 'other', '"status" is not a word of "Statusbericht"');
    assert.equal(classifier.classify(''), 'other');
  });

  it('puts a team\'s rules before the defaults, and drops the defaults when asked', () => {
    const loaded = loadRules('rules:\n  - area: people\n    match: [coffee chat, "sync"]\n', AREAS);
    assert.ok(loaded.ok);
    const team = makeClassifier(loaded.rules);
    assert.equal(team.classify('Coffee-chat with Ana'), 'people');
    assert.equal(team.classify('Platform sync'), 'people', 'the team rule wins over the default process rule');
    assert.equal(team.classify('Focus time'), 'technical', 'the defaults still follow');
    const only = loadRules('defaults: false\nrules:\n  - area: process\n    match: [ops]\n', AREAS);
    assert.ok(only.ok);
    assert.equal(makeClassifier(only.rules).classify('Focus time'), 'other');
  });

  it('reports every problem in a rules file with its line: unknown fields, unknown areas, empty lists, bad YAML', () => {
    const loaded = loadRules('defaults: maybe\nrules:\n  - area: meetings\n    match: [x]\n  - area: people\n    match: []\n    colour: red\n', AREAS);
    assert.ok(!loaded.ok);
    const lines = loaded.problems.map((problem) => `${problem.line}: ${problem.message}`);
    assert.equal(lines.length, 4, lines.join('\n'));
    assert.match(lines[0]!, /^1: "defaults" must be true or false/);
    assert.ok(lines.some((line) => /^3: The area "meetings" may only hold one of: people, process, technical, direction, other/.test(line)), lines.join('\n'));
    assert.ok(lines.some((line) => /^7: Unknown field "colour"/.test(line)), lines.join('\n'));
    assert.ok(lines.some((line) => /^6: "match" must be a non-empty list/.test(line)), lines.join('\n'));
    const broken = loadRules('rules: [\n', AREAS);
    assert.ok(!broken.ok && broken.problems.length > 0);
  });
});

describe('calendar shares', () => {
  it('turns classified hours into whole numbers that add up to 100, leaving out other', () => {
    const shares = calendarShares({ hours: { people: 1, process: 1, technical: 1, other: 5 } }, AREAS)!;
    assert.deepEqual(shares, { people: 34, process: 33, technical: 33, direction: 0 });
    assert.equal(Object.values(shares).reduce((a, b) => a + b, 0), 100);
    assert.equal(classifiedHours({ hours: { people: 1, process: 1, technical: 1, other: 5 } }, AREAS), 3);
  });

  it('adds up to 100 for any hours', () => {
    for (let seed = 1; seed < 500; seed++) {
      const hours = Object.fromEntries(AREAS.map((area, index) => [area, ((seed * (index + 3) * 7919) % 97) / 4]));
      const shares = calendarShares({ hours }, AREAS);
      if (shares) {
        assert.equal(Object.values(shares).reduce((a, b) => a + b, 0), 100, JSON.stringify(hours));
      }
    }
  });

  it('offers nothing when no hour was classified', () => {
    assert.equal(calendarShares({ hours: { other: 4 } }, AREAS), null);
  });
});

describe('time zones', () => {
  it('knows IANA names, names at the end of a path, Windows ids and OWA display names', () => {
    assert.equal(resolveZoneId('Europe/Berlin'), 'Europe/Berlin');
    assert.equal(resolveZoneId('/mozilla.org/20050126_1/America/New_York'), 'America/New_York');
    assert.equal(resolveZoneId('W. Europe Standard Time'), 'Europe/Berlin');
    assert.equal(resolveZoneId('"Pacific Standard Time"'), 'America/Los_Angeles');
    assert.equal(resolveZoneId('(UTC-05:00) Eastern Time (US & Canada)'), 'America/New_York');
    assert.equal(resolveZoneId('(UTC+09:00) Osaka, Sapporo, Tokyo'), 'Asia/Tokyo');
  });

  it('refuses a display name whose stated offset does not fit the zone, and names nobody knows', () => {
    assert.equal(resolveZoneId('(UTC+03:00) Berlin'), null);
    assert.equal(resolveZoneId('Customized Time Zone'), null);
    assert.equal(resolveZoneId('Mars/Olympus_Mons'), null);
  });

  it('moves a time in the spring gap forward and takes the earlier of two autumn instants', () => {
    const gap = wallToEpoch('Europe/Berlin', { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 });
    assert.equal(new Date(gap).toISOString(), '2026-03-29T01:30:00.000Z');
    const overlap = wallToEpoch('Europe/Berlin', { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 });
    assert.equal(new Date(overlap).toISOString(), '2026-10-25T00:30:00.000Z');
    const after = wallToEpoch('Europe/Berlin', { year: 2026, month: 3, day: 29, hour: 10, minute: 0, second: 0 });
    assert.equal(new Date(after).toISOString(), '2026-03-29T08:00:00.000Z');
  });
});
