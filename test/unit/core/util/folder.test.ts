import * as assert from 'node:assert/strict';
import { isInsideFolder, resolveFolderSetting } from '../../../../src/core/util/folder';

describe('the reflections folder setting', () => {
  it('uses "reflections" when the setting is empty or blank', () => {
    assert.deepEqual(resolveFolderSetting(''), { ok: true, value: ['reflections'] });
    assert.deepEqual(resolveFolderSetting('   '), { ok: true, value: ['reflections'] });
    assert.deepEqual(resolveFolderSetting(undefined), { ok: true, value: ['reflections'] });
  });

  it('splits nested relative paths and drops "." segments', () => {
    assert.deepEqual(resolveFolderSetting('docs/leadership/'), { ok: true, value: ['docs', 'leadership'] });
    assert.deepEqual(resolveFolderSetting('./docs\\notes'), { ok: true, value: ['docs', 'notes'] });
    assert.deepEqual(resolveFolderSetting('.'), { ok: true, value: [] });
  });

  for (const [value, reason] of [
    ['..', 'leaves the workspace folder'],
    ['notes/../../x', 'leaves the workspace folder'],
    ['/etc', 'is an absolute path'],
    ['\\\\server\\share', 'is an absolute path'],
    ['C:\\notes', 'is an absolute path'],
    ['~', 'points into a home folder'],
    ['~/notes', 'points into a home folder'],
    ['notes\u0000', 'contains control characters'],
  ] as const) {
    it(`refuses ${JSON.stringify(value)} because it ${reason}`, () => {
      const result = resolveFolderSetting(value);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, new RegExp(reason));
      assert.match(result.ok ? '' : result.error, /relative to the workspace folder/);
    });
  }

  it('knows what lies inside a folder', () => {
    assert.equal(isInsideFolder('/work/repo', '/work/repo/reflections'), true);
    assert.equal(isInsideFolder('/work/repo', '/work/repo'), true);
    assert.equal(isInsideFolder('/work/repo', '/work/repo-other/x'), false);
    assert.equal(isInsideFolder('/work/repo/', '/work/repo/x'), true);
  });
});
