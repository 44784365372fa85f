import { type RequestContext } from '@union/subgraph-kit';
import { type DistrictLoaders } from './loaders';

export type DistrictContext = RequestContext<DistrictLoaders>;
