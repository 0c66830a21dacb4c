/**
 * Which allocation area a calendar event's time went to, by its title. The first rule whose
 * phrase the title holds, as whole words, wins; a team's own rules come before the defaults.
 */
import { OTHER_AREA } from './model';

export interface ClassificationRule {
  readonly area: string;
  /** Phrases, matched case-insensitively as whole words. */
  readonly match: readonly string[];
}

/** Sensible defaults for the four built-in areas, in English and German. */
export const DEFAULT_RULES: readonly ClassificationRule[] = [
  { area: 'people', match: ['1:1', '1-1', '1on1', '1-on-1', 'one on one', 'one-on-one', 'mentoring', 'coaching', 'career', 'feedback', 'onboarding', 'interview', 'Mitarbeitergespräch', 'Einzelgespräch'] },
  { area: 'direction', match: ['design review', 'architecture', 'architectural', 'roadmap', 'strategy', 'strategic', 'vision', 'OKR', 'OKRs', 'RFC', 'ADR', 'tech radar', 'Architektur', 'Strategie'] },
  { area: 'process', match: ['stand-up', 'standup', 'stand up', 'daily', 'daily scrum', 'planning', 'sprint', 'refinement', 'grooming', 'backlog', 'retro', 'retrospective', 'status', 'status update', 'sync', 'review meeting', 'ops review', 'Planung', 'Abstimmung'] },
  { area: 'technical', match: ['focus', 'focus time', 'coding', 'code', 'deep work', 'heads down', 'pairing', 'pair programming', 'mob programming', 'debugging', 'incident', 'on-call', 'Fokuszeit', 'Fokus'] },
];

export interface Classifier {
  /** The area for a title, or `other`. */
  classify(title: string): string;
}

/** A classifier over rules in order; the patterns are built once, not per event. */
export function makeClassifier(rules: readonly ClassificationRule[]): Classifier {
  const compiled = rules
    .filter((rule) => rule.match.length > 0)
    .map((rule) => ({ area: rule.area, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.match.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu') }));
  const cache = new Map<string, string>();
  return {
    classify(title: string): string {
      let area = cache.get(title);
      if (area === undefined) {
        area = compiled.find((rule) => rule.pattern.test(title))?.area ?? OTHER_AREA;
        cache.set(title, area);
      }
      return area;
    },
  };
}

/** A phrase as a pattern: its spaces and hyphens match either, so "stand-up" finds "stand up". */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+');
}
