import { graphql } from '../gql';

// One query per level for a unit's page: its figures of one period, each with the
// children's sum the audit compares it with, and the children as of the period's end
// year so missing children are named as they were.

graphql(`
  fragment ValueParts on Value {
    value
    lower
    upper
    qualifier
    text
    reading
    unit
    note
    complete
    source {
      document
      quote
    }
  }
`);

graphql(`
  fragment RollupParts on Rollup {
    lower
    upper
    value
    reporting
    expected
    coverage
    missing
  }
`);

export const MetricsQuery = graphql(`
  query Metrics {
    metrics {
      code
      nameZh
      nameEn
      unit
      aggregation
    }
  }
`);

export const ProvincePageQuery = graphql(`
  query ProvincePage($code: ID!, $period: String!, $asOf: Int!) {
    province(code: $code) {
      code
      name
      figures(period: $period) {
        provinceCode
        metric
        period
        version
        reported {
          ...ValueParts
        }
        directChildrenSum {
          ...RollupParts
        }
        audit {
          status
          rule
          gap
          explanation
        }
      }
      cities(asOf: $asOf) {
        code
        name
      }
      districts(asOf: $asOf) {
        code
        name
      }
    }
  }
`);

export const CityPageQuery = graphql(`
  query CityPage($code: ID!, $period: String!, $asOf: Int!) {
    city(code: $code) {
      code
      name
      province {
        code
        name
      }
      figures(period: $period) {
        cityCode
        metric
        period
        version
        reported {
          ...ValueParts
        }
        districtsSum {
          ...RollupParts
        }
        audit {
          status
          rule
          gap
          explanation
        }
      }
      districts(asOf: $asOf) {
        code
        name
      }
    }
  }
`);

export const DistrictPageQuery = graphql(`
  query DistrictPage($code: ID!, $period: String!) {
    district(code: $code) {
      code
      name
      province {
        code
        name
      }
      city {
        code
        name
      }
      figures(period: $period) {
        districtCode
        metric
        period
        version
        reported {
          ...ValueParts
        }
      }
    }
  }
`);

/** Every reported figure of a unit, all periods: the period picker and the time series. */
export const ProvinceHistoryQuery = graphql(`
  query ProvinceHistory($code: ID!) {
    province(code: $code) {
      code
      figures {
        provinceCode
        metric
        period
        reported {
          value
          lower
          upper
          text
        }
      }
    }
  }
`);

export const CityHistoryQuery = graphql(`
  query CityHistory($code: ID!) {
    city(code: $code) {
      code
      figures {
        cityCode
        metric
        period
        reported {
          value
          lower
          upper
          text
        }
      }
    }
  }
`);

export const DistrictHistoryQuery = graphql(`
  query DistrictHistory($code: ID!) {
    district(code: $code) {
      code
      figures {
        districtCode
        metric
        period
        reported {
          value
          lower
          upper
          text
        }
      }
    }
  }
`);
