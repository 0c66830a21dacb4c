import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { addDays, formatLocalDate, localDateOf } from '../../../src/core/time/localDate';
import type { LeadReviewTestApi } from '../../../src/extension';
import type { PacketOutcome } from '../../../src/features/review/reviewPacket';
import { generateNote } from '../../support/notes';
import { activateLeadReview, answerNextPrompt, completeDraft, pause, writeReflection } from '../helpers';
import { configure, initRepository, useNotesFolder, workspaceRoot } from './gitRepositories';

const SECRET = 'Coached Mia through her first incident, privately.';

/** Waits for the moments list, ticks the items at `positions` with the keyboard, and accepts. */
function pickMoments(api: LeadReviewTestApi, positions: readonly number[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const listener = api.onDidShowPrompt(async (id) => {
      if (id !== 'packetMoments') {
        return;
      }
      listener.dispose();
      try {
        await pause(300);
        // A list that picks many starts with nothing active: the first move activates the first item.
        let at = -1;
        for (const position of positions) {
          for (; at < position; at++) {
            await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
          }
          await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
        }
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Accepts the item `downs` below the first when the prompt `id` shows, whatever shows before it. */
function answerWhen(api: LeadReviewTestApi, id: string, downs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const listener = api.onDidShowPrompt(async (shown) => {
      if (shown !== id) {
        return;
      }
      listener.dispose();
      try {
        await pause(300);
        for (let step = 0; step < downs; step++) {
          await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
        }
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

describe('Write Review Packet', () => {
  let api: LeadReviewTestApi;
  const folder = path.join(workspaceRoot(), 'packet-notes');
  const today = localDateOf(new Date());
  const range = { from: formatLocalDate(addDays(today, -20)), to: formatLocalDate(today) };

  before(async () => {
    api = await activateLeadReview();
    mkdirSync(folder, { recursive: true });
    await useNotesFolder('packet-notes');
    for (const back of [14, 7]) {
      const note = generateNote(addDays(today, -back), 3, 1, { draft: { notes: { led: `Open moment ${back} days ago: ran the incident review | calmly`, managed: '', differently: '', focus: '' } } });
      writeFileSync(path.join(folder, note.fileName), note.text);
    }
    await configure('privateText', 'encrypted');
    await api.usePassphrase('a packet of private moments');
    await api.drafts.replace(completeDraft({ notes: { led: SECRET, managed: '', differently: '', focus: '' } }));
    assert.equal((await writeReflection()).kind, 'written');
    await configure('privateText', undefined);
  });

  after(async () => {
    await configure('folder', undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves a private moment out until it is unlocked and picked, and then writes under a name git ignores, saying so at the top', async () => {
    const unlocked = answerNextPrompt(api, 'packetPrivate', { downs: 0 });
    const picked = pickMoments(api, [0, 2]);
    const outcome = await vscode.commands.executeCommand<PacketOutcome>('leadReview.writeReviewPacket', range);
    await Promise.all([unlocked, picked]);
    assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
    const written = outcome as Extract<PacketOutcome, { kind: 'written' }>;
    assert.match(written.uri.path, /\/reviews\/packet-[\d-]+_[\d-]+\.private\.md$/);
    const markdown = readFileSync(written.uri.fsPath, 'utf8');
    assert.match(markdown, /^# Review packet: .*\n\n> \*\*This packet holds private text\.\*\*/);
    assert.ok(markdown.includes(`> ${SECRET}`), 'the picked private moment is quoted from its unlocked text');
    assert.ok(markdown.includes('Open moment 14 days ago: ran the incident review \\| calmly'), 'the first open moment is quoted');
    assert.ok(!markdown.includes('Open moment 7 days ago'), 'a moment not picked is not quoted');
    assert.ok(written.html, 'with no repository around it, nothing can commit the print version');
    const html = readFileSync(written.html.fsPath, 'utf8');
    assert.ok(!/<script/i.test(html));
    assert.ok(existsSync(written.uri.fsPath.replace(/\.md$/, '.svg')), 'the chart the packet shows is beside it');
  });

  it('in a repository, writes a private packet only where git ignores it, and leaves out a print version git would commit', async () => {
    initRepository(folder);
    try {
      writeFileSync(path.join(folder, '.gitignore'), '');
      const refused = [answerWhen(api, 'packetPrivate', 0), pickMoments(api, [2])];
      const notWritten = await vscode.commands.executeCommand<PacketOutcome>('leadReview.writeReviewPacket', range);
      await Promise.all(refused);
      assert.equal(notWritten.kind, 'notWritten');
      assert.match(JSON.stringify(notWritten), /Git would commit packet-notes\/reviews\/packet-.*\.private\.md, so the packet with private text was not written/);

      writeFileSync(path.join(folder, '.gitignore'), '*.private.md\n');
      const asked = [answerWhen(api, 'packetPrivate', 0), pickMoments(api, [2]), answerWhen(api, 'existingPacket', 0)];
      const outcome = await vscode.commands.executeCommand<PacketOutcome>('leadReview.writeReviewPacket', range);
      await Promise.all(asked);
      assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
      const written = outcome as Extract<PacketOutcome, { kind: 'written' }>;
      assert.equal(written.html, null, 'git would commit a .private.html here, so it is not written');
      assert.ok(readFileSync(written.uri.fsPath, 'utf8').includes(SECRET));
    } finally {
      rmSync(path.join(folder, '.git'), { recursive: true, force: true });
      rmSync(path.join(folder, '.gitignore'), { force: true });
    }
  });

  it('offers no private moment when they are left out', async () => {
    const left = answerNextPrompt(api, 'packetPrivate', { downs: 1 });
    const picked = pickMoments(api, [0, 1]);
    const outcome = await vscode.commands.executeCommand<PacketOutcome>('leadReview.writeReviewPacket', range);
    await Promise.all([left, picked]);
    assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
    const markdown = readFileSync((outcome as Extract<PacketOutcome, { kind: 'written' }>).uri.fsPath, 'utf8');
    assert.ok(!markdown.includes(SECRET), 'the private moment was never offered, so it is not quoted');
    assert.ok(markdown.includes('Open moment 14 days ago') && markdown.includes('Open moment 7 days ago'), 'both open moments were offered and picked');
    assert.ok(!markdown.includes('This packet holds private text'));
  });
});
