// `npm run bench:cpu`: CPU time of one request of each bench operation in our process (in process,
// sequential, on the graph already in the database), split into the whole request and the part
// spent inside the executor (driver: session, transaction, decoding). Run it under
// `node --cpu-prof --import tsx` to see where the rest goes.
//
//   CPU_RUNS (200) requests per operation; CPU_OPS filters operations by a substring of their name.

import { loadConfig, loadDotEnv } from "../src/config.ts";
import { openGraph } from "../src/graph/connect.ts";
import { CypherExecutor, type CypherQuery } from "../src/graph/executor.ts";
import { createLogger } from "../src/server/log.ts";
import { createApp } from "../src/server/yoga.ts";
import { benchOperations } from "./compare/operations.ts";
import { sampleGraph } from "./compare/sample.ts";
import { median } from "./compare/table.ts";
import { asFloor } from "./support/floor-params.ts";

const RUNS = Number(process.env.CPU_RUNS ?? 200);
const ONLY = process.env.CPU_OPS ?? "";

/** CPU microseconds (user + system) since `start`. */
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return used.user + used.system;
};

/** Adds up the CPU the executor's reads take, from call to settled rows. */
class CpuExecutor extends CypherExecutor {
  readCpu = 0;
  readBytes = 0;
  /** Counts the rows' JSON size (outside the clock; done for one request only). */
  measureBytes = false;

  override async read<T extends Record<string, unknown>>(query: CypherQuery): Promise<T[]> {
    const start = process.cpuUsage();
    const rows = await super.read<T>(query);
    this.readCpu += cpuSince(start);
    if (this.measureBytes) this.readBytes += JSON.stringify(rows).length;
    return rows;
  }

  override fork(): CypherExecutor {
    return this;
  }
}

async function main() {
  loadDotEnv();
  const config = loadConfig();
  const graph = await openGraph(config, () => {});
  try {
    const executor = new CpuExecutor(graph.driver, config.database);
    const app = createApp({ executor, logger: createLogger({ level: "error", format: "text" }) });
    const sample = await sampleGraph(graph.executor);
    console.log(`${RUNS} sequential requests each; medians; CPU in µs (user + system, whole process)`);
    console.log(
      "| operation | request CPU | in executor | rest | raw query in executor | rows JSON bytes | answer bytes |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|");
    for (const op of benchOperations(sample).filter((o) => o.name.includes(ONLY))) {
      const body = JSON.stringify(op.ours);
      const total: number[] = [];
      const inReads: number[] = [];
      const rawReads: number[] = [];
      const raw = asFloor(op.raw);
      let answerBytes = 0;
      for (let i = 0; i < RUNS + 20; i += 1) {
        executor.readCpu = 0;
        executor.readBytes = 0;
        executor.measureBytes = i === RUNS + 19; // the last one, outside the medians' bulk
        const start = process.cpuUsage();
        const response = await app.fetch("http://localhost/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body,
        });
        const text = await response.text();
        const cpu = cpuSince(start);
        if (i < 20) continue;
        answerBytes = text.length;
        total.push(cpu);
        inReads.push(executor.readCpu);
        const rawStart = process.cpuUsage();
        await graph.executor.read(raw);
        rawReads.push(cpuSince(rawStart));
      }
      const [t, r] = [median(total), median(inReads)];
      console.log(
        `| ${op.name} | ${t} | ${r} | ${t - r} | ${median(rawReads)} | ${executor.readBytes} | ${answerBytes} |`,
      );
    }
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
