/**
 * The markdown-it plugin: a fence whose info string is `lead-review` renders as a block; every
 * other fence renders as before. Rendering must be synchronous, so `render` reads a snapshot.
 */
import { escapeHtml } from '../util/html';

export const BLOCK_INFO = 'lead-review';

/** The little of markdown-it's types this plugin touches. */
interface FenceToken {
  readonly info: string;
  readonly content: string;
}
type FenceRule = (tokens: FenceToken[], index: number, options: unknown, env: unknown, self: unknown) => string;
export interface MarkdownItLike {
  readonly renderer: { readonly rules: object };
}

/** `render(body, index)`: the block's HTML; `index` counts the blocks of one rendering, for unique ids. */
export function leadReviewBlocks<T extends MarkdownItLike>(md: T, render: (body: string, index: number) => string): T {
  const rules = md.renderer.rules as { fence?: FenceRule };
  const fallback = rules.fence;
  rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    if (token.info.trim().split(/\s+/)[0] === BLOCK_INFO) {
      // Counted per rendering (markdown-it gives each its own `env`), so ids are the same each time the note is drawn.
      const counted = typeof env === 'object' && env !== null ? (env as { leadReviewBlocks?: number }) : {};
      counted.leadReviewBlocks = (counted.leadReviewBlocks ?? 0) + 1;
      try {
        return render(token.content, counted.leadReviewBlocks);
      } catch (error) {
        // A block never breaks the rest of the note.
        return `<div class="lead-review-block lr-error"><p>Lead Review block: ${escapeHtml(String(error instanceof Error ? error.message : error))}</p></div>\n`;
      }
    }
    return fallback ? fallback(tokens, index, options, env, self) : '';
  };
  return md;
}
