import * as vscode from 'vscode';
import { withNumbersIn, type Translate } from '../../core/util/l10n';

/** VS Code's translation of the display language, for the core's renderers, with numbers written the way that language writes them. */
export const hostWords: Translate = withNumbersIn(vscode.env.language, (message, ...args) => vscode.l10n.t(message, ...args));
