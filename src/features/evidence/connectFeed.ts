import * as vscode from 'vscode';
import type { Asker } from '../../platform/asker';
import { feedAddress } from './calendarFeed';
import { feedsNeedNode, type CalendarSource } from './calendarSource';

export type FeedOutcome =
  | { readonly kind: 'connected' }
  | { readonly kind: 'disconnected' }
  | { readonly kind: 'cancelled' }
  /** Nothing changed; `reason` says why. */
  | { readonly kind: 'notConnected'; readonly reason: string };

/**
 * Connect a Calendar Feed: the address is asked for as hidden text, checked, and kept in
 * SecretStorage, never in settings or notes. An address passed in (by another extension or a
 * test) is checked the same way. With a feed connected, the person may replace or disconnect it.
 */
export async function connectCalendarFeed(source: CalendarSource, asker: Asker, given?: string): Promise<FeedOutcome> {
  if (!source.canUseFeeds) {
    return { kind: 'notConnected', reason: feedsNeedNode() };
  }
  if (given === undefined && (await source.connected())) {
    const replace = { label: vscode.l10n.t('Connect another feed'), action: 'replace' as const };
    const remove = { label: vscode.l10n.t('Disconnect the feed'), description: vscode.l10n.t('and delete its cached copy'), action: 'disconnect' as const };
    const chosen = await asker.pick('feedAction', [replace, remove], vscode.l10n.t('A calendar feed is connected'));
    if (!chosen) {
      return { kind: 'cancelled' };
    }
    if (chosen.action === 'disconnect') {
      await source.disconnect();
      return { kind: 'disconnected' };
    }
  }
  const address =
    given ??
    (await asker.passphrase('feedAddress', vscode.l10n.t('Connect a Calendar Feed'), vscode.l10n.t("Your calendar's secret address in iCal format. It is kept in VS Code's secret storage on this machine."), (value) => {
      const checked = feedAddress(value);
      return checked.ok ? undefined : checked.reason;
    }));
  if (address === undefined) {
    return { kind: 'cancelled' };
  }
  const refused = await source.connect(address);
  return refused ? { kind: 'notConnected', reason: refused } : { kind: 'connected' };
}
