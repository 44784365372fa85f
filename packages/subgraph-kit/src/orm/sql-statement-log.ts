import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/** What one GraphQL request to a subgraph cost in SQL. */
export interface RequestCost {
  operationName: string | null;
  statements: number;
}

const KEPT_REQUESTS = 1000;

/**
 * Counts SQL statements per GraphQL request. A request's forked EntityManager carries
 * `{ requestId }` in its logger context (MikroORM deep-copies that context, so it holds a
 * plain id rather than a mutable counter); the ORM's logger reports every statement here.
 */
export class SqlStatementLog {
  private readonly inFlight = new Map<string, RequestCost>();
  private readonly finished: RequestCost[] = [];
  private totalRequests = 0;
  private totalStatements = 0;
  private unattributed = 0;

  begin(requestId: string, operationName: string | null): void {
    this.inFlight.set(requestId, { operationName, statements: 0 });
  }

  record(requestId: unknown): void {
    const cost = typeof requestId === 'string' ? this.inFlight.get(requestId) : undefined;
    if (cost) cost.statements += 1;
    else this.unattributed += 1;
  }

  end(requestId: string): RequestCost | undefined {
    const cost = this.inFlight.get(requestId);
    if (!cost) return undefined;
    this.inFlight.delete(requestId);
    this.totalRequests += 1;
    this.totalStatements += cost.statements;
    this.finished.push(cost);
    if (this.finished.length > KEPT_REQUESTS) this.finished.shift();
    return cost;
  }

  /** The most recent finished requests, oldest first (at most 1,000). */
  requests(): readonly RequestCost[] {
    return [...this.finished];
  }

  totals(): { requests: number; statements: number; unattributed: number } {
    return {
      requests: this.totalRequests,
      statements: this.totalStatements,
      unattributed: this.unattributed,
    };
  }

  reset(): void {
    this.finished.length = 0;
    this.totalRequests = 0;
    this.totalStatements = 0;
    this.unattributed = 0;
  }
}

/** A MikroORM logger that feeds the statement log and prints queries only when asked to. */
export class CountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly statements: SqlStatementLog,
    private readonly print: boolean,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (context.level !== 'error') this.statements.record(context.requestId);
    if (this.print) super.logQuery(context);
  }
}
