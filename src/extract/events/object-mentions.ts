// "delivered 500 tonnes of food aid", "lifted the blockade", "signed a partnership": an event noun
// that is the object of a verb trigger names what that act acts on; it is no second event.
import type { Trigger } from "./event-triggers.ts";

/** The triggers without the event nouns that are the acted-on object of a verb trigger. */
export function withoutObjectNouns(triggers: Trigger[]): Trigger[] {
  const objects = triggers.filter((t) => t.via === "verb" && t.object);
  if (objects.length === 0) return triggers;
  return triggers.filter(
    (t) =>
      t.via !== "noun" ||
      !objects.some(
        (v) =>
          v.sentence === t.sentence &&
          v.object !== undefined &&
          v.object.start < t.end &&
          t.start < v.object.end,
      ),
  );
}
