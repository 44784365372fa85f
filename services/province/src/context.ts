import { type RequestContext } from '@union/subgraph-kit';
import { type ProvinceLoaders } from './loaders';

export type ProvinceContext = RequestContext<ProvinceLoaders>;
