import { type DistrictFigure } from './district-figure.type';

/** A cell is its key: `reported` loads the figure, null when there is none. */
export function resolveDistrictFigureReference(reference: DistrictFigure): DistrictFigure {
  return {
    districtCode: reference.districtCode,
    metric: reference.metric,
    period: reference.period,
  };
}
