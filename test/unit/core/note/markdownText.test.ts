import * as assert from 'node:assert/strict';
import { markdownInline, markdownQuote, normalizeLineEnds, showControlCharacters } from '../../../../src/core/note/markdownText';
import { HOSTILE_TEXTS } from '../../../support/drafts';
import { countTags, hrefsIn, RENDERERS, textOf } from '../../../support/renderers';

/** Links a tech lead pastes, with the exact target each must keep. */
const LINKS: readonly { readonly typed: string; readonly target: string }[] = [
  { typed: 'https://github.com/acme/app/pull/42#discussion_r1234567', target: 'https://github.com/acme/app/pull/42#discussion_r1234567' },
  { typed: 'https://example.com/search?q=a_b&sort=desc&page=2#top', target: 'https://example.com/search?q=a_b&sort=desc&page=2#top' },
  { typed: 'https://example.com/~lead/notes_2026/a~b', target: 'https://example.com/~lead/notes_2026/a~b' },
  { typed: '<https://example.com/a_b>', target: 'https://example.com/a_b' },
  { typed: 'https://en.wikipedia.org/wiki/Tuckman%27s_stages_(of_group_development)', target: 'https://en.wikipedia.org/wiki/Tuckman%27s_stages_(of_group_development)' },
  { typed: 'www.example.com/team_page', target: 'http://www.example.com/team_page' },
];

/**
 * Visible text with runs of white space folded, for comparing what a reader sees. markdown-it
 * shows a link's text percent-decoded, so both sides are compared decoded.
 */
function folded(text: string): string {
  return decodeURI(text).replace(/[\s\u00A0]+/g, ' ').trim();
}

/** What a reader sees of text the person typed: their own `<https://…>` shows as the link. */
function seen(text: string): string {
  return showControlCharacters(normalizeLineEnds(text)).replace(/<(https?:\/\/[^\s<>]+)>/g, '$1');
}

function linesOfTable(cell: string): string {
  return `| Area | Share |\n| --- | ---: |\n| ${cell} | 10% |\n`;
}

describe('the one Markdown escaper', () => {
  for (const { name, render } of RENDERERS) {
    describe(`rendered by ${name}`, () => {
      for (const { typed, target } of LINKS) {
        it(`keeps ${typed} a link to its exact target, in a quote, a sentence and a table cell`, () => {
          const sentence = `See ${typed}, then reply.`;
          for (const html of [render(markdownQuote(sentence)), render(`Focus: ${markdownInline(sentence)}`), render(linesOfTable(markdownInline(sentence, 'tableCell')))]) {
            assert.deepEqual(hrefsIn(html), [target], html);
          }
          const quoted = render(markdownQuote(sentence));
          assert.equal(folded(textOf(quoted)), folded(seen(sentence)));
        });
      }

      it('keeps a URL with a "|" in a table cell inside its row', () => {
        const html = render(linesOfTable(markdownInline('https://example.com/a|b and x|y', 'tableCell')));
        assert.equal(countTags(html, 'td'), 2);
        assert.equal(countTags(html, 'tr'), 2);
        assert.deepEqual(hrefsIn(html).map(decodeURIComponent), ['https://example.com/a|b']);
      });

      for (const text of [...HOSTILE_TEXTS, '    four spaces would be code', '\tand a tab', '* star\n+ plus\n===\n1) one', '[x](javascript:alert(1)) ![i](x.png)', '<https://a.example/x> <b>', 'a\rlone\rcarriage\rreturn']) {
        it(`shows ${JSON.stringify(text).slice(0, 40)} as the text it is, and nothing else`, () => {
          const html = render(markdownQuote(text));
          assert.equal(countTags(html, 'blockquote'), 1, html);
          for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'ul', 'ol', 'li', 'table', 'pre', 'code', 'script', 'img', 'b', 'em', 'strong', 'del']) {
            assert.equal(countTags(html, tag), 0, `${tag} in ${html}`);
          }
          assert.equal(folded(textOf(html)), folded(seen(text)), html);
        });
      }

      it('keeps a label with any kind of line end in one table row', () => {
        for (const label of ['Ops\rand on-call', 'Ops\nand on-call', 'Ops\r\nand on-call']) {
          const html = render(linesOfTable(markdownInline(label, 'tableCell')));
          assert.equal(countTags(html, 'tr'), 2, html);
          assert.match(textOf(html), /Ops and on-call/);
        }
      });
    });
  }

  it('replaces control characters with visible pictures, and keeps no byte git would call binary', () => {
    const text = 'bell\u0007 nul\u0000 esc\u001b[31m del\u007f';
    const quoted = markdownQuote(text);
    assert.match(quoted, /bell␇ nul␀ esc␛\\\[31m del␡/);
    assert.doesNotMatch(quoted + markdownInline(text), /[\u0000-\u0008\u000B-\u001F\u007F]/);
  });

  it('treats CR, CRLF and LF alike', () => {
    assert.equal(markdownQuote('a\rb'), markdownQuote('a\nb'));
    assert.equal(markdownQuote('a\r\nb'), markdownQuote('a\nb'));
    assert.equal(markdownInline('a\rb'), 'a b');
  });

  it('says so when there is no answer', () => {
    assert.equal(markdownQuote(''), '_No answer._');
    assert.equal(markdownQuote('  \n '), '_No answer._');
  });
});
