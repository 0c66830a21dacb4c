import * as assert from 'node:assert/strict';
import { coAuthors, fileKind, gitFigures, type CommitFacts } from '../../../../src/core/evidence/gitEvidence';

function commit(hash: string, authorEmail: string, message: string, files: string[] | null = []): CommitFacts {
  return { hash, authorEmail, authorDate: 0, message, files };
}

describe('git evidence', () => {
  it('tells docs, ADRs and RFCs from code and tests', () => {
    assert.equal(fileKind('docs/adr/0007-use-postgres.md'), 'docs');
    assert.equal(fileKind('rfcs/0012-billing.txt'), 'docs');
    assert.equal(fileKind('design/ADR-12 queue'), 'docs');
    assert.equal(fileKind('README.md'), 'docs');
    assert.equal(fileKind('src/billing/invoice.ts'), 'code');
    assert.equal(fileKind('src/billing/invoice.test.ts'), 'tests');
    assert.equal(fileKind('tests/unit/test_invoice.py'), 'tests');
    assert.equal(fileKind('pkg/invoice_test.go'), 'tests');
  });

  it('reads Co-authored-by trailers, in any case, with or without a name', () => {
    assert.deepEqual(coAuthors('Fix it\n\nCo-authored-by: Ana Lima <Ana@Example.com>\nco-authored-by: bo@example.com\n'), ['ana@example.com', 'bo@example.com']);
  });

  it('counts the person\'s commits, pairing both ways, and the docs share of the files they changed', () => {
    const figures = gitFigures(
      [
        commit('a', 'Lead@Example.com', 'Write ADR\n\nCo-authored-by: Ana <ana@example.com>', ['docs/adr/0001.md', 'src/a.ts']),
        commit('b', 'lead@example.com', 'Refactor', ['src/b.ts', 'src/b.test.ts']),
        commit('c', 'ana@example.com', 'Pair on c\n\nCo-authored-by: Lead <lead@example.com>', null),
        commit('d', 'ana@example.com', 'Alone', null),
        commit('a', 'lead@example.com', 'Write ADR', ['docs/adr/0001.md']),
      ],
      'lead@example.com',
    );
    assert.deepEqual(figures, { commits: 2, coAuthored: 2, files: { docs: 1, code: 2, tests: 1 }, docsShare: 25 });
  });

  it('has no docs share without changed files', () => {
    assert.equal(gitFigures([], 'lead@example.com').docsShare, null);
  });
});
