import { describeMigrationsAgree } from '@union/subgraph-kit/testing';
import { districtSubgraph } from '../src/definition';

describeMigrationsAgree(districtSubgraph);
