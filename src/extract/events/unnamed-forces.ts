// "Officers who searched the house found two rifles", "Investigators seized his laptop": wire copy
// tells the steps of a police operation with the force unnamed, after naming it once. A taking done
// in the past by such an unnamed force is someone's act, even undated and placeless.
import type { EntityDoc } from "../doc.ts";
import { armedGroupSubject } from "./armed-agents.ts";
import type { Trigger } from "./event-triggers.ts";

/** Acts of taking people or things that a force does in an operation. */
const OPERATION_ACTS = new Set(["arrest", "seizure", "raid", "release", "expulsion"]);

/** Is the trigger a past taking whose subject is an unnamed force ("officers", "police", "troops")? */
export function unnamedForceTaking(doc: EntityDoc, t: Trigger): boolean {
  if (t.via !== "verb" || t.form !== "past" || !OPERATION_ACTS.has(t.type.type)) return false;
  return armedGroupSubject(doc, t);
}
