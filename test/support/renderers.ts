/**
 * The two renderers a note must read right in: VS Code's built-in Markdown preview (markdown-it,
 * configured as VS Code 1.100 configures it) and GitHub (cmark-gfm, GitHub's own fork of cmark,
 * with the extensions github.com turns on).
 */
import cmark = require('cmark-gfm');
import MarkdownIt from 'markdown-it';

const preview = new MarkdownIt({ html: true, linkify: true, breaks: false, typographer: false });
preview.linkify.set({ fuzzyLink: false });

export type Renderer = (markdown: string) => string;

export const RENDERERS: readonly { readonly name: string; readonly render: Renderer }[] = [
  { name: "VS Code's preview (markdown-it)", render: (markdown) => preview.render(markdown) },
  {
    name: 'GitHub (cmark-gfm)',
    render: (markdown) => cmark.renderHtmlSync(markdown, { extensions: { table: true, strikethrough: true, autolink: true, tagfilter: true, tasklist: true } }),
  },
];

/** The body of a note: both renderers are given what follows the front matter. */
export function bodyOf(note: string): string {
  const end = note.indexOf('\n---\n', 4);
  return end === -1 ? note : note.slice(end + 5);
}

/** Every `href` in rendered HTML, entity-decoded. */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => decodeEntities(match[1]!));
}

/** How many times each tag opens in rendered HTML. */
export function countTags(html: string, tag: string): number {
  return (html.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;
}

/** The visible text of rendered HTML: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, ''));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}
