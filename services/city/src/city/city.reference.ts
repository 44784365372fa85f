import { type CityContext } from '../context';
import { type City } from './city.entity';

export function resolveCityReference(
  reference: Pick<City, 'code'>,
  { loaders }: CityContext,
): Promise<City | null> {
  return loaders.cityByCode.load(reference.code);
}
