import * as vscode from 'vscode';
import type { buildPacket, PacketNote } from '../../core/review/packet';
import type { renderPacketMarkdown } from '../../core/review/packetMarkdown';
import type { renderPacketHtml } from '../../core/review/packetHtml';
import type { renderIndexChartSvg } from '../../core/report/indexChart';
import { startsWithin, type ReviewRange } from '../../core/time/fiscal';
import { formatLocalDate, localDateOf } from '../../core/time/localDate';
import { periodStart } from '../../core/time/period';
import type { Asker } from '../../platform/asker';
import type { Chunks } from '../../platform/chunks/chunks';
import type { IgnoreStatus } from '../../platform/git/ignoreStatus';
import { hostWords } from '../../platform/l10n/words';
import { noFolderMessage, relativeToWorkspace, type NoteLocation } from '../../platform/location/noteLocation';
import type { Notice } from '../../platform/notice';
import { writeFileSet } from '../../platform/storage/writeFileSet';
import { readText } from '../../platform/storage/files';
import type { HistoryStore } from '../history/historyStore';
import type { PrivateTextReader } from '../privateText/readPrivateText';
import type { QuestionnaireSource } from '../questionnaire/questionnaireSource';
import { pickMoments, pickReviewRange, type MomentChoice } from './reviewChoices';

/** What the report chunk gives for packets: the same chunk draws the trend report. */
export interface PacketChunk {
  readonly buildPacket: typeof buildPacket;
  readonly renderPacketMarkdown: typeof renderPacketMarkdown;
  readonly renderPacketHtml: typeof renderPacketHtml;
  readonly renderIndexChartSvg: typeof renderIndexChartSvg;
}

export type PacketOutcome =
  /** `html` is `null` for a private packet whose print version git would not ignore: it is left unwritten. */
  | { readonly kind: 'written'; readonly uri: vscode.Uri; readonly html: vscode.Uri | null }
  | { readonly kind: 'notWritten'; readonly notice: Notice }
  | { readonly kind: 'cancelled' };

export interface PacketParts {
  readonly history: HistoryStore;
  readonly prompts: Asker;
  readonly questionnaires: QuestionnaireSource;
  readonly chunks: Chunks;
  readonly privateTextReader: PrivateTextReader;
  readonly gitIgnores: (file: vscode.Uri) => Promise<IgnoreStatus>;
}

const REVIEWS_FOLDER = 'reviews';
const MOMENT_PROMPTS = ['led', 'managed'];

/**
 * Write Review Packet, as one trip: the range, the notes in it, the moments the person picks
 * (private ones only once unlocked), then the packet, its chart and its print version, written
 * through the guarded write. A packet quoting private text goes under a name git must ignore.
 */
export async function writeReviewPacket(parts: PacketParts, given?: ReviewRange): Promise<PacketOutcome> {
  const loaded = await parts.history.refresh();
  if (!loaded) {
    return notWritten(vscode.workspace.workspaceFolders?.length ? vscode.l10n.t('Write a reflection first, so Lead Review knows which folder holds your notes.') : noFolderMessage());
  }
  const { location } = loaded;
  const range = given ?? (await pickReviewRange(parts.prompts, location.settings.fiscalYearStart));
  if (!range) {
    return { kind: 'cancelled' };
  }
  const entries = loaded.history.entries.filter((entry) => startsWithin(periodStart(entry.reflection.period)!, range));
  if (entries.length === 0) {
    return notWritten(vscode.l10n.t('No note begins in {0} ({1} to {2}).', range.label, formatLocalDate(range.from), formatLocalDate(range.to)));
  }
  const notes: PacketNote[] = await Promise.all(entries.map(async (entry) => ({ ...entry, text: await readText(vscode.Uri.joinPath(location.folder, entry.fileName)) })));
  const candidates = await momentCandidates(notes, parts, location.folder);
  if (candidates === undefined) {
    return { kind: 'cancelled' };
  }
  const picked = await pickMoments(parts.prompts, candidates);
  if (!picked) {
    return { kind: 'cancelled' };
  }
  const chunk = (await parts.chunks.load('report')) as PacketChunk;
  const packet = chunk.buildPacket(notes, range, parts.questionnaires.current, picked, location.settings.role, localDateOf(new Date()), hostWords);
  const name = `packet-${range.id}${packet.hasPrivate ? '.private' : ''}`;
  const folder = vscode.Uri.joinPath(location.folder, REVIEWS_FOLDER);
  const files = {
    chart: vscode.Uri.joinPath(folder, `${name}.svg`),
    markdown: vscode.Uri.joinPath(folder, `${name}.md`),
    html: vscode.Uri.joinPath(folder, `${name}.html`),
  };
  let printable = true;
  if (packet.hasPrivate) {
    const refused = await privateRefusal(parts, files.markdown, location);
    if (refused) {
      return notWritten(refused);
    }
    // The sidecar rule names `*.private.md` only: the print version is written where git ignores it too.
    printable = (await privateRefusal(parts, files.html, location)) === null;
  }
  const contents: [vscode.Uri, string][] = [
    [files.chart, chunk.renderIndexChartSvg(packet.chart, hostWords('Leading and managing index, {0}', range.label), hostWords)],
    ...(printable ? [[files.html, chunk.renderPacketHtml(packet, vscode.env.language, hostWords)] as [vscode.Uri, string]] : []),
    // The packet last, so it never links to a chart that is not there.
    [files.markdown, chunk.renderPacketMarkdown(packet, `${name}.svg`, hostWords)],
  ];
  return writeAll(parts, location.workspaceFolder.uri, contents, relativeToWorkspace(location, files.markdown), { markdown: files.markdown, html: printable ? files.html : null });
}

