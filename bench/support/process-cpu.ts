// CPU time a process has used so far (user + system), read from /proc/<pid>/stat. Unlike latency and
// throughput, CPU per request hardly moves when other jobs share the machine, so the bench reports
// it beside them: for each system's server process and for the Neo4j JVM they all read from.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const reported = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
    ticksPerSecond = Number.isInteger(reported) && reported > 0 ? reported : 100;
  }
  return ticksPerSecond;
}

/** Milliseconds of CPU used by `pid` since it started, or undefined if it cannot be read. */
export function cpuMilliseconds(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return undefined;
  return ((user + system) * 1000) / clockTicks();
}

/** Starts a CPU meter on some processes; `perRequest(n)` gives each one's CPU ms per request since. */
export function cpuMeter(pids: (number | undefined)[]) {
  const start = pids.map((pid) => (pid === undefined ? undefined : cpuMilliseconds(pid)));
  return {
    perRequest(requests: number): (number | undefined)[] {
      return pids.map((pid, i) => {
        const before = start[i];
        const after = pid === undefined ? undefined : cpuMilliseconds(pid);
        if (before === undefined || after === undefined || requests <= 0) return undefined;
        return (after - before) / requests;
      });
    },
  };
}
