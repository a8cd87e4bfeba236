// The dating sieve: one ordered list of small named steps that date an article's event mentions,
// from the surest evidence to the weakest. A step dates a mention only while no earlier step has
// (the first confident answer wins); the few that correct an earlier answer say so in their
// comment. Each mention records the step that last set its dates (`datedBy`).
//
//   mention steps, over every mention read (before the ones naming no party are dropped):
//     own clause      the date written with the act ("seized a tanker on Friday", "the June summit")
//     clause timing   corrects: a plan loses its agreeing's day, an act "after" a past clause takes its day
//     fronted         "On July 4, a patrol boat entered … and detained …"
//     report day      "X said on Wednesday that …, and ordered two diplomats out"
//     reference       "the drills, which began on Saturday": a bare definite re-mention's start date
//     relative        "a month later", "two years after", "the next day", "the same night", "that morning"
//     definite        "the strikes on Tuesday", "the patrols would start in January"
//     retold incident an undated act re-told in the past perfect of the backstory, with its day
//     incident day    the lead's dated incident dates the acts that go on telling it
//     coordinated     "raided offices on Thursday and detained 12 people"
//     subject day     "Burundi on Wednesday accused Rwanda …, and closed its border"
//     participle      "held drills in August, firing missiles …"
//     when clause     "since 2018, when Canada arrested an executive …"
//     agreeing        "agreed on Friday to … The accord was signed in Z"
//     lead detail     the sentence after a dated lead tells its act: "The ministers signed a memorandum …"
//     subject noun    "A drone strike killed three soldiers on Tuesday": the verb's day is the noun's
//   kept steps, over the events kept (the dropped mentions only lend):
//     retold          a later mention that is no event of its own, or a definite reference, re-tells the act
//                     (and the acts coordinated with it share the day it gets)
//     setting         "would raise the incident at a meeting next month"
//     act setting     "signed a memorandum on Friday after three hours of talks"
//     session         "The council's next session opens on June 16"
import type { EntityDoc } from "../doc.ts";
import type { DateMention } from "../text/dates.ts";
import type { EventParticipant, EventStatus } from "../types.ts";
import { inheritAgreeing } from "./agreement-reference.ts";
import { attachDates, shareCoordinatedDates } from "./clause-dates.ts";
import { settleClauseDates } from "./clause-timing.ts";
import type { Trigger } from "./event-triggers.ts";
import { attachFrontedDates, attachReportDayToCoordinatedActs } from "./fronted-dates.ts";
import { lendIncidentDates, lendIncidentDay } from "./incident-dates.ts";
import { lendLeadDay } from "./lead-dates.ts";
import {
  attachDefiniteMentionDates,
  attachParticipleDates,
  attachRelativeDates,
  attachStartDate,
  attachWhenClauseDates,
} from "./relative-dates.ts";
import { datelineLength } from "./report-dateline.ts";
import { lendRetoldDates } from "./retold-dates.ts";
import { attachSessionDates, lendActDatesToSettings, lendSettingDates } from "./setting-dates.ts";
import { lendToSubjectNoun } from "./subject-acts.ts";
import { lendSubjectDay } from "./subject-dates.ts";

/** The part of an event draft the sieve reads and dates. */
export interface DatingDraft {
  trigger: Trigger;
  type: string;
  status: EventStatus;
  dates: DateMention[];
  negation?: unknown;
  participants: EventParticipant[];
  /** The sieve step that last set the mention's dates. */
  datedBy?: DatingStepName;
}

/** What the steps read: the article, its mentions, and (for the kept steps) which were kept. */
export interface DatingRun<D extends DatingDraft> {
  doc: EntityDoc;
  drafts: D[];
  /** Bare definite mentions ("the drills") that refer back to a draft instead of making one. */
  references: readonly { ref: Trigger; to: D }[];
  /** The mentions kept as events (kept steps only). */
  kept?: readonly D[];
}

interface DatingStep {
  name: string;
  phase: "mention" | "kept";
  run: (r: DatingRun<DatingDraft>) => void;
}

const dropped = (r: DatingRun<DatingDraft>) => r.drafts.filter((d) => !r.kept?.includes(d));

/** The steps in order; see the table at the top of the file. */
const SIEVE = [
  { name: "own clause", phase: "mention", run: (r) => attachDates(r.doc, r.drafts) },
  {
    name: "clause timing",
    phase: "mention",
    run: (r) => settleClauseDates(r.doc, r.drafts, datelineLength(r.doc.body)),
  },
  { name: "fronted", phase: "mention", run: (r) => attachFrontedDates(r.doc, r.drafts) },
  { name: "report day", phase: "mention", run: (r) => attachReportDayToCoordinatedActs(r.doc, r.drafts) },
  {
    name: "reference",
    phase: "mention",
    run: (r) => {
      for (const { ref, to } of r.references) attachStartDate(r.doc, ref, to);
    },
  },
  // Before coordination: "… in August and closed X a month later" is not August.
  { name: "relative", phase: "mention", run: (r) => attachRelativeDates(r.doc, r.drafts) },
  { name: "definite", phase: "mention", run: (r) => attachDefiniteMentionDates(r.doc, r.drafts) },
  { name: "retold incident", phase: "mention", run: (r) => lendIncidentDates(r.doc, r.drafts) },
  { name: "incident day", phase: "mention", run: (r) => lendIncidentDay(r.doc, r.drafts) },
  { name: "coordinated", phase: "mention", run: (r) => shareCoordinatedDates(r.doc, r.drafts) },
  {
    name: "subject day",
    phase: "mention",
    run: (r) => lendSubjectDay(r.doc, r.drafts, datelineLength(r.doc.body)),
  },
  { name: "participle", phase: "mention", run: (r) => attachParticipleDates(r.doc, r.drafts) },
  { name: "when clause", phase: "mention", run: (r) => attachWhenClauseDates(r.doc, r.drafts) },
  { name: "agreeing", phase: "mention", run: (r) => inheritAgreeing(r.doc, r.drafts) },
  { name: "lead detail", phase: "mention", run: (r) => lendLeadDay(r.doc, r.drafts) },
  { name: "subject noun", phase: "mention", run: (r) => lendToSubjectNoun(r.drafts, r.doc.body) },
  {
    name: "retold",
    phase: "kept",
    run: (r) => {
      lendRetoldDates(r.doc, r.kept ?? [], dropped(r), r.references);
      // "seized rifles and arrested four men. / The boat was stopped on Tuesday": the day a re-telling
      // gives one act of a coordination dates its partners too.
      shareCoordinatedDates(r.doc, r.kept ?? []);
    },
  },
  { name: "setting", phase: "kept", run: (r) => lendSettingDates(r.doc, r.drafts, r.kept ?? []) },
  { name: "act setting", phase: "kept", run: (r) => lendActDatesToSettings(r.doc, r.kept ?? [], r.drafts) },
  { name: "session", phase: "kept", run: (r) => attachSessionDates(r.doc, r.kept ?? []) },
] as const satisfies readonly DatingStep[];

export type DatingStepName = (typeof SIEVE)[number]["name"];

const signature = (d: DatingDraft) => d.dates.map((x) => x.value).join(" ");

/** Runs the steps of one phase in order, recording on each mention the step that set its dates. */
export function dateMentions<D extends DatingDraft>(run: DatingRun<D>, phase: "mention" | "kept"): void {
  for (const step of SIEVE) {
    if (step.phase !== phase) continue;
    const before = run.drafts.map(signature);
    step.run(run as DatingRun<DatingDraft>);
    for (const [i, d] of run.drafts.entries()) if (signature(d) !== before[i]) d.datedBy = step.name;
  }
}
