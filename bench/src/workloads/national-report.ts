import { audit, ROLLUP, VALUE } from './selections';
import { type GraphQLOperation, graphqlWorkload, type WorkloadSettings } from './workload';

/**
 * Every province → city → district for one metric and period: values, rollups, audits.
 * `scope` narrows the provinces by search (a code prefix), for comparing statement counts
 * as the tree grows; the workload itself covers the whole country.
 */
export function nationalReportOperation(
  settings: WorkloadSettings,
  scope?: string,
): GraphQLOperation {
  return {
    operationName: 'NationalReport',
    query: `query NationalReport($metric: String!, $period: String!, $scope: String) {
  provinces(search: $scope) {
    code
    name
    figure(metric: $metric, period: $period) {
      reported { ${VALUE} }
      citiesSum { ${ROLLUP} }
      districtsSum { ${ROLLUP} }
      directDistrictsSum { ${ROLLUP} }
      ${audit(settings.withAudit)}
    }
    cities {
      code
      name
      figure(metric: $metric, period: $period) {
        reported { ${VALUE} }
        districtsSum { ${ROLLUP} }
        ${audit(settings.withAudit)}
      }
      districts {
        code
        name
        figure(metric: $metric, period: $period) { reported { ${VALUE} } }
      }
    }
  }
}`,
    variables: { metric: settings.metric, period: settings.period, scope: scope ?? null },
  };
}

export function nationalReport(settings: WorkloadSettings, scope?: string) {
  return graphqlWorkload('national', 'national report', nationalReportOperation(settings, scope));
}
