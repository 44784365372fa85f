import { Entity, Index, Property } from '@mikro-orm/core';
import { Directive, ObjectType } from 'type-graphql';
import { DivisionUnit } from '@union/subgraph-kit';

/** A county-level unit (区, 县, 县级市, 旗); 118 of them hang directly under a province. */
@Entity({ tableName: 'districts' })
@ObjectType({
  description: 'A county-level unit (市辖区, 县, 县级市, 旗, 自治县, 林区, 特区).',
  simpleResolvers: true,
})
@Directive('@key(fields: "code")')
export class District extends DivisionUnit {
  @Index()
  @Property({ type: 'string', length: 6 })
  provinceCode!: string;

  /** Null for the districts of the four municipalities and the province-run counties. */
  @Index()
  @Property({ type: 'string', length: 6, nullable: true })
  cityCode!: string | null;
}
