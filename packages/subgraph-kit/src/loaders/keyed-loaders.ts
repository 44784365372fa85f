import DataLoader from 'dataloader';

/**
 * A loader for rows with a unique key: one query for the whole batch, results in key
 * order, null for a key with no row.
 */
export function createByKeyLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A loader for the rows under each key (children of a parent): one query for the whole
 * batch, each key's rows in the order the query returned them, an empty list for none.
 */
export function createGroupLoader<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  groupOf: (row: Row) => string | null,
): DataLoader<string, Row[]> {
  return new DataLoader(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const group = groupOf(row);
      if (group === null) continue;
      const list = groups.get(group);
      if (list) list.push(row);
      else groups.set(group, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
