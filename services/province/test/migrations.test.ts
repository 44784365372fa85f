import { describeMigrationsAgree } from '@union/subgraph-kit/testing';
import { provinceSubgraph } from '../src/definition';

describeMigrationsAgree(provinceSubgraph);
