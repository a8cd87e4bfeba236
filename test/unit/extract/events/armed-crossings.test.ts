// Tests of src/extract/events/armed-crossings.ts, on made-up text (published Friday 2022-06-10).
import { describe, expect, it } from "vitest";
import { kinds } from "../helpers.ts";

const intrusions = (body: string) => kinds(body).filter((k) => k.startsWith("intrusion 150"));

describe("armed men crossing a border are an intrusion", () => {
  it("a border or frontier crossed, strayed or wandered across by soldiers, guards or troops", () => {
    expect(
      intrusions(
        "Ghana said on Friday that Togolese soldiers crossed the border into its Volta region on Tuesday.",
      ),
    ).toEqual(["intrusion 150 2022-06-07"]);
    expect(
      intrusions(
        "Police said three Malian troops who had wandered across the frontier were sent home on Wednesday.",
      ),
    ).toHaveLength(1);
    expect(
      intrusions(
        "On Monday two Bolivian guards strayed across the unmarked boundary near Villazón, Peru said.",
      ),
    ).toEqual(["intrusion 150 2022-06-06"]);
  });

  it("a gerund after an accusation, and a crossing some distance into a province", () => {
    expect(
      intrusions(
        "Niger on Thursday accused Beninese troops of crossing the border near Malanville on Monday.",
      ),
    ).toEqual(["intrusion 150 2022-06-06"]);
    expect(
      intrusions(
        "Kabul said Pakistani forces had opened fire on Wednesday after crossing about two kilometres into Kunar province.",
      ),
    ).toHaveLength(1);
  });

  it("armed men entering a named country's territory or soil", () => {
    expect(
      intrusions("Rwandan troops reportedly entered Congolese territory on Tuesday, Kinshasa said."),
    ).toEqual(["intrusion 150 2022-06-07"]);
    expect(intrusions("Khartoum said Eritrean soldiers had entered Sudanese soil on Monday.")).toEqual([
      "intrusion 150 2022-06-06",
    ]);
  });

  it("not when those crossing are migrants, traders or other people, nor without armed doers", () => {
    expect(
      intrusions(
        "Border guards detained 40 migrants who crossed the border near Kapitan Andreevo on Tuesday.",
      ),
    ).toEqual([]);
    expect(intrusions("Hundreds of refugees crossed the frontier on Monday, officials said.")).toEqual([]);
    expect(intrusions("Trucks crossed the border on Tuesday after the crossing reopened.")).toEqual([]);
  });

  it("not for a place named after the border, nor in a quote", () => {
    expect(
      intrusions("Soldiers crossed the border town of Kalaba on foot on Tuesday, a resident said."),
    ).toEqual([]);
    expect(
      intrusions("“Our soldiers crossed the border and nobody stopped them,” the minister said on Tuesday."),
    ).toEqual([]);
  });
});

describe("a named side of the border line", () => {
  it.each([
    "Two Latvian soldiers strayed across the Belarusian frontier on Tuesday.",
    "Malian troops crossed the Burkinabe border on Tuesday, Burkina Faso said.",
    "A patrol of Togolese soldiers wandered across the Ghanaian border on Tuesday.",
    "Guinean soldiers who crossed the Sierra Leonean border on Tuesday were sent back.",
  ])("reads %j as one intrusion", (body) => {
    expect(intrusions(body)).toHaveLength(1);
  });

  it("keeps a named border crossed by civilians no intrusion", () => {
    expect(intrusions("Hundreds of Malian refugees crossed the Burkinabe border on Tuesday.")).toEqual([]);
  });
});

describe("a state's force or craft moving into a named place or onto a territory", () => {
  it.each([
    ["Kenya said Somali troops crossed back into Kenya on Monday.", "intrusion 150 2022-06-06"],
    [
      "Kampala said Congolese soldiers crossed into the western district of Kasese on Tuesday.",
      "intrusion 150 2022-06-07",
    ],
    ["Riga said two Belarusian helicopters crossed into Latvia on Wednesday.", "intrusion 150 2022-06-08"],
    [
      "Warsaw said a Belarusian drone had fallen on Polish territory on Thursday.",
      "intrusion 150 2022-06-09",
    ],
    ["Bucharest said a Russian drone crashed on Romanian soil on Monday.", "intrusion 150 2022-06-06"],
  ])("reads %j as one intrusion", (body, kind) => {
    expect(intrusions(body)).toEqual([kind]);
  });

  it("not when the movers are refugees, traders, weather or an armed group whose move is a raid", () => {
    expect(intrusions("Hundreds of refugees crossed into Togo on Tuesday, officials said.")).toEqual([]);
    expect(intrusions("Traders crossed back into Benin on Monday after the market closed.")).toEqual([]);
    expect(intrusions("Heavy rain fell on Moldovan territory on Thursday, forecasters said.")).toEqual([]);
    expect(intrusions("Ghana said gunmen crossed into Togo on Tuesday.")).toEqual([]);
  });

  it("not for a river or sea crossed into by name, nor in a quote", () => {
    expect(intrusions("Soldiers crossed into the Volta River on Tuesday to rescue a child.")).toEqual([]);
    expect(
      intrusions("“Our troops crossed into Kenya and nobody stopped them,” the minister said on Tuesday."),
    ).toEqual([]);
  });
});
