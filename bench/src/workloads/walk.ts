import { audit, ROLLUP, VALUE } from './selections';
import { graphqlWorkload, type WorkloadSettings } from './workload';

export const WALK_DISTRICT = '510106';

/** 金牛区 → 成都市 → 四川省 with every figure each reported for one period. */
export function walk(settings: WorkloadSettings) {
  return graphqlWorkload('walk', 'walk 四川省 → 成都市 → 金牛区', {
    operationName: 'Walk',
    query: `query Walk($code: ID!, $period: String!) {
  district(code: $code) {
    code
    name
    figures(period: $period) { metric reported { ${VALUE} } }
    city {
      code
      name
      figures(period: $period) {
        metric
        reported { ${VALUE} }
        districtsSum { ${ROLLUP} }
        ${audit(settings.withAudit)}
      }
      province {
        code
        name
        figures(period: $period) {
          metric
          reported { ${VALUE} }
          citiesSum { ${ROLLUP} }
          districtsSum { ${ROLLUP} }
          directDistrictsSum { ${ROLLUP} }
          ${audit(settings.withAudit)}
        }
      }
    }
  }
}`,
    variables: { code: WALK_DISTRICT, period: settings.period },
  });
}
