// The bearer token that guards every write. Both sides are hashed first, so the comparison is over
// equal-length digests and takes the same time whatever the token sent (crypto.timingSafeEqual).
import { createHash, timingSafeEqual } from "node:crypto";

/** off: no INGEST_TOKEN configured; missing/wrong: the request's token; ok: it matches. */
export type TokenCheck = "off" | "missing" | "wrong" | "ok";

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

export function checkBearer(expected: string | undefined, authorization: string | null): TokenCheck {
  if (!expected) return "off";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) return "missing";
  return timingSafeEqual(digest(match[1]), digest(expected)) ? "ok" : "wrong";
}

export const INGEST_OFF_MESSAGE =
  "Ingest is off: set INGEST_TOKEN (16 characters or more) in the service's environment, restart it, and send `Authorization: Bearer <token>`.";

export const UNAUTHENTICATED_MESSAGE =
  "Missing or wrong ingest token: send `Authorization: Bearer <INGEST_TOKEN>`.";
