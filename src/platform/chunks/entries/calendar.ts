/**
 * Calendar reading, bundled on its own as `dist/calendar.js`: ical.js and the Windows zone table
 * are only needed once a calendar is set, so activation never loads them.
 */
import { calendarForPeriod } from '../../../core/evidence/calendarPeriod';
import type { CalendarChunk } from '../../../features/evidence/calendarChunk';

export const chunk: CalendarChunk = { calendarForPeriod };
