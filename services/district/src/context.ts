import { type RequestContext } from '@union/common';
import { type DistrictLoaders } from './loaders';

export type DistrictContext = RequestContext<DistrictLoaders>;
