/**
 * The preview renders the whole note again on every keystroke, while a block's output changes
 * only when the notes, the day or the block itself do. Each snapshot of the notes keeps the HTML
 * of the blocks drawn from it, so typing in a note with blocks costs a lookup per block.
 */
export class BlockCache<Snapshot extends object> {
  private readonly drawn = new WeakMap<Snapshot, Map<string, string>>();

  /** `key`: everything besides the snapshot that the output depends on (the block's text, its index, the day). */
  get(snapshot: Snapshot, key: string, draw: () => string): string {
    let entries = this.drawn.get(snapshot);
    if (!entries) {
      entries = new Map();
      this.drawn.set(snapshot, entries);
    }
    let html = entries.get(key);
    if (html === undefined) {
      html = draw();
      // A note has a handful of blocks; a long editing session must not grow this without end.
      if (entries.size > 200) {
        entries.clear();
      }
      entries.set(key, html);
    }
    return html;
  }
}
