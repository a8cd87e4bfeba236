// "delivered 500 tonnes of food aid", "sent humanitarian aid": the event noun is the object of a verb
// trigger of the same type, so it names that act again and is no second event.
import type { Trigger } from "./event-triggers.ts";

/** The triggers without the event nouns that are the acted-on object of a same-type verb trigger. */
export function withoutObjectNouns(triggers: Trigger[]): Trigger[] {
  const objects = triggers.filter((t) => t.via === "verb" && t.object);
  if (objects.length === 0) return triggers;
  return triggers.filter(
    (t) =>
      t.via !== "noun" ||
      !objects.some(
        (v) =>
          v.type.type === t.type.type &&
          v.sentence === t.sentence &&
          v.object !== undefined &&
          v.object.start < t.end &&
          t.start < v.object.end,
      ),
  );
}
