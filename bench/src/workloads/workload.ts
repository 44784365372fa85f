import type http from 'node:http';
import { postJson } from '../measure/http-client';

/** One unit of work the bench repeats, the same against every target. */
export interface Workload {
  name: string;
  title: string;
  /** Sends one request (for the audit CLI: one whole run) to a target; the response text. */
  send(url: string, agent: http.Agent): Promise<string>;
  /** A failure the response reports, found without parsing it; undefined when none. */
  failureOf(response: string): string | undefined;
  /** The answer in the response, for comparing targets; throws when it reports errors. */
  answerOf(response: string): unknown;
}

export interface GraphQLOperation {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface WorkloadSettings {
  metric: string;
  period: string;
  /** `audit` exists in the supergraph (ProvinceFigure.audit and CityFigure.audit). */
  withAudit: boolean;
}

/** A workload that is one GraphQL operation. */
export function graphqlWorkload(
  name: string,
  title: string,
  operation: GraphQLOperation,
): Workload & { operation: GraphQLOperation } {
  const payload = JSON.stringify(operation);
  return {
    name,
    title,
    operation,
    async send(url, agent) {
      const response = await postJson(new URL(url), payload, agent);
      if (response.status !== 200) {
        throw new Error(`HTTP ${response.status}: ${response.body.slice(0, 500)}`);
      }
      return response.body;
    },
    failureOf: (response) =>
      response.includes('"errors":') ? `GraphQL errors: ${response.slice(0, 500)}` : undefined,
    answerOf(response) {
      const body = JSON.parse(response) as { data?: unknown; errors?: unknown[] };
      if (body.errors)
        throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 800)}`);
      return body.data;
    },
  };
}
