import { graphql } from '../gql';

/** A city approver's queue: its districts' reports for a period and their completeness. */
export const CityQueueQuery = graphql(`
  query CityApprovalQueue($code: ID!, $period: String!) {
    city(code: $code) {
      code
      name
      report(period: $period) {
        cityCode
        period
        districtsProgress {
          expected
          open
          submitted
          approved
          returned
          notApproved
        }
      }
      districts {
        code
        name
        report(period: $period) {
          districtCode
          period
          state
          version
          updatedBy
          cells {
            districtCode
            metric
            period
            reported {
              text
            }
          }
        }
      }
    }
  }
`);

/** A province approver's queue: its cities' reports for a period and their completeness. */
export const ProvinceQueueQuery = graphql(`
  query ProvinceApprovalQueue($code: ID!, $period: String!) {
    province(code: $code) {
      code
      name
      report(period: $period) {
        provinceCode
        period
        citiesProgress {
          expected
          open
          submitted
          approved
          returned
          notApproved
        }
      }
      cities {
        code
        name
        report(period: $period) {
          cityCode
          period
          state
          version
          updatedBy
          cells {
            cityCode
            metric
            period
            reported {
              text
            }
          }
        }
      }
    }
  }
`);

export const ApproveDistrictReport = graphql(`
  mutation ApproveDistrictReport($code: ID!, $period: String!, $comment: String) {
    approveDistrictReport(code: $code, period: $period, comment: $comment) {
      districtCode
      period
      state
      version
    }
  }
`);

export const ReturnDistrictReport = graphql(`
  mutation ReturnDistrictReport($code: ID!, $period: String!, $comment: String!) {
    returnDistrictReport(code: $code, period: $period, comment: $comment) {
      districtCode
      period
      state
      version
    }
  }
`);

/** The district subgraph's signed audit of a city's report, which approval needs. */
export const CityAuditSealQuery = graphql(`
  query CityAuditSeal($code: ID!, $period: String!) {
    city(code: $code) {
      code
      report(period: $period) {
        cityCode
        period
        auditSeal {
          inconsistent
          checked
          seal
        }
      }
    }
  }
`);

export const ApproveCityReport = graphql(`
  mutation ApproveCityReport(
    $code: ID!
    $period: String!
    $auditSeal: String
    $override: Boolean
    $comment: String
  ) {
    approveCityReport(
      code: $code
      period: $period
      auditSeal: $auditSeal
      override: $override
      comment: $comment
    ) {
      cityCode
      period
      state
      version
    }
  }
`);

export const ReturnCityReport = graphql(`
  mutation ReturnCityReport($code: ID!, $period: String!, $comment: String!) {
    returnCityReport(code: $code, period: $period, comment: $comment) {
      cityCode
      period
      state
      version
    }
  }
`);
