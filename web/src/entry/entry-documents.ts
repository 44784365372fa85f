import { graphql } from '../gql';

// Each level's figures are written at that level's subgraph, so each has its own fields;
// the form picks them by the unit's level.

export const CurrentFigureDocuments = {
  PROVINCE: graphql(`
    query ProvinceEntryCell($code: ID!, $metric: String!, $period: String!) {
      province(code: $code) {
        code
        name
        figure(metric: $metric, period: $period) {
          provinceCode
          metric
          period
          version
          reported {
            text
          }
        }
        report(period: $period) {
          provinceCode
          period
          state
          version
        }
      }
    }
  `),
  CITY: graphql(`
    query CityEntryCell($code: ID!, $metric: String!, $period: String!) {
      city(code: $code) {
        code
        name
        figure(metric: $metric, period: $period) {
          cityCode
          metric
          period
          version
          reported {
            text
          }
        }
        report(period: $period) {
          cityCode
          period
          state
          version
        }
      }
    }
  `),
  DISTRICT: graphql(`
    query DistrictEntryCell($code: ID!, $metric: String!, $period: String!) {
      district(code: $code) {
        code
        name
        figure(metric: $metric, period: $period) {
          districtCode
          metric
          period
          version
          reported {
            text
          }
        }
        report(period: $period) {
          districtCode
          period
          state
          version
        }
      }
    }
  `),
};

export const RecordDocuments = {
  PROVINCE: graphql(`
    mutation RecordProvinceFigure($input: FigureInput!) {
      recordProvinceFigure(input: $input) {
        provinceCode
        metric
        period
        version
        reported {
          text
          lower
          upper
        }
      }
    }
  `),
  CITY: graphql(`
    mutation RecordCityFigure($input: FigureInput!) {
      recordCityFigure(input: $input) {
        cityCode
        metric
        period
        version
        reported {
          text
          lower
          upper
        }
      }
    }
  `),
  DISTRICT: graphql(`
    mutation RecordDistrictFigure($input: FigureInput!) {
      recordDistrictFigure(input: $input) {
        districtCode
        metric
        period
        version
        reported {
          text
          lower
          upper
        }
      }
    }
  `),
};

export const SubmitDocuments = {
  PROVINCE: graphql(`
    mutation SubmitProvinceReport($code: ID!, $period: String!, $comment: String) {
      submitProvinceReport(code: $code, period: $period, comment: $comment) {
        provinceCode
        period
        state
        version
      }
    }
  `),
  CITY: graphql(`
    mutation SubmitCityReport($code: ID!, $period: String!, $comment: String) {
      submitCityReport(code: $code, period: $period, comment: $comment) {
        cityCode
        period
        state
        version
      }
    }
  `),
  DISTRICT: graphql(`
    mutation SubmitDistrictReport($code: ID!, $period: String!, $comment: String) {
      submitDistrictReport(code: $code, period: $period, comment: $comment) {
        districtCode
        period
        state
        version
      }
    }
  `),
};
