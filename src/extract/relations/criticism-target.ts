// The one way a relation pass turns a statement into criticism of a target, and the statements such
// passes may still give one to (no target yet, and no stance other than criticism).
import type { FoundStatement } from "../speech/statements.ts";

/** A statement no pass has aimed yet, whose stance (if any) is criticism. */
export function awaitsCriticismTarget(st: FoundStatement): boolean {
  return st.targetIds.length === 0 && (!st.stance || st.stance === "criticize");
}

/** Marks a statement as criticism (CAMEO 111) of `target`, which joins what it is about. */
export function criticise(st: FoundStatement, target: string): void {
  st.stance = "criticize";
  st.cameo = "111";
  st.targetIds = [target];
  if (!st.aboutIds.includes(target)) st.aboutIds = [...st.aboutIds, target];
}
