import { type RequestContext } from '@union/common';
import { type ProvinceLoaders } from './loaders';

export type ProvinceContext = RequestContext<ProvinceLoaders>;
