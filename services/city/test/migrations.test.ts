import { describeMigrationsAgree } from '@union/subgraph-kit/testing';
import { citySubgraph } from '../src/definition';

describeMigrationsAgree(citySubgraph);
