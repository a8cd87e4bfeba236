// `npm run seed [-- FILE…]`: extract and store articles; without files, the bundled ones.
import path from "node:path";
import { loadConfig, loadDotEnv } from "../config.ts";
import { openGraph } from "../graph/connect.ts";
import { bundledArticleFiles, extractFiles, seedFiles } from "../graph/seed.ts";
import { countGraph } from "../graph/write-article.ts";
import { runCli } from "./run-cli.ts";

runCli(async () => {
  loadDotEnv();
  const files = process.argv.slice(2).map((file) => path.resolve(file));
  const targets = files.length > 0 ? files : bundledArticleFiles();
  // Validate every file before starting a database, so bad input costs nothing and writes nothing.
  await extractFiles(targets);
  const graph = await openGraph(loadConfig(), (line) => console.log(line));
  try {
    const report = await seedFiles(graph.executor, targets);
    for (const a of report.articles) {
      console.log(
        `seeded ${a.id}: ${a.actors} actors, ${a.statements} statements, ${a.events} events, ${a.relations} relations`,
      );
    }
    const counts = await countGraph(graph.executor);
    console.log(`graph now holds ${counts.nodes} nodes and ${counts.relationships} relationships`);
  } finally {
    await graph.close();
  }
});
