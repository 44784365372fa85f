import { Directive, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { QUALIFIERS, type Qualifier } from '@union/domain';
import { type FigureRow } from './figure-row';

export const QualifierEnum = Object.fromEntries(QUALIFIERS.map((q) => [q, q])) as {
  [Q in Qualifier]: Q;
};
registerEnumType(QualifierEnum, {
  name: 'Qualifier',
  description: 'How the printed figure bounds the true value: see docs/values.md.',
});

@ObjectType({ description: 'Where a figure was printed.', simpleResolvers: true })
@Directive('@shareable')
export class Source {
  @Field(() => String, { description: "The source report's file name." })
  document!: string;

  @Field(() => String, { description: 'The passage the figure was read from, verbatim.' })
  quote!: string;
}

@ObjectType({
  description:
    'A reported figure: the text as printed and the interval [lower, upper] it stands for.',
  simpleResolvers: true,
})
@Directive('@shareable')
export class Value {
  @Field(() => Float, { description: 'The point value as printed, in base units.' })
  value!: number;

  @Field(() => Float)
  lower!: number;

  @Field(() => Float, { nullable: true, description: 'Null: unbounded above.' })
  upper!: number | null;

  @Field(() => QualifierEnum)
  qualifier!: Qualifier;

  @Field(() => String, { description: 'Exactly as printed, e.g. 329余万人.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the report meant where the printed text is a typo.',
  })
  reading!: string | null;

  @Field(() => String, { description: 'Unit of value, lower and upper: 人, 个, 元, %, 人次...' })
  unit!: string;

  @Field(() => Source, { nullable: true })
  source!: Source | null;

  @Field(() => String, {
    nullable: true,
    description: 'Caveats: an inferred period, a typo, how the figure was mapped.',
  })
  note!: string | null;

  @Field(() => Boolean, {
    description: 'The report declares this figure covers every unit below (audit rule EQUALS).',
  })
  complete!: boolean;
}

export function toValue(row: FigureRow): Value {
  return {
    value: row.value,
    lower: row.lower,
    upper: row.upper,
    qualifier: row.qualifier as Qualifier,
    text: row.text,
    reading: row.reading,
    unit: row.unit,
    source:
      row.document !== null && row.quote !== null
        ? { document: row.document, quote: row.quote }
        : null,
    note: row.note,
    complete: row.complete,
  };
}
