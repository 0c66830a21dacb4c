import { classifiedHours } from '../core/evidence/shares';
import { describeSkipped } from '../core/evidence/skipWords';
import type { Questionnaire } from '../core/questionnaire/questionnaire';
import type { CalendarView, EvidenceView, GitView } from '../shared/protocol';
import { h } from './dom';
import { t } from './l10n';

/** Made once, moved into each new form under "Where the time went". */
export const evidenceSlot = h('div', { class: 'evidence', 'data-testid': 'evidence' });

let shown: EvidenceView | null = null;
let context: { questionnaire: Questionnaire; onUse: (shares: Readonly<Record<string, number>>) => void } | null = null;

/** A new view from the host; painted where the form put the slot. */
export function showEvidence(view: EvidenceView): void {
  shown = view;
  paint();
}

/** The form's questionnaire and what "Use these shares" does, given each time the form is built. */
export function placeEvidence(questionnaire: Questionnaire, onUse: (shares: Readonly<Record<string, number>>) => void): HTMLElement {
  context = { questionnaire, onUse };
  paint();
  return evidenceSlot;
}

function paint(): void {
  if (!shown || !context) {
    evidenceSlot.replaceChildren();
    return;
  }
  evidenceSlot.replaceChildren(...calendarPart(shown.calendar, context.questionnaire, context.onUse), ...gitPart(shown.git));
}

function calendarPart(view: CalendarView, questionnaire: Questionnaire, onUse: (shares: Readonly<Record<string, number>>) => void): HTMLElement[] {
  switch (view.kind) {
    case 'off':
      return [h('p', { class: 'hint' }, t('To see your calendar beside these shares, set leadReview.evidence.calendar to an .ics file, or run Lead Review: Connect a Calendar Feed.'))];
    case 'loading':
      return [h('p', { class: 'hint loading' }, t('Reading your calendar…'))];
    case 'problem':
      return [h('p', { class: 'evidence-problem' }, view.message)];
    case 'ready':
      return readyCalendar(view, questionnaire, onUse);
  }
}

function readyCalendar(view: Extract<CalendarView, { kind: 'ready' }>, questionnaire: Questionnaire, onUse: (shares: Readonly<Record<string, number>>) => void): HTMLElement[] {
  const { evidence, shares } = view;
  const areas = questionnaire.allocation.map((bucket) => bucket.id);
  const notClassified = Math.round((evidence.scheduledHours - classifiedHours(evidence, areas)) * 10) / 10;
  const scheduled = t('Your calendar this period: {0} h scheduled, {1} h not classified', evidence.scheduledHours, notClassified);
  const split = shares ? t('; of the classified time, {0}.', questionnaire.allocation.map((bucket) => t('{0}% {1}', shares[bucket.id] ?? 0, bucket.label)).join(', ')) : '.';
  const parts: HTMLElement[] = [h('p', { class: 'evidence-summary', id: 'calendar-summary' }, scheduled + split)];
  if (shares) {
    const use = h('button', { type: 'button', class: 'secondary', id: 'use-calendar-shares', 'aria-describedby': 'calendar-summary' }, t('Use these shares'));
    use.addEventListener('click', () => onUse(shares));
    parts.push(h('p', { class: 'evidence-action' }, use, h('span', { class: 'hint' }, ' ' + t('You can still change every number.'))));
  }
  parts.push(h('p', { class: 'hint' }, sourceLine(view)));
  // Events in an unknown zone get their own warning below, with the zones named.
  const left = describeSkipped({ ...evidence.skipped, unknownTimeZone: 0 }, t);
  if (left) {
    parts.push(h('p', { class: 'hint' }, t('Left out: {0}.', left)));
  }
  if (evidence.skipped.unknownTimeZone > 0) {
    parts.push(h('p', { class: 'evidence-problem' }, t('{0} events in an unknown time zone were not counted: {1}.', evidence.skipped.unknownTimeZone, evidence.unknownZones.join(', '))));
  }
  if (evidence.malformed > 0) {
    parts.push(h('p', { class: 'evidence-problem' }, t('{0} events in the calendar could not be read and were skipped; the rest are counted.', evidence.malformed)));
  }
  if (evidence.unclassified.length > 0) {
    parts.push(
      h(
        'details',
        { class: 'unclassified' },
        h('summary', {}, t('Not classified ({0}), counted as other', evidence.unclassified.length)),
        h('ul', {}, ...evidence.unclassified.map((title) => h('li', {}, title))),
        h('p', { class: 'hint' }, t('Add rules for them in .lead-review/evidence.yaml. These titles stay on this machine.')),
      ),
    );
  }
  if (view.notice) {
    parts.push(h('p', { class: 'evidence-problem' }, view.notice));
  }
  return parts;
}

function sourceLine(view: Extract<CalendarView, { kind: 'ready' }>): string {
  if (view.origin === 'file') {
    return t('From the calendar file in leadReview.evidence.calendar.');
  }
  const minutes = Math.max(0, Math.round((Date.now() - (view.fetchedAt ?? Date.now())) / 60_000));
  const age = minutes < 60 ? t('{0} min ago', minutes) : minutes < 48 * 60 ? t('{0} h ago', Math.round(minutes / 60)) : t('{0} days ago', Math.round(minutes / 1440));
  return view.origin === 'cache' ? t('From the copy of your calendar feed fetched {0}: {1}.', age, view.feedProblem ?? '') : t('From your calendar feed, fetched {0}.', age);
}

function gitPart(view: GitView): HTMLElement[] {
  switch (view.kind) {
    case 'loading':
      return [];
    case 'unavailable':
      return [h('p', { class: 'hint' }, view.message)];
    case 'ready': {
      const { commits, coAuthored, docsShare } = view.figures;
      const docs = docsShare === null ? '' : ' ' + t('Docs, ADRs and RFCs: {0}% of the files you changed.', docsShare);
      return [h('p', { class: 'evidence-git', id: 'git-summary' }, t('Your commits this period: {0}, {1} with a co-author.', commits, coAuthored) + docs)];
    }
  }
}
