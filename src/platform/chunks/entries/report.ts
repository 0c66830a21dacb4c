/**
 * The trend report's rendering, bundled on its own as `dist/report.js`: the report, its patterns
 * and its chart are only needed when someone writes a report, so activation never loads them.
 */
import { renderTrendChart, renderTrendReport } from '../../../core/report/report';
import type { ReportChunk } from '../../../features/report/trendReport';

export const chunk: ReportChunk = { renderTrendChart, renderTrendReport };