/** Every moment answer in the range; private ones only if the person unlocks them now. */
async function momentCandidates(notes: readonly PacketNote[], parts: PacketParts, folder: vscode.Uri): Promise<MomentChoice[] | undefined> {
  const labels = new Map(parts.questionnaires.current.prompts.map((prompt) => [prompt.id, prompt.label]));
  const choice = (note: PacketNote, promptId: string, text: string, isPrivate: boolean): MomentChoice => ({
    label: text.replace(/\s+/g, ' ').slice(0, 90),
    description: `${note.reflection.period} · ${labels.get(promptId) ?? promptId}${isPrivate ? ` · ${vscode.l10n.t('private text')}` : ''}`,
    fileName: note.fileName,
    promptId,
    text,
    private: isPrivate,
  });
  const open = notes.flatMap((note) => MOMENT_PROMPTS.filter((id) => (note.reflection.notes[id] ?? '').trim() !== '').map((id) => choice(note, id, note.reflection.notes[id]!, false)));
  const sealed = notes.filter((note) => MOMENT_PROMPTS.some((id) => note.reflection.privateText?.prompts.includes(id)));
  if (sealed.length === 0) {
    return open;
  }
  const answer = await parts.prompts.pick(
    'packetPrivate',
    [
      { label: `$(unlock) ${vscode.l10n.t('Unlock them')}`, unlock: true },
      { label: `$(eye-closed) ${vscode.l10n.t('Leave them out')}`, unlock: false },
    ],
    vscode.l10n.t('{0} notes keep their moments as private text. Unlock them to choose from too? Nothing private goes into the packet unless you pick it.', sealed.length),
  );
  if (answer === undefined) {
    return undefined;
  }
  if (!answer.unlock) {
    return open;
  }
  const unlocked: MomentChoice[] = [];
  for (const note of sealed) {
    const read = await parts.privateTextReader.readNote(vscode.Uri.joinPath(folder, note.fileName));
    if (read.kind === 'read') {
      unlocked.push(...MOMENT_PROMPTS.filter((id) => note.reflection.privateText!.prompts.includes(id) && (read.notes[id] ?? '').trim() !== '').map((id) => choice(note, id, read.notes[id]!, true)));
    }
  }
  return [...open, ...unlocked];
}

/** A packet with private text is written only where git is known to ignore it, as a sidecar is. */
async function privateRefusal(parts: PacketParts, target: vscode.Uri, location: NoteLocation): Promise<string | null> {
  const status = await parts.gitIgnores(target);
  if (status.kind !== 'notIgnored' && status.kind !== 'unknown') {
    return null;
  }
  const name = relativeToWorkspace(location, target);
  return status.kind === 'unknown'
    ? vscode.l10n.t('{0}, so the packet with private text was not written to {1}.', status.reason, name)
    : vscode.l10n.t('Git would commit {0}, so the packet with private text was not written. Add "*.private.*" to .gitignore, or leave the private moments out.', name);
}

/** The packet's files, asking once before replacing an earlier packet of the same range. */
async function writeAll(parts: PacketParts, root: vscode.Uri, contents: readonly [vscode.Uri, string][], shown: string, files: { markdown: vscode.Uri; html: vscode.Uri | null }): Promise<PacketOutcome> {
  const written = await writeFileSet(root, contents, async () => {
    const choice = await parts.prompts.pick(
      'existingPacket',
      [
        { label: `$(replace) ${vscode.l10n.t('Replace the packet, its chart and its print version')}`, replace: true },
        { label: `$(close) ${vscode.l10n.t('Keep them and stop')}`, replace: false },
      ],
      vscode.l10n.t('{0} already exists', shown),
    );
    return choice?.replace === true;
  });
  switch (written.kind) {
    case 'written':
      return { kind: 'written', uri: files.markdown, html: files.html };
    case 'cancelled':
      return written;
    case 'failed':
      return notWritten(vscode.l10n.t('Could not save the review packet: {0}', written.reason));
  }
}

function notWritten(message: string): PacketOutcome {
  return { kind: 'notWritten', notice: { message } };
}
