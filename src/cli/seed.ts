// `npm run seed [-- DIR|FILE…]`: extract and store articles; without arguments, the bundled ones.
// Prints one line per article as soon as its transaction has committed.
import path from "node:path";
import { loadConfig, loadDotEnv } from "../config.ts";
import { openGraph } from "../graph/connect.ts";
import { bundledArticleFiles, extractTargets, type SeededArticle, seedExtracted } from "../graph/seed.ts";
import { countGraph } from "../graph/write-article.ts";
import { runCli } from "./run-cli.ts";

function describeSeeded(a: SeededArticle): string {
  const c = a.counts;
  const line =
    `${a.status} ${a.id}: ${c.sentences} sentences, ${c.actors} actors, ${c.statements} statements, ` +
    `${c.events} events, ${c.dateClaims} date claims, ${c.relations} relations`;
  return [line, ...a.warnings.map((w) => `  warning: ${w}`)].join("\n");
}

runCli(async () => {
  loadDotEnv();
  const args = process.argv.slice(2).map((target) => path.resolve(target));
  // Every file is read and extracted before a database is started: bad input costs nothing and writes nothing.
  const extracted = await extractTargets(args.length > 0 ? args : bundledArticleFiles());
  const graph = await openGraph(loadConfig(), (line) => console.log(line));
  try {
    const report = await seedExtracted(graph.executor, extracted, (a) => console.log(describeSeeded(a)));
    for (const warning of report.warnings) console.log(`warning: ${warning}`);
    const tally = (status: string) => report.articles.filter((a) => a.status === status).length;
    console.log(
      `${report.articles.length} articles: ${tally("created")} created, ${tally("updated")} updated, ${tally("unchanged")} unchanged`,
    );
    const counts = await countGraph(graph.executor);
    console.log(`graph now holds ${counts.nodes} nodes and ${counts.relationships} relationships`);
  } finally {
    await graph.close();
  }
});
