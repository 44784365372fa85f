import { type RequestContext } from '@union/common';
import { type CityLoaders } from './loaders';

export type CityContext = RequestContext<CityLoaders>;
