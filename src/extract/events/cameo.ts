// The CAMEO 1.1b3 codes this pipeline emits, with their codebook labels and PLOVER categories
// (from the PLOVER CAMEO-to-PLOVER conversion table). CAMEO 01 (public statements) and 02
// (appeals) have no PLOVER event category; they are marked STATEMENT and REQUEST, and 176
// ("attack cybernetically", not in the PLOVER table) takes its root 17's category, COERCE. The
// table files 191 (blockade, restrict movement) and 192 (occupy territory) under COERCE, not ASSAULT.

export interface CameoCode {
  code: string;
  label: string;
  plover: string;
}

const TABLE: readonly CameoCode[] = [
  { code: "010", label: "Make statement, not specified below", plover: "STATEMENT" },
  { code: "012", label: "Make pessimistic comment", plover: "STATEMENT" },
  { code: "016", label: "Deny responsibility", plover: "STATEMENT" },
  { code: "020", label: "Make an appeal or request, not specified below", plover: "REQUEST" },
  { code: "030", label: "Express intent to cooperate, not specified below", plover: "AGREE" },
  { code: "0311", label: "Express intent to cooperate economically", plover: "AGREE" },
  { code: "0312", label: "Express intent to cooperate militarily", plover: "AGREE" },
  { code: "033", label: "Express intent to provide material aid", plover: "AGREE" },
  { code: "0342", label: "Express intent to change policy", plover: "AGREE" },
  { code: "036", label: "Express intent to meet or negotiate", plover: "AGREE" },
  { code: "040", label: "Consult, not specified below", plover: "CONSULT" },
  { code: "041", label: "Discuss by telephone", plover: "CONSULT" },
  { code: "042", label: "Make a visit", plover: "CONSULT" },
  { code: "043", label: "Host a visit", plover: "CONSULT" },
  { code: "051", label: "Praise or endorse", plover: "SUPPORT" },
  { code: "052", label: "Defend verbally", plover: "SUPPORT" },
  { code: "057", label: "Sign formal agreement", plover: "SUPPORT" },
  { code: "060", label: "Engage in material cooperation, not specified below", plover: "COOPERATE" },
  { code: "061", label: "Cooperate economically", plover: "COOPERATE" },
  { code: "062", label: "Cooperate militarily", plover: "COOPERATE" },
  { code: "064", label: "Share intelligence or information", plover: "COOPERATE" },
  { code: "070", label: "Provide aid, not specified below", plover: "AID" },
  { code: "072", label: "Provide military aid", plover: "AID" },
  { code: "084", label: "Return, release, not specified below", plover: "RETREAT" },
  { code: "085", label: "Ease economic sanctions, boycott, or embargo", plover: "RETREAT" },
  { code: "087", label: "De-escalate military engagement", plover: "RETREAT" },
  { code: "090", label: "Investigate, not specified below", plover: "ACCUSE" },
  { code: "100", label: "Demand, not specified below", plover: "DEMAND" },
  { code: "111", label: "Criticize or denounce", plover: "ACCUSE" },
  { code: "112", label: "Accuse, not specified below", plover: "ACCUSE" },
  { code: "114", label: "Complain officially", plover: "ACCUSE" },
  { code: "120", label: "Reject, not specified below", plover: "REJECT" },
  { code: "125", label: "Reject proposal to meet, discuss, or negotiate", plover: "REJECT" },
  { code: "130", label: "Threaten, not specified below", plover: "THREATEN" },
  { code: "150", label: "Demonstrate military or police power, not specified below", plover: "MOBILIZE" },
  { code: "154", label: "Mobilize or increase armed forces", plover: "MOBILIZE" },
  { code: "160", label: "Reduce relations, not specified below", plover: "SANCTION" },
  { code: "161", label: "Reduce or break diplomatic relations", plover: "SANCTION" },
  { code: "163", label: "Impose embargo, boycott, or sanctions", plover: "COERCE" },
  { code: "164", label: "Halt negotiations", plover: "SANCTION" },
  { code: "170", label: "Coerce, not specified below", plover: "COERCE" },
  { code: "171", label: "Seize or damage property", plover: "COERCE" },
  { code: "172", label: "Impose administrative sanctions, not specified below", plover: "COERCE" },
  { code: "173", label: "Arrest, detain, or charge with legal action", plover: "COERCE" },
  { code: "174", label: "Expel or deport individuals", plover: "COERCE" },
  { code: "175", label: "Use tactics of violent repression", plover: "ASSAULT" },
  { code: "176", label: "Attack cybernetically", plover: "COERCE" },
  { code: "180", label: "Use unconventional violence, not specified below", plover: "ASSAULT" },
  { code: "181", label: "Abduct, hijack, or take hostage", plover: "ASSAULT" },
  { code: "190", label: "Use conventional military force, not specified below", plover: "ASSAULT" },
  { code: "191", label: "Impose blockade, restrict movement", plover: "COERCE" },
  { code: "192", label: "Occupy territory", plover: "COERCE" },
];

const BY_CODE = new Map(TABLE.map((c) => [c.code, c]));

/** Looks a code up; unknown codes are a programming error in the lexicons. */
export function cameo(code: string): CameoCode {
  const entry = BY_CODE.get(code);
  if (!entry) throw new Error(`CAMEO code ${code} is not in the table (src/extract/events/cameo.ts)`);
  return entry;
}

export function allCameoCodes(): readonly CameoCode[] {
  return TABLE;
}

/** Two-digit CAMEO root ("0312" → "03"). */
export const cameoRoot = (code: string): string => code.slice(0, 2);
