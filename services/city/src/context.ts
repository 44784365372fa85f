import { type RequestContext } from '@union/subgraph-kit';
import { type CityLoaders } from './loaders';

export type CityContext = RequestContext<CityLoaders>;
