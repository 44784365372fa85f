import { GraphQLError, type ValidationRule } from 'graphql';
import { shortErrorMessage } from '@union/subgraph-kit';

const MAX_INT = 2 ** 31 - 1;
const MIN_INT = -(2 ** 31);

/**
 * Refuses an integer literal outside GraphQL's 32-bit Int anywhere in a document, also where
 * an ID takes it (`district(code: 5555…)`): graphql-js accepts any length of digits for an
 * ID, but the Rust query planner cannot parse them and Hive answered a bare 500.
 */
export const boundedIntLiterals: ValidationRule = (context) => ({
  IntValue(node) {
    const value = Number(node.value);
    if (value > MAX_INT || value < MIN_INT) {
      context.reportError(
        new GraphQLError(
          shortErrorMessage(
            `integer ${node.value} is outside the 32-bit range GraphQL allows`,
            120,
          ),
          { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } },
        ),
      );
    }
  },
});
