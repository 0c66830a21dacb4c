/** Every tier that writes a stats file; `npm test` reports a tier that wrote none as failed. */
export const IN_EDITOR_SUITES = ['folder', 'twoWindows', 'multiRoot', 'noFolder', 'noGit', 'custom', 'untrusted', 'packaged', 'web'] as const;

/** The two-window suite runs in two extension hosts at once, and each reports on its own. */
export const TWO_WINDOWS = ['a', 'b'] as const;

export const ALL_TIERS = [
  'unit',
  ...IN_EDITOR_SUITES.flatMap((suite) => (suite === 'twoWindows' ? TWO_WINDOWS.map((window) => `vscode-${suite}-${window}`) : [`vscode-${suite}`])),
  'ui',
] as const;
