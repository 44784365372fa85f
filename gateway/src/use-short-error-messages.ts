import { type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { shortErrorMessage } from '@union/subgraph-kit';

/**
 * Shortens every error message Hive Gateway answers with (shortErrorMessage), whether it
 * came from parsing, validation or a subgraph; the Apollo engine does it in formatError.
 */
export function useShortErrorMessages(): GatewayPlugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: { message: string }[] } | null)?.errors;
        for (const error of errors ?? []) error.message = shortErrorMessage(error.message);
      }
    },
  };
}
