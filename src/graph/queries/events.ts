// The root event timeline. Dates are stored as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strings, which sort
// in time order as text; an event is in [from, to] when its period overlaps that range.
import type { CypherQuery } from "../executor.ts";
import { rootPage } from "./paging.ts";
import { eventProjection } from "./projections.ts";
import type { PageWindow } from "./records.ts";

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

export function listEvents(filter: EventFilter, window: PageWindow): CypherQuery {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  if (filter.plover) {
    where.push("e.plover = $plover");
    params.plover = filter.plover;
  }
  if (filter.from) {
    // The event's period ends on or after the start of `from`.
    where.push("e.date IS NOT NULL AND e.date + $periodEnd >= $from");
    params.from = filter.from;
  }
  if (filter.to) {
    // The event's period starts on or before the end of `to`.
    where.push("e.date IS NOT NULL AND e.date <= $to + $periodEnd");
    params.to = filter.to;
  }
  if (filter.from || filter.to) params.periodEnd = PERIOD_END;
  return rootPage(
    {
      match: `MATCH (e:Event)${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`,
      count: "e",
      carry: "e",
      // Undated events last; then the article and the order the article tells them in.
      orderBy: "e.date IS NULL, e.date, e.articleId, toInteger(last(split(e.id, '/'))), e.id",
      item: eventProjection("e"),
    },
    window,
    params,
  );
}
