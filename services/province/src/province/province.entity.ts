import { Entity } from '@mikro-orm/core';
import { Directive, ObjectType } from 'type-graphql';
import { DivisionUnit } from '@union/subgraph-kit';

/** A province-level unit: province, autonomous region or one of the four municipalities. */
@Entity({ tableName: 'provinces' })
@ObjectType({ description: 'A province-level unit (省, 自治区, 直辖市).', simpleResolvers: true })
@Directive('@key(fields: "code")')
export class Province extends DivisionUnit {}
