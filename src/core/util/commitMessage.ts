/** Placeholders `leadReview.git.commitMessage` may use. Keep in sync with package.json. */
export interface CommitMessageValues {
  readonly period: string;
  readonly stance: string;
  readonly leading: number | string;
  readonly managing: number | string;
  readonly file: string;
}

export const DEFAULT_COMMIT_MESSAGE = 'Lead review ${period}: ${stance} (leading ${leading}, managing ${managing})';

/** Fills `${period}`-style placeholders; unknown ones stay as typed, so a typo is visible, not silent. */
export function renderCommitMessage(template: string, values: CommitMessageValues): string {
  const source = template.trim() === '' ? DEFAULT_COMMIT_MESSAGE : template;
  return source.replace(/\$\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name as keyof CommitMessageValues]) : placeholder,
  );
}
