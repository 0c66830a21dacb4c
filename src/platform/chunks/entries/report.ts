/**
 * The trend report's, the review packet's and the preview blocks' rendering, bundled on its own
 * as `dist/report.js`: reports, packets, patterns and charts are only needed when someone writes
 * or previews one, so activation never loads them.
 */
import { renderIndexChartSvg } from '../../../core/report/indexChart';
import { renderTrendChart, renderTrendReport } from '../../../core/report/report';
import { buildPacket } from '../../../core/review/packet';
import { renderPacketHtml } from '../../../core/review/packetHtml';
import { renderPacketMarkdown } from '../../../core/review/packetMarkdown';
import type { ReportChunk } from '../../../features/report/trendReport';
import type { PacketChunk } from '../../../features/review/reviewPacket';
import { renderBlock } from '../../../core/previewBlock/blockRender';
import type { BlockChunk } from '../../../features/previewBlocks/previewBlocks';

export const chunk: ReportChunk & PacketChunk & BlockChunk = { renderTrendChart, renderTrendReport, buildPacket, renderPacketMarkdown, renderPacketHtml, renderIndexChartSvg, renderBlock };
