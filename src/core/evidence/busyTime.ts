/**
 * Busy time as the person lived it. Calendars double-book: two meetings in one hour, or one
 * invitation kept in two calendars. Summed, that hour would count twice, and a full week could
 * show more hours than it has.
 */

/** One occurrence's time inside the period, in milliseconds since the epoch. */
export interface BusySpan {
  readonly startMs: number;
  readonly endMs: number;
  readonly area: string;
}

export interface BusyTime {
  /** Time covered by at least one occurrence. */
  readonly scheduledMs: number;
  /** Each area's part of it: time booked more than once is split evenly between its occurrences. */
  readonly areaMs: ReadonlyMap<string, number>;
}

/** Sweeps the spans' edges in order, so the areas always add up to the time scheduled. */
export function busyTime(spans: readonly BusySpan[]): BusyTime {
  const edges = spans
    .filter((span) => span.endMs > span.startMs)
    .flatMap((span) => [
      { at: span.startMs, area: span.area, change: 1 },
      { at: span.endMs, area: span.area, change: -1 },
    ])
    .sort((a, b) => a.at - b.at);
  const open = new Map<string, number>();
  const areaMs = new Map<string, number>();
  let scheduledMs = 0;
  let openCount = 0;
  for (let index = 0; index < edges.length; index++) {
    const edge = edges[index]!;
    open.set(edge.area, (open.get(edge.area) ?? 0) + edge.change);
    openCount += edge.change;
    const length = (edges[index + 1]?.at ?? edge.at) - edge.at;
    if (length === 0 || openCount === 0) {
      continue;
    }
    scheduledMs += length;
    for (const [area, count] of open) {
      if (count > 0) {
        areaMs.set(area, (areaMs.get(area) ?? 0) + (length * count) / openCount);
      }
    }
  }
  return { scheduledMs, areaMs };
}
