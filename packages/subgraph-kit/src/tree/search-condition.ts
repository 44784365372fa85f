import { readSearch } from '@union/domain';
import { readArgument } from '../graphql/errors';

/** The MikroORM filter for a division unit entity (fields code, name, searchKeys). */
export function searchCondition(search: string): Record<string, unknown> {
  const filter = readArgument('search', () => readSearch(search));
  switch (filter.by) {
    case 'code':
      return { code: { $like: `${filter.prefix}%` } };
    case 'name':
      return { name: { $like: `%${filter.contains}%` } };
    case 'pinyin':
      return { searchKeys: { $like: `% ${filter.prefix}%` } };
  }
}
