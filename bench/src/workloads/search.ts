import { graphqlWorkload } from './workload';

/** What a user types into a search box: a pinyin syllable, matched at every level. */
export const SEARCH_TEXT = 'jin';

export function search() {
  return graphqlWorkload('search', `search "${SEARCH_TEXT}"`, {
    operationName: 'Search',
    query: `query Search($text: String!) {
  provinces(search: $text) { code name pinyin }
  cities(search: $text) { code name pinyin province { code name } }
  districts(search: $text) { code name pinyin province { code name } city { code name } }
}`,
    variables: { text: SEARCH_TEXT },
  });
}
