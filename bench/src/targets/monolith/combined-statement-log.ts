import { type RequestCost, SqlStatementLog } from '@union/subgraph-kit';

/**
 * The statement logs of several databases read as one: a monolith request touches all
 * three, and the subgraph server begins and ends one request id on the log it is given.
 */
export class CombinedStatementLog extends SqlStatementLog {
  constructor(private readonly parts: readonly SqlStatementLog[]) {
    super();
  }

  override begin(requestId: string, operationName: string | null): void {
    for (const part of this.parts) part.begin(requestId, operationName);
  }

  override end(requestId: string): RequestCost | undefined {
    const costs = this.parts.map((part) => part.end(requestId));
    const first = costs.find((cost) => cost !== undefined);
    if (!first) return undefined;
    return {
      operationName: first.operationName,
      statements: costs.reduce((total, cost) => total + (cost?.statements ?? 0), 0),
    };
  }

  override totals(): { requests: number; statements: number; unattributed: number } {
    const totals = this.parts.map((part) => part.totals());
    return {
      requests: totals[0]?.requests ?? 0,
      statements: totals.reduce((sum, t) => sum + t.statements, 0),
      unattributed: totals.reduce((sum, t) => sum + t.unattributed, 0),
    };
  }

  override reset(): void {
    for (const part of this.parts) part.reset();
  }
}
