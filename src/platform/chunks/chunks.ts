import type * as GitChunk from '../git/gitChunk';
import type * as PrivateChunk from '../privateText/privateChunk';
import type * as ReportChunk from '../reportChunk';

/**
 * Parts of the extension loaded only when needed, from files beside the main bundle. The
 * desktop requires them; the web worker host, which has no `require` for files, reads and
 * evaluates them (see src/web/webChunks.ts).
 */
export interface Chunks {
  report(): Promise<typeof ReportChunk>;
  git(): Promise<typeof GitChunk>;
  privateText(): Promise<typeof PrivateChunk>;
  /** Makes the YAML reader ready for the synchronous calls of the core. */
  prepareYaml(): Promise<void>;
}
