import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useLabels } from '../labels';
import { unitHref } from '../route';

const ProvincesQuery = graphql(`
  query TreeProvinces {
    provinces {
      code
      name
    }
  }
`);

const ProvinceChildrenQuery = graphql(`
  query TreeProvinceChildren($code: ID!) {
    province(code: $code) {
      code
      cities {
        code
        name
      }
      districts {
        code
        name
        city {
          code
        }
      }
    }
  }
`);

const CityChildrenQuery = graphql(`
  query TreeCityChildren($code: ID!) {
    city(code: $code) {
      code
      districts {
        code
        name
      }
    }
  }
`);

interface Node {
  code: string;
  name: string;
}

/**
 * 全国 → provinces → cities → districts, each level fetched when it is opened. Choosing a
 * unit opens its page and its children; the path of the current unit stays open.
 */
export function UnitTree({ current }: { current: string | null }) {
  const labels = useLabels();
  const [{ data }] = useQuery({ query: ProvincesQuery });
  return (
    <nav className="tree" aria-label="tree">
      <a className={current === null ? 'unit current' : 'unit'} href={unitHref(null)}>
        {labels.nation}
      </a>
      <ul>
        {data?.provinces.map((province) => (
          <TreeItem key={province.code} node={province} current={current} level="PROVINCE" />
        ))}
      </ul>
    </nav>
  );
}

/** Whether `code` lies in the subtree of `ancestor` by the six-digit code scheme. */
function isWithin(code: string | null, ancestor: string, level: 'PROVINCE' | 'CITY'): boolean {
  if (!code) return false;
  return level === 'PROVINCE'
    ? code.slice(0, 2) === ancestor.slice(0, 2)
    : code.slice(0, 4) === ancestor.slice(0, 4);
}

function TreeItem({
  node,
  current,
  level,
}: {
  node: Node;
  current: string | null;
  level: 'PROVINCE' | 'CITY' | 'DISTRICT';
}) {
  const [toggled, setToggled] = useState<boolean | null>(null);
  const open = level !== 'DISTRICT' && (toggled ?? (isWithin(current, node.code, level) || false));
  return (
    <li>
      {level !== 'DISTRICT' && (
        <button
          className="toggle"
          aria-label={open ? 'collapse' : 'expand'}
          onClick={() => setToggled(!open)}
        >
          {open ? '▾' : '▸'}
        </button>
      )}
      <a className={current === node.code ? 'unit current' : 'unit'} href={unitHref(node.code)}>
        {node.name}
      </a>
      {open && level === 'PROVINCE' && <ProvinceChildren code={node.code} current={current} />}
      {open && level === 'CITY' && <CityChildren code={node.code} current={current} />}
    </li>
  );
}

function ProvinceChildren({ code, current }: { code: string; current: string | null }) {
  const [{ data }] = useQuery({ query: ProvinceChildrenQuery, variables: { code } });
  const province = data?.province;
  if (!province) return null;
  return (
    <ul>
      {province.cities.map((city) => (
        <TreeItem key={city.code} node={city} current={current} level="CITY" />
      ))}
      {province.districts
        .filter((district) => district.city === null)
        .map((district) => (
          <TreeItem key={district.code} node={district} current={current} level="DISTRICT" />
        ))}
    </ul>
  );
}

function CityChildren({ code, current }: { code: string; current: string | null }) {
  const [{ data }] = useQuery({ query: CityChildrenQuery, variables: { code } });
  const city = data?.city;
  if (!city) return null;
  return (
    <ul>
      {city.districts.map((district) => (
        <TreeItem key={district.code} node={district} current={current} level="DISTRICT" />
      ))}
    </ul>
  );
}
