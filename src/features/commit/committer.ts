import * as vscode from 'vscode';
import type { Chunks } from '../../platform/chunks/chunks';
import { parseReflection } from '../../core/note/parseReflection';
import type { NoteLocation } from '../../platform/location/noteLocation';
import type { Asker } from '../../platform/asker';
import type { AskIdentity, CommitOutcome, ReflectionCommitter } from './commitReflection';
import type { canCommit } from '../../platform/git/gitAccess';
import type { ignoreStatus, IgnoreStatus } from '../../platform/git/ignoreStatus';
import { nodeGit } from '../../platform/git/gitIdentity';
import { readText } from '../../platform/storage/files';

/** What the git chunk (dist/git.js) gives. */
export interface GitChunk {
  readonly ReflectionCommitter: typeof ReflectionCommitter;
  readonly canCommit: typeof canCommit;
  readonly ignoreStatus: typeof ignoreStatus;
}

/**
 * Committing as the rest of the extension sees it. Where VS Code's Git extension exists (the
 * desktop, Remote, Codespaces) the git chunk does the work. Where it does not (vscode.dev,
 * github.dev, or Git disabled), the editor commits through its own Source Control view, and
 * Lead Review says so and offers to open it.
 */
export class Committer implements vscode.Disposable {
  private readonly committed = new vscode.EventEmitter<Extract<CommitOutcome, { kind: 'committed' }>>();
  /** A note was committed, from any entry: the palette, the sidebar, or right after writing. */
  readonly onDidCommit = this.committed.event;
  private loaded: Promise<{ committer: ReflectionCommitter; canCommit: (note: vscode.Uri) => Promise<boolean> }> | undefined;

  constructor(
    private readonly chunks: Chunks,
    private readonly prompts: Asker,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async commit(note: vscode.Uri, location: NoteLocation): Promise<CommitOutcome> {
    const git = this.git();
    return this.told(git ? await (await git).committer.commit(note, location) : throughSourceControl(note));
  }

  async initAndCommit(root: vscode.Uri, note: vscode.Uri, location: NoteLocation): Promise<CommitOutcome> {
    const git = this.git();
    return this.told(git ? await (await git).committer.initAndCommit(root, note, location) : throughSourceControl(note));
  }

  dispose(): void {
    this.committed.dispose();
  }

  private told(outcome: CommitOutcome): CommitOutcome {
    if (outcome.kind === 'committed') {
      this.committed.fire(outcome);
    }
    return outcome;
  }

  /** Whether an open repository holds the note, so the sidebar can offer Commit. */
  async canCommit(note: vscode.Uri): Promise<boolean> {
    const git = this.git();
    return git ? (await git).canCommit(note) : false;
  }

  /** Whether git ignores `file`. Asked even where VS Code's Git is missing: a repository may still hold the file. */
  async ignoreStatus(file: vscode.Uri): Promise<IgnoreStatus> {
    return (await this.gitChunk()).ignoreStatus(file);
  }

  private git(): NonNullable<Committer['loaded']> | undefined {
    if (!vscode.extensions.getExtension('vscode.git')) {
      return undefined;
    }
    return (this.loaded ??= this.gitChunk().then((chunk) => ({
      committer: new chunk.ReflectionCommitter(this.prompts, this.log, readNote, this.askIdentity()),
      canCommit: chunk.canCommit,
    })));
  }

  /** Only the Node host can run git itself; the web worker host leaves the question to the commit. */
  private askIdentity(): AskIdentity | null {
    const load = nodeGit(this.chunks);
    return load && (async (gitPath, root) => (await load()).identityIn(gitPath, root));
  }

  private gitChunk(): Promise<GitChunk> {
    return this.chunks.load('git') as Promise<GitChunk>;
  }
}

function throughSourceControl(note: vscode.Uri): CommitOutcome {
  return {
    kind: 'notCommitted',
    note,
    reason: vscode.l10n.t('This editor commits through its Source Control view: open it to commit {0}. Your note is saved.', vscode.workspace.asRelativePath(note)),
    action: { title: vscode.l10n.t('Open Source Control'), command: 'workbench.view.scm' },
  };
}

async function readNote(note: vscode.Uri) {
  return parseReflection(await readText(note));
}
