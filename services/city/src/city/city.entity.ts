import { Entity, Index, Property } from '@mikro-orm/core';
import { Directive, ObjectType } from 'type-graphql';
import { DivisionUnit } from '@union/subgraph-kit';

/** A prefecture-level unit (地级市, 自治州, 地区, 盟); 东莞 and 中山 have no districts. */
@Entity({ tableName: 'cities' })
@ObjectType({
  description: 'A prefecture-level unit (地级市, 自治州, 地区, 盟).',
  simpleResolvers: true,
})
@Directive('@key(fields: "code")')
export class City extends DivisionUnit {
  /** The province's code; the province itself lives in the province subgraph. */
  @Index()
  @Property({ type: 'string', length: 6 })
  provinceCode!: string;
}
