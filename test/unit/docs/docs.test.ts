import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../support/paths';

const README_LIMIT = 12 * 1024;

function checkLinks(root: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'check-links.mjs'), root], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Every folder below `folder` that holds a file, relative to the project. */
function foldersWithFiles(folder: string): string[] {
  const entries = readdirSync(folder);
  const here = entries.some((name) => statSync(path.join(folder, name)).isFile()) ? [path.relative(PROJECT_ROOT, folder)] : [];
  return [...here, ...entries.filter((name) => statSync(path.join(folder, name)).isDirectory()).flatMap((name) => foldersWithFiles(path.join(folder, name)))];
}

describe('the docs a newcomer reads', function () {
  this.timeout(60_000);

  it(`keep the README under ${README_LIMIT / 1024} KB`, () => {
    const size = Buffer.byteLength(readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8'));
    assert.ok(size <= README_LIMIT, `README.md is ${size} bytes`);
  });

  it('resolve every relative link in README, CONTRIBUTING and docs/, headings in other files included', () => {
    const { status, output } = checkLinks(PROJECT_ROOT);
    assert.equal(status, 0, output);
  });

  it('and the link check bites: a missing file, a missing heading, a missing heading in another file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lead-review-links-'));
    try {
      mkdirSync(path.join(root, 'docs'));
      writeFileSync(path.join(root, 'docs', 'a.md'), '# A\n\n## Real heading\n');
      writeFileSync(path.join(root, 'CONTRIBUTING.md'), '# Contributing\n\n[fine](docs/a.md#real-heading)\n');
      writeFileSync(path.join(root, 'README.md'), '# Readme\n\n[one](docs/gone.md) [two](#nowhere) [three](docs/a.md#not-there)\n');
      const { status, output } = checkLinks(root);
      assert.equal(status, 1);
      assert.match(output, /Cannot find file `docs\/gone\.md`/);
      assert.match(output, /Cannot find heading for `#nowhere`/);
      assert.match(output, /Cannot find heading for `#not-there` in `docs\/a\.md`/);
      assert.doesNotMatch(output, /real-heading/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("name in docs/architecture.md's module map every folder of src/ that holds code, and no other", () => {
    const architecture = readFileSync(path.join(PROJECT_ROOT, 'docs', 'architecture.md'), 'utf8');
    const map = architecture.slice(architecture.indexOf('## Module map'), architecture.indexOf('## The write path'));
    const named = [...map.matchAll(/^\| `(src[^`]*)` \|/gm)].map((match) => match[1]!).sort();
    const actual = foldersWithFiles(path.join(PROJECT_ROOT, 'src')).map((folder) => folder.split(path.sep).join('/')).sort();
    assert.deepEqual(named.filter((folder) => !actual.includes(folder)), [], 'the map names folders that do not exist');
    assert.deepEqual(actual.filter((folder) => !named.includes(folder)), [], 'the map leaves out folders of src/');
  });
});
