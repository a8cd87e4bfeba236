// Tests of src/extract/speech/quotes.ts, on made-up text.
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../../src/extract/speech/quotes.ts";
import { extractBody, statementTexts } from "../helpers.ts";

describe("quotations over paragraphs and nested quotes", () => {
  it("finds an open quotation continued in the next paragraph", () => {
    const body = "She said: “We will wait.\n\n“Then we act,” she added.";
    expect(findQuotes(body).map((q) => [body.slice(q.inner.start, q.inner.end), q.open ?? false])).toEqual([
      ["We will wait.", true],
      ["Then we act,", false],
    ]);
  });
  it("keeps single quotes and apostrophes inside straight double quotes", () => {
    const x = extractBody(
      "Greek Foreign Minister Nikos Pappas said: \"We won't accept this 'final' offer.\"",
    );
    expect(statementTexts(x)).toEqual([
      ["person:nikos-pappas", "said", "010", "We won't accept this 'final' offer."],
    ]);
  });
});
