/** Every tier that writes a stats file; `npm test` reports a tier that wrote none as failed. */
export const IN_EDITOR_SUITES = ['folder', 'multiRoot', 'noFolder', 'noGit', 'custom', 'untrusted', 'packaged', 'web'] as const;

export const ALL_TIERS = ['unit', ...IN_EDITOR_SUITES.map((suite) => `vscode-${suite}`), 'ui'] as const;
