import { existsSync } from 'node:fs';

/** What the offline harness needs from Debian, and the file that proves each package is there. */
const REQUIREMENTS = [
  { pkg: 'chromium', file: '/usr/bin/chromium', neededFor: 'run' },
  { pkg: 'ripgrep', file: '/usr/bin/rg', neededFor: 'install' },
  { pkg: 'libkrb5-dev', file: '/usr/include/gssapi/gssapi.h', neededFor: 'install' },
] as const;

export const CHROMIUM_PATH = '/usr/bin/chromium';

export class MissingPackagesError extends Error {}

/** Fails with the one `apt-get install` line that fixes it. */
export function requireSystemPackages(stage: 'install' | 'run'): void {
  const missing = REQUIREMENTS.filter((entry) => (stage === 'install' || entry.neededFor === 'run') && !existsSync(entry.file));
  if (missing.length > 0) {
    throw new MissingPackagesError(
      `Missing system packages for the real-VS-Code tests: run \`apt-get install -y ${missing.map((entry) => entry.pkg).join(' ')}\``,
    );
  }
}
