import * as vscode from 'vscode';
import { accessGit } from '../../platform/git/gitAccess';
import type { Repository } from '../../platform/git/gitTypes';

/** Commits come in bursts (a rebase, a pull): the figures are gathered again once they settle. */
const SETTLE_MS = 1_000;

/**
 * Tells when the period's commits may have changed: a repository opened or closed, or its HEAD
 * moved (a commit, a checkout, a pull). A status change that leaves HEAD where it was, such as an
 * edited file, is not news. Watching starts with the first gathering, so activation never waits
 * for the Git extension.
 */
export class RepositoryHeads implements vscode.Disposable {
  private readonly moved = new vscode.EventEmitter<void>();
  readonly onDidMove = this.moved.event;
  private readonly heads = new Map<string, { commit: string | undefined; listener: vscode.Disposable }>();
  private readonly subscriptions: vscode.Disposable[] = [this.moved];
  private watching: Promise<void> | undefined;
  private settling: ReturnType<typeof setTimeout> | undefined;

  watch(): Promise<void> {
    this.watching ??= accessGit().then((git) => {
      if (!git.ok) {
        return;
      }
      git.api.repositories.forEach((repository) => this.track(repository, false));
      this.subscriptions.push(
        git.api.onDidOpenRepository((repository) => this.track(repository, true)),
        git.api.onDidCloseRepository((repository) => {
          this.heads.get(repository.rootUri.toString())?.listener.dispose();
          this.heads.delete(repository.rootUri.toString());
          this.settle();
        }),
      );
    });
    return this.watching;
  }

  dispose(): void {
    clearTimeout(this.settling);
    this.heads.forEach((head) => head.listener.dispose());
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private track(repository: Repository, isNew: boolean): void {
    const key = repository.rootUri.toString();
    if (this.heads.has(key)) {
      return;
    }
    const head = {
      commit: repository.state.HEAD?.commit,
      listener: repository.state.onDidChange(() => {
        if (repository.state.HEAD?.commit !== head.commit) {
          head.commit = repository.state.HEAD?.commit;
          this.settle();
        }
      }),
    };
    this.heads.set(key, head);
    if (isNew) {
      this.settle();
    }
  }

  private settle(): void {
    clearTimeout(this.settling);
    this.settling = setTimeout(() => this.moved.fire(), SETTLE_MS);
  }
}
