import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useLabels } from '../labels';
import { unitHref } from '../route';

const NationQuery = graphql(`
  query Nation {
    provinces {
      code
      name
    }
  }
`);

/** 全国: the provinces to start a walk from. */
export function NationPage() {
  const labels = useLabels();
  const [{ data }] = useQuery({ query: NationQuery });
  return (
    <section>
      <h2>{labels.nation}</h2>
      <ul className="grid">
        {data?.provinces.map((province) => (
          <li key={province.code}>
            <a href={unitHref(province.code)}>{province.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
