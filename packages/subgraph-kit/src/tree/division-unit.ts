import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * What every level's unit has: a GB/T 2260 code, a Chinese name and its pinyin. type-graphql
 * copies a superclass's fields only from a registered object type; since no field returns
 * DivisionUnit it never appears in a schema.
 */
@ObjectType('DivisionUnit', { simpleResolvers: true })
@Entity({ abstract: true })
export abstract class DivisionUnit {
  @PrimaryKey({ type: 'string', length: 6 })
  @Field(() => ID, { description: 'Six-digit GB/T 2260 code.' })
  code!: string;

  @Property({ type: 'string' })
  @Field(() => String, { description: 'Chinese name, e.g. 金牛区.' })
  name!: string;

  @Property({ type: 'string' })
  @Field(() => String, {
    description: 'Full pinyin, lowercase syllables separated by spaces, ü as v: "jin niu qu".',
  })
  pinyin!: string;

  @Property({ type: 'string' })
  @Field(() => String, { description: 'First letter of each syllable: "jnq".' })
  initials!: string;

  /** 0 only until the seed, which runs at every start, writes the unit's years. */
  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, {
    description:
      'The first year at whose end the code was in use. The lists begin at the end of 1981, ' +
      'so 1981 also stands for earlier years.',
  })
  validFrom!: number;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description:
      'The last year at whose end the code was in use (双流县 510122: 2014; 双流区 510116 ' +
      'replaced it in 2015); null while it is in use.',
  })
  validTo!: number | null;

  /**
   * See buildSearchKeys; not part of the graph, so lazy: reads leave it out (it is the
   * longest column) and only the seed, which compares it, asks for it. Long names outgrow
   * varchar(255).
   */
  @Property({ type: 'text', lazy: true })
  searchKeys!: string;
}
