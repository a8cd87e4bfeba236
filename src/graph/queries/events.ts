// The root event timeline. Dates are stored as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strings, which sort
// in time order as text; an event is in [from, to] when its period overlaps that range.
import type { CypherQuery } from "../executor.ts";
import { rootPage } from "./paging.ts";
import { eventProjection } from "./projections.ts";
import { type EventShape, FULL_SHAPE, type PageWindow } from "./records.ts";

export interface EventFilter {
  /** PLOVER category, as stored (`ACCUSE`, `COOPERATE`, ...). */
  plover?: string | null;
  /** Fuzzy ISO date: the range starts with this period. */
  from?: string | null;
  /** Fuzzy ISO date: the range ends with this period (inclusive). */
  to?: string | null;
}

/**
 * `~` sorts after every digit and `-`, so `value + '~'` is just past the last day of the period
 * `value` names: `2021-07~` is after `2021-07-31` and before `2021-08`.
 */
export const PERIOD_END = "~";

/** The coarser periods that contain `date`'s start: `2021-07-23` → `["2021", "2021-07"]`. */
export function coarserPeriods(date: string): string[] {
  const parts = date.split("-");
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join("-"));
}

/**
 * Written so the `event_date` index serves both bounds as one range seek, in date order:
 * `e.date >= $fromYear` and `e.date <= $toEnd` are plain comparisons with parameters. The exact
 * overlap test for a `from` finer than a year (the event's period ends on or after it) then runs
 * as a filter on the rows of that range.
 */
function dateRange(filter: EventFilter, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  if (filter.from && coarserPeriods(filter.from).length === 0) {
    where.push("e.date >= $from");
    params.from = filter.from;
  } else if (filter.from) {
    where.push("e.date >= $fromYear", "e.date + $periodEnd >= $from");
    Object.assign(params, { from: filter.from, fromYear: filter.from.slice(0, 4), periodEnd: PERIOD_END });
  }
  if (filter.to) {
    // The event's period starts on or before the end of `to`.
    where.push("e.date <= $toEnd");
    params.toEnd = `${filter.to}${PERIOD_END}`;
  }
  return where;
}

export function listEvents(
  filter: EventFilter,
  window: PageWindow,
  shape: EventShape = FULL_SHAPE.event,
): CypherQuery {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  if (filter.plover) {
    where.push("e.plover = $plover");
    params.plover = filter.plover;
  }
  where.push(...dateRange(filter, params));
  return rootPage(
    {
      match: `MATCH (e:Event)${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`,
      count: "e",
      carry: "e",
      // Undated events last (a date filter leaves none, and then the index gives date order);
      // then the article and the order the article tells them in.
      orderBy: `${filter.from || filter.to ? "" : "e.date IS NULL, "}e.date, e.articleId, toInteger(last(split(e.id, '/'))), e.id`,
      item: eventProjection("e", shape),
    },
    window,
    params,
  );
}
