import { loadDivisionHistory } from '@union/domain';
import { type ClassType, FieldResolver, Resolver, Root } from 'type-graphql';
import { UnitChange } from './unit-change.type';

/**
 * `successors` and `predecessors` on a level's unit type, from the dated tree in memory: no
 * statement. A retired code's successors say where a figure reported under it belongs now.
 */
export function createUnitChangesResolver<Unit extends { code: string }>(
  unitType: ClassType<Unit>,
) {
  @Resolver(() => unitType)
  class UnitChangesResolver {
    @FieldResolver(() => [UnitChange], {
      description:
        'What the code became when it was retired (双流县 510122: 双流区 510116 from 2015), ' +
        'oldest first; empty for a code in use. A retired city the lists name no code for ' +
        'has the units that took its county-level units (莱芜市 371200: 济南市 370100).',
    })
    successors(@Root() unit: Unit): readonly UnitChange[] {
      return loadDivisionHistory().successors(unit.code);
    }

    @FieldResolver(() => [UnitChange], {
      description:
        'The retired codes that became this one (双流区 510116: 双流县 510122), oldest first.',
    })
    predecessors(@Root() unit: Unit): readonly UnitChange[] {
      return loadDivisionHistory().predecessors(unit.code);
    }
  }
  return UnitChangesResolver;
}
