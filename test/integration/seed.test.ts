// The seed against a real Neo4j: idempotent, shared actors across articles; a bad file is reported,
// writes nothing, and the files after it are still stored.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "../../src/extract/index.ts";
import { bundledArticleFiles, extractFiles, seedFiles } from "../../src/graph/seed.ts";
import { countGraph } from "../../src/graph/write-article.ts";
import { cleanEnv, finish, runTs } from "../support/processes.ts";
import { connectTestGraph } from "../support/test-neo4j.ts";

const graph = connectTestGraph();
const dir = mkdtempSync(path.join(os.tmpdir(), "news-graph-seed-"));
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

const japanAgain = write(
  "japan-again.txt",
  "Japan and Australia agree to share cyber threat data\n\nMarch 02, 2022 | 1 minutes read\n\n" +
    "Japan and Australia agreed on Tuesday to share information on cyber threats, officials said.\n",
);

describe("seed", () => {
  beforeAll(async () => {
    await graph.clear();
  });

  it("writes the bundled article and leaves the same counts when run twice", async () => {
    await seedFiles(graph.executor, bundledArticleFiles());
    const first = await countGraph(graph.executor);
    const [e] = await extractFiles(bundledArticleFiles());
    const dateClaims = e!.events.reduce((sum, event) => sum + event.dates.length, 0);
    const expected =
      1 + e!.sentences.length + e!.actors.length + e!.statements.length + e!.events.length + dateClaims;
    expect(first.nodes).toBe(expected);
    await seedFiles(graph.executor, bundledArticleFiles());
    expect(await countGraph(graph.executor)).toEqual(first);
  });

  it("links a second article that mentions Japan to the same Japan node", async () => {
    await seedFiles(graph.executor, [japanAgain]);
    const [row] = await graph.executor.read<{ japans: number; articles: string[] }>({
      text: `MATCH (j:Actor {id: 'country:jp'})
             OPTIONAL MATCH (j)-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
             RETURN count(DISTINCT j) AS japans, collect(DISTINCT a.publishedAt.year) AS articles`,
      params: {},
    });
    expect(row?.japans).toBe(1);
    expect([...(row?.articles ?? [])].sort()).toEqual([2021, 2022]);
  });

  it("seeds every .txt and .md file of a folder in name order, and nothing else in it", async () => {
    const folder = path.join(dir, "folder");
    mkdirSync(path.join(folder, "nested"), { recursive: true });
    write(
      "folder/b-japan.txt",
      "Japan and Korea hold cyber talks\n\nMarch 03, 2022\n\nJapan and Korea held talks.\n",
    );
    write(
      "folder/a-japan.md",
      "---\ntitle: Japan briefs ASEAN\ndate: 2022-03-04\n---\n\nJapan briefed ASEAN envoys.\n",
    );
    // Neither is an article file of this folder: reading them would fail the seed.
    write("folder/notes.json", "{}");
    write("folder/nested/c-broken.txt", "");
    const report = await seedFiles(graph.executor, [folder]);
    expect(report.articles.map((a) => [path.basename(a.file), a.id, a.status])).toEqual([
      ["a-japan.md", "2022-03-04-japan-briefs-asean", "created"],
      ["b-japan.txt", "2022-03-03-japan-and-korea-hold", "created"],
    ]);
  });

  it("expands * and ? patterns the shell left alone; a pattern matching nothing is a failure", async () => {
    const env = cleanEnv({
      NEO4J_URI: graph.info.uri,
      NEO4J_USER: graph.info.user,
      NEO4J_PASSWORD: graph.info.password,
    });
    const result = await finish(
      runTs("src/cli/seed.ts", [path.join(dir, "folder", "?-japan.*"), path.join(dir, "nomatch-*.txt")], env),
      60_000,
    );
    expect(result.stdout).toMatch(/^unchanged 2022-03-04-japan-briefs-asean/m);
    expect(result.stdout).toMatch(/^unchanged 2022-03-03-japan-and-korea-hold/m);
    expect(result.stderr).toMatch(/^failed .*nomatch-\*\.txt: the pattern matches no file$/m);
    expect(result.code).toBe(1);
  });

  const badInputs: [string, () => string, RegExp][] = [
    ["a missing file", () => path.join(dir, "nope.txt"), /nope\.txt: no such file/],
    ["an empty file", () => write("empty.txt", ""), /empty\.txt: article is empty/],
    [
      "no title",
      () => write("no-title.txt", "July 09, 2021 | 2 minutes read\n\nBody.\n"),
      /no-title\.txt: no title/,
    ],
    ["no date", () => write("no-date.txt", "A title\n\nNot a date line\n\nBody.\n"), /no-date\.txt: .*date/],
    [
      "binary content",
      () => write("binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      /binary\.txt: .*binary/,
    ],
    [
      "a file over the size limit",
      () =>
        write(
          "huge.txt",
          `Big\n\nJuly 09, 2021 | 1 minutes read\n\n${"word ".repeat(MAX_ARTICLE_BYTES / 4)}`,
        ),
      /huge\.txt: .*over the .*limit/,
    ],
    [
      "a folder holding a bad file",
      () => {
        mkdirSync(path.join(dir, "mixed"), { recursive: true });
        write("mixed/a-good.txt", "Good article\n\nMarch 05, 2022\n\nJapan spoke.\n");
        write("mixed/b-bad.txt", "");
        return path.join(dir, "mixed");
      },
      /b-bad\.txt: article is empty/,
    ],
    [
      "a folder without articles",
      () => {
        mkdirSync(path.join(dir, "no-articles"), { recursive: true });
        write("no-articles/readme.json", "{}");
        return path.join(dir, "no-articles");
      },
      /no-articles: folder holds no \.txt or \.md file/,
    ],
  ];

  const articleIds = async () =>
    (await graph.executor.read<{ id: string }>({ text: "MATCH (a:Article) RETURN a.id AS id", params: {} }))
      .map((row) => row.id)
      .sort();

  it.each(badInputs.map((input, index) => [...input, index] as const))(
    "reports %s naming the file, writes nothing of it, and stores the files around it",
    async (name, make, message, index) => {
      const before = await articleIds();
      const file = make();
      // A good, new article after the bad one: the seed must go on to store it.
      const after = write(
        `after-${index}.txt`,
        `Japan and India hold talks number ${index + 1}\n\nApril 0${(index % 9) + 1}, 2022\n\nJapan and India held talks.\n`,
      );
      const result = await finish(
        runTs(
          "src/cli/seed.ts",
          [japanAgain, file, after],
          cleanEnv({
            NEO4J_URI: graph.info.uri,
            NEO4J_USER: graph.info.user,
            NEO4J_PASSWORD: graph.info.password,
          }),
        ),
        60_000,
      );
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/^failed /);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toMatch(/^unchanged 2022-03-02-/m); // japanAgain, before the bad file
      expect(result.stdout).toMatch(/^created 2022-04-0\d-japan-and-india-hold/m);
      expect(result.stdout).toMatch(/^failed +1$/m);
      // Only the new good article(s) were added: the one after, and the good file of the mixed folder.
      const added = (await articleIds()).filter((id) => !before.includes(id));
      const expected = name === "a folder holding a bad file" ? 2 : 1;
      expect(added).toHaveLength(expected);
      expect(added.every((id) => /japan-and-india|good-article/.test(id))).toBe(true);
    },
  );
});
