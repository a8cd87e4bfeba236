// The one place that opens sessions. Reads run in read transactions, writes in one write
// transaction, and every session is closed in `finally`. Query text is built elsewhere (pure).
import type { Driver, ManagedTransaction, RecordShape } from "neo4j-driver";
import { DatabaseUnavailableError, isUnavailable } from "./errors.ts";

export interface CypherQuery {
  text: string;
  params: Record<string, unknown>;
}

export class CypherExecutor {
  /** Round trips made through this executor; the N+1 test reads it. */
  roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    readonly database: string,
  ) {}

  async read<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]> {
    this.roundTrips += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: "READ" });
    try {
      return await session.executeRead(async (tx) => {
        const result = await tx.run<T>(query.text, query.params);
        return result.records.map((record) => record.toObject());
      });
    } catch (error) {
      throw isUnavailable(error) ? new DatabaseUnavailableError("The graph database is unavailable.") : error;
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in a single write transaction: all of it commits, or none. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "WRITE" });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /** Schema commands cannot share a transaction with data writes, so each runs on its own. */
  async runSchemaCommands(commands: string[]): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "WRITE" });
    try {
      for (const command of commands) await session.run(command);
    } finally {
      await session.close();
    }
  }

  /** Forks a per-request executor with its own round-trip counter over the same driver. */
  fork(): CypherExecutor {
    return new CypherExecutor(this.driver, this.database);
  }
}
