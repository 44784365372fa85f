import { useDeferredValue, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useLabels } from '../labels';
import { unitHref } from '../route';

const SearchQuery = graphql(`
  query SearchUnits($search: String!) {
    provinces(search: $search) {
      code
      name
    }
    cities(search: $search) {
      code
      name
      province {
        name
      }
    }
    districts(search: $search, first: 20) {
      code
      name
      city {
        name
      }
      province {
        name
      }
    }
  }
`);

/** One box for every level: a Chinese name, pinyin (jinniu), initials (jnq) or a code prefix. */
export function UnitSearch() {
  const labels = useLabels();
  const [text, setText] = useState('');
  const search = useDeferredValue(text.trim());
  const [{ data }] = useQuery({
    query: SearchQuery,
    variables: { search },
    pause: search.length === 0,
  });
  const results = search
    ? [
        ...(data?.provinces ?? []).map((p) => ({ code: p.code, name: p.name, path: '' })),
        ...(data?.cities ?? []).map((c) => ({ code: c.code, name: c.name, path: c.province.name })),
        ...(data?.districts ?? []).map((d) => ({
          code: d.code,
          name: d.name,
          path: [d.province.name, d.city?.name].filter(Boolean).join(' '),
        })),
      ]
    : [];
  return (
    <div className="search">
      <input
        type="search"
        placeholder={labels.search}
        aria-label={labels.search}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {search && data && (
        <ul className="search-results" aria-label="search results">
          {results.length === 0 && <li className="muted">{labels.noMatch}</li>}
          {results.map((unit) => (
            <li key={unit.code}>
              <a href={unitHref(unit.code)} onClick={() => setText('')}>
                {unit.name}
              </a>{' '}
              <span className="muted">
                {unit.path} {unit.code}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
