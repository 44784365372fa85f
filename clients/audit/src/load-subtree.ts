import { requestGateway } from './gateway-client';
import {
  buildSubtreeQuery,
  EVERY_ROOT_FIELD,
  type RootFields,
  type SubtreeAnswer,
  type SubtreeData,
  subtreeOf,
} from './subtree-query';

/**
 * The level a code's shape suggests: 510000 a province, 510100 a city, 510104 a county-level
 * unit. Only a guess, since a shape does not make a level; a wrong one costs a second request.
 */
export function likelyRootField(code: string): RootFields {
  if (/^\d{2}0000$/.test(code)) return { province: true, city: false, district: false };
  if (/^\d{4}00$/.test(code)) return { province: false, city: true, district: false };
  return { province: false, city: false, district: true };
}

/**
 * Every cell of the subtree for the metrics (null: the whole catalog), with the names of
 * every unit in it: one request asking the level the code's shape suggests, and, when that
 * level has no such code, a second asking all three.
 */
export async function loadSubtree(
  gatewayUrl: string,
  root: string,
  period: string,
  metrics: readonly string[] | null,
): Promise<SubtreeData> {
  const ask = async (fields: RootFields): Promise<SubtreeData> => {
    const { query, variables } = buildSubtreeQuery(metrics, fields);
    return subtreeOf(
      await requestGateway<SubtreeAnswer>(gatewayUrl, query, variables(root, period)),
    );
  };
  const data = await ask(likelyRootField(root));
  if (data.province || data.city || data.district) return data;
  return ask(EVERY_ROOT_FIELD);
}
