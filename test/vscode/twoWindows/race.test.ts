import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview, completeDraft, pause, readText, writeReflection } from '../helpers';

const ROUNDS = 20;
const side = process.env.LEAD_REVIEW_WINDOW === 'b' ? 'b' : 'a';
const other = side === 'a' ? 'b' : 'a';
const meetingPlace = process.env.LEAD_REVIEW_MEETING_DIR ?? '';

/**
 * Both windows reach `label`, then both go on at one wall-clock instant that window a picks, so
 * their writes start within a few milliseconds of each other (same machine, same clock).
 */
async function meet(label: string): Promise<void> {
  writeFileSync(path.join(meetingPlace, `${side}-${label}`), '');
  const mark = path.join(meetingPlace, `${other}-${label}`);
  const goFile = path.join(meetingPlace, `go-${label}`);
  const deadline = Date.now() + 120_000;
  while (!existsSync(mark) || (side === 'b' && !existsSync(goFile))) {
    assert.ok(Date.now() < deadline, `window ${other} never reached ${label}`);
    if (side === 'a' && existsSync(mark) && !existsSync(goFile)) {
      writeFileSync(goFile, String(Date.now() + 250));
    }
    await pause(5);
  }
  if (side === 'a' && !existsSync(goFile)) {
    writeFileSync(goFile, String(Date.now() + 250));
  }
  const at = Number(readFileSync(goFile, 'utf8'));
  await pause(Math.max(0, at - Date.now()));
}

/** Whenever this window is asked what to do about an existing note, it saves a second one. */
function alwaysSaveASecondNote(api: LeadReviewTestApi): vscode.Disposable {
  return api.onDidShowPrompt(async (id) => {
    if (id === 'existingNote') {
      await pause(200);
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
  });
}

describe(`Two windows on one workspace (window ${side})`, function () {
  this.timeout(600_000);

  it(`keeps both notes when both windows write the same period at the same moment, ${ROUNDS} times`, async () => {
    assert.ok(meetingPlace, 'LEAD_REVIEW_MEETING_DIR names the folder both windows share');
    const api = await activateLeadReview();
    await api.startupWork();
    const answering = alwaysSaveASecondNote(api);
    const written: vscode.Uri[] = [];
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        const marker = `window ${side}, round ${round}`;
        await api.drafts.replace(completeDraft({ notes: { led: marker } }));
        await meet(`round-${round}`);
        const outcome = await writeReflection();
        assert.equal(outcome.kind, 'written', `round ${round}: ${JSON.stringify(outcome)}`);
        assert.ok(outcome.kind === 'written');
        written.push(outcome.uri);
      }
      await meet('done');
    } finally {
      answering.dispose();
    }
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'reflections');
    const notes = await Promise.all(
      (await vscode.workspace.fs.readDirectory(folder)).filter(([name]) => name.endsWith('.md')).map(([name]) => readText(vscode.Uri.joinPath(folder, name))),
    );
    for (let round = 1; round <= ROUNDS; round++) {
      const marker = `window ${side}, round ${round}\n`;
      const holding = notes.filter((text) => text.includes(marker));
      assert.equal(holding.length, 1, `"${marker.trim()}" is in ${holding.length} notes, not exactly one: a note was lost or doubled`);
      assert.ok((await readText(written[round - 1]!)).includes(marker), `round ${round}: the note this window said it wrote holds another window's answers`);
    }
  });
});
