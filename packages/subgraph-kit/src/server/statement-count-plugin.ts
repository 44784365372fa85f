import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { type SqlStatementLog } from '../orm/sql-statement-log';

/**
 * Attributes each request's SQL statements to it: the request opens its entry in the log
 * when Apollo Server starts it (after the context, which holds the request id the forked
 * EntityManager tags its statements with) and closes it when the response is sent.
 */
export function statementCountPlugin<Context extends BaseContext & { requestId: string }>(
  sqlLog: SqlStatementLog,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      sqlLog.begin(contextValue.requestId, request.operationName ?? null);
      return {
        async willSendResponse() {
          sqlLog.end(contextValue.requestId);
        },
      };
    },
  };
}
