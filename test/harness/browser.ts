import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, requireSystemPackages } from './systemPackages';

/** Debian's Chromium, headless; as root the sandbox must be off, and the closed network wants the rest. */
export async function launchChromium(): Promise<Browser> {
  requireSystemPackages('run');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
