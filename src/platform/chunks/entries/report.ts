/**
 * The trend report's and the review packet's rendering, bundled on its own as `dist/report.js`:
 * reports, packets, patterns and charts are only needed when someone writes one, so activation
 * never loads them.
 */
import { renderIndexChartSvg } from '../../../core/report/indexChart';
import { renderTrendChart, renderTrendReport } from '../../../core/report/report';
import { buildPacket } from '../../../core/review/packet';
import { renderPacketHtml } from '../../../core/review/packetHtml';
import { renderPacketMarkdown } from '../../../core/review/packetMarkdown';
import type { ReportChunk } from '../../../features/report/trendReport';
import type { PacketChunk } from '../../../features/review/reviewPacket';

export const chunk: ReportChunk & PacketChunk = { renderTrendChart, renderTrendReport, buildPacket, renderPacketMarkdown, renderPacketHtml, renderIndexChartSvg };
