import { type ProvinceContext } from '../context';
import { type Province } from './province.entity';

export async function resolveProvinceReference(
  reference: Pick<Province, 'code'>,
  { loaders }: ProvinceContext,
): Promise<Province | null> {
  return loaders.provinceByCode.load(reference.code);
}
