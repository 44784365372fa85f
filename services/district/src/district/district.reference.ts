import { type DistrictContext } from '../context';
import { type District } from './district.entity';

export function resolveDistrictReference(
  reference: Pick<District, 'code'>,
  { loaders }: DistrictContext,
): Promise<District | null> {
  return loaders.districtByCode.load(reference.code);
}
