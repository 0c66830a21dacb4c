import * as vscode from 'vscode';
import { calendarTextKind, formatBytes, MAX_CALENDAR_BYTES } from '../../core/evidence/calendarText';
import { readText } from '../../platform/storage/files';

/** SecretStorage's name for the feed address, which often holds a secret token. */
export const FEED_SECRET = 'leadReview.calendarFeed';
const FEED_TIMEOUT_MS = 15_000;
/** A copy younger than this is used without asking the server again. */
const FRESH_MS = 10 * 60_000;

export type FeedText =
  | { readonly kind: 'text'; readonly text: string; readonly origin: 'feed' | 'cache'; readonly fetchedAt: number; readonly problem: string | null }
  | { readonly kind: 'problem'; readonly message: string };

/**
 * An address a person may connect: `https://`, `webcal://` (read as https), or plain `http://`
 * to this machine only. `null` with the reason otherwise.
 */
export function feedAddress(text: string): { readonly ok: true; readonly address: string } | { readonly ok: false; readonly reason: string } {
  let url: URL;
  try {
    url = new URL(text.trim().replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    return { ok: false, reason: vscode.l10n.t('That is not a web address. Paste the calendar\'s secret address in iCal format, starting with https://.') };
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, reason: vscode.l10n.t('Lead Review fetches calendars over https only, so the address and its token are never sent in the clear.') };
  }
  return { ok: true, address: url.toString() };
}

/**
 * The connected feed's text: fetched in this (Node) host with a timeout, kept in the extension's
 * global storage, and that copy used, with its age, while the server cannot be reached.
 */
export class CalendarFeed {
  constructor(readonly storage: vscode.Uri) {}

  async read(address: string, now = Date.now()): Promise<FeedText> {
    const cached = await this.cached(address);
    if (cached && now - cached.fetchedAt < FRESH_MS) {
      return { kind: 'text', text: cached.text, origin: 'feed', fetchedAt: cached.fetchedAt, problem: null };
    }
    try {
      const text = await fetchCalendar(address);
      // A sign-in or error page must never replace a good copy.
      const kind = calendarTextKind(text);
      if (kind !== 'calendar') {
        throw new Error(kind === 'html' ? vscode.l10n.t('the address gave a web page, not a calendar (often a sign-in page)') : vscode.l10n.t('the address did not give an iCalendar file'));
      }
      await this.keep(address, text, now);
      return { kind: 'text', text, origin: 'feed', fetchedAt: now, problem: null };
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      return cached ? { kind: 'text', text: cached.text, origin: 'cache', fetchedAt: cached.fetchedAt, problem } : { kind: 'problem', message: vscode.l10n.t('The calendar feed could not be read: {0}', problem) };
    }
  }

  /** Removes the cached copy: the titles it holds go when the feed does. */
  async forget(): Promise<void> {
    for (const name of [CACHE_TEXT, CACHE_META]) {
      await Promise.resolve(vscode.workspace.fs.delete(vscode.Uri.joinPath(this.storage, name))).catch(() => undefined);
    }
  }

  private async cached(address: string): Promise<{ text: string; fetchedAt: number } | null> {
    try {
      const meta = JSON.parse(await readText(vscode.Uri.joinPath(this.storage, CACHE_META))) as { address?: unknown; fetchedAt?: unknown };
      if (meta.address !== (await digest(address)) || typeof meta.fetchedAt !== 'number') {
        return null;
      }
      return { text: await readText(vscode.Uri.joinPath(this.storage, CACHE_TEXT)), fetchedAt: meta.fetchedAt };
    } catch {
      return null;
    }
  }

  private async keep(address: string, text: string, fetchedAt: number): Promise<void> {
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, CACHE_TEXT), new TextEncoder().encode(text));
      // The address itself stays in SecretStorage; the cache names it only by its digest.
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, CACHE_META), new TextEncoder().encode(JSON.stringify({ address: await digest(address), fetchedAt })));
    } catch {
      // A cache that cannot be written only means the next offline start has no copy.
    }
  }
}

const CACHE_TEXT = 'calendar-feed.ics';
const CACHE_META = 'calendar-feed.json';

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function fetchCalendar(address: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(address, { signal: AbortSignal.timeout(FEED_TIMEOUT_MS), headers: { accept: 'text/calendar, text/plain;q=0.5' } });
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw new Error(name === 'TimeoutError' ? vscode.l10n.t('the server did not answer within {0} seconds', FEED_TIMEOUT_MS / 1000) : vscode.l10n.t('the server cannot be reached'), { cause: error });
  }
  if (!response.ok) {
    throw new Error(vscode.l10n.t('the server answered {0} {1}', response.status, response.statusText));
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_CALENDAR_BYTES) {
    await response.body?.cancel();
    throw new Error(tooLarge(declared));
  }
  const reader = response.body?.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > MAX_CALENDAR_BYTES) {
      await reader?.cancel();
      throw new Error(tooLarge(size));
    }
    parts.push(read.value);
  }
  const whole = new Uint8Array(size);
  parts.reduce((offset, part) => (whole.set(part, offset), offset + part.byteLength), 0);
  return new TextDecoder().decode(whole);
}

export function tooLarge(bytes: number): string {
  return vscode.l10n.t('it is {0}, and Lead Review reads calendars up to {1}', formatBytes(bytes), formatBytes(MAX_CALENDAR_BYTES));
}
