import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/platform/commandIds';
import registry from '../../src/platform/chunks/registry.json';
import { PROJECT_ROOT } from '../support/paths';

const read = (file: string): string => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

describe('the one map of each kind', () => {
  it('names every command package.json contributes, and no other', () => {
    const manifest = JSON.parse(read('package.json')) as { contributes: { commands: { command: string }[] } };
    assert.deepEqual(Object.values(COMMANDS).sort(), manifest.contributes.commands.map((entry) => entry.command).sort());
  });

  it('has no command id typed as a string outside the map', () => {
    for (const file of ['src/host/commands.ts', 'src/host/sidebar/questionnaireView.ts', 'src/features/reminder/reminderStatus.ts', 'src/host/outcomeMessages.ts']) {
      assert.doesNotMatch(read(file), /'leadReview\.(openQuestionnaire|writeReflection|openLatestReflection|discardDraft|writeTrendReport|commitReflection|customizeQuestionnaire|readPrivateText)'/, file);
    }
  });

  it('loads, builds and ships every chunk the registry lists', () => {
    const nodeLoader = read('src/platform/chunks/nodeChunks.ts');
    const ignore = read('.vscodeignore');
    for (const chunk of registry.chunks) {
      assert.ok(read(chunk.entry).includes('export const chunk'), `${chunk.entry} exports its chunk`);
      assert.ok(nodeLoader.includes(`require('./${chunk.file}')`) || chunk.name === 'yaml', `nodeChunks.ts requires ${chunk.file}`);
      assert.ok(ignore.includes(`!dist/${chunk.file}`), `.vscodeignore ships dist/${chunk.file}`);
    }
  });
});
