import { z } from 'zod';
import { choicesText, LABELLED_ENUMS } from '../domain/enum-labels';
import { type ColumnKind, type ColumnSpec, type TableSpec, writableColumns } from './column';
import {
  FIRST_DATE,
  hasNoUnsafeCharacters,
  isIsoDate,
  isPlausibleDate,
  isTime,
  LAST_DATE,
  normaliseTimestamp,
  UNSAFE_TEXT_MESSAGE,
} from './formats';
import { formatHint, TEXT_FORMATS } from './text-formats';

/** Blank text means "not recorded": plants leave cells empty and the KPI engine infers. */
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** A bound as a person writes it: `1,000,000`, which the import's number reader accepts too. */
const bound = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

function boundedNumber(base: z.ZodNumber, min?: number, max?: number): z.ZodNumber {
  let schema = base;
  if (min !== undefined)
    schema = schema.min(min, min === 0 ? 'must be 0 or more' : `must be at least ${bound(min)}`);
  if (max !== undefined) schema = schema.max(max, `must be at most ${bound(max)}`);
  return schema;
}

/** Any text of a payload or a file: NUL and text-direction controls are refused everywhere. */
export function safeString(message: string) {
  return z.string({ error: message }).refine(hasNoUnsafeCharacters, UNSAFE_TEXT_MESSAGE);
}

const DATE_RANGE_MESSAGE = `must be a date from ${FIRST_DATE} to ${LAST_DATE}`;

/** A real `YYYY-MM-DD` date between FIRST_DATE and LAST_DATE (the schema of every date column and payload). */
export function dateSchema() {
  return (
    z
      .string({ error: 'must be a date like 2026-03-02' })
      .trim()
      // The codes in params travel beside the English words (issue-codes.ts), worded per language.
      .refine(isIsoDate, {
        message: 'must be a real date like 2026-03-02',
        params: { issue: 'date.notReal' },
      })
      // One message per cell: a date that does not exist is not also out of range.
      .refine((v) => !isIsoDate(v) || isPlausibleDate(v), {
        message: DATE_RANGE_MESSAGE,
        params: { issue: 'date.range', from: FIRST_DATE, to: LAST_DATE },
      })
  );
}

/** The schema of one non-null value of a column kind, with messages in plant words. */
export function valueSchema(type: ColumnKind): z.ZodType {
  switch (type.kind) {
    case 'key':
      return z
        .string({ error: 'must be text' })
        .trim()
        .min(1, 'must not be blank')
        .max(type.max, `must be at most ${type.max} characters`)
        .regex(TEXT_FORMATS.key.pattern, formatHint('key'));
    case 'text': {
      let schema = safeString('must be text').trim().max(type.max, `must be at most ${type.max} characters`);
      if (type.min !== undefined) schema = schema.min(type.min, `must be at least ${type.min} characters`);
      if (type.format) schema = schema.regex(TEXT_FORMATS[type.format].pattern, formatHint(type.format));
      return schema;
    }
    case 'int':
      return boundedNumber(
        z.number({ error: 'must be a number' }).int('must be a whole number'),
        type.min,
        type.max,
      );
    case 'real':
      return boundedNumber(z.number({ error: 'must be a number' }), type.min, type.max).refine(
        Number.isFinite,
        'must be a number',
      );
    case 'bool':
      return z.preprocess(
        (v) => (v === true ? 1 : v === false ? 0 : v),
        z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' }),
      );
    case 'date':
      return dateSchema();
    case 'time':
      return z
        .string({ error: 'must be a time like 07:00' })
        .trim()
        .refine(isTime, { message: 'must be a time like 07:00 (24-hour)', params: { issue: 'time.format' } });
    case 'timestamp':
      return z.string({ error: 'must be a timestamp like 2026-03-02T17:30:00Z' }).transform((v, ctx) => {
        const normalised = normaliseTimestamp(v);
        if (normalised === null) {
          ctx.addIssue({ code: 'custom', message: 'must be a timestamp like 2026-03-02T17:30:00Z' });
          return z.NEVER;
        }
        if (!isPlausibleDate(normalised)) {
          ctx.addIssue({ code: 'custom', message: `must be a timestamp from ${FIRST_DATE} to ${LAST_DATE}` });
          return z.NEVER;
        }
        return normalised;
      });
    case 'enum': {
      const message = `must be one of ${choicesText(type.values, type.labels)}`;
      // The enumeration's name lets another language list the choices in its own words (zod-issue-rule.ts).
      const enumName = Object.keys(LABELLED_ENUMS).find(
        (name) => LABELLED_ENUMS[name]?.labels === type.labels,
      );
      const params = enumName ? { rule: 'issue.notOneOfEnum', choices: enumName } : undefined;
      return z.string({ error: message }).refine((v) => type.values.includes(v), { message, params });
    }
    case 'code':
      return safeString('must be a code')
        .trim()
        .min(1, 'must not be blank')
        .max(50, 'must be at most 50 characters')
        .transform((v) => v.toUpperCase());
    case 'ref':
      return safeString('must be an id')
        .trim()
        .min(1, 'must not be blank')
        .max(100, 'must be at most 100 characters');
  }
}

function columnSchema(column: ColumnSpec, mode: 'create' | 'update'): z.ZodType {
  const value = valueSchema(column.type);
  const mustBeGiven = mode === 'create' && column.required === true && column.generated === undefined;
  // A missing field is "is required" too, not a type complaint about `undefined`.
  if (mustBeGiven)
    return z.preprocess(
      (v) => (v === undefined ? null : blankToNull(v)),
      value.nullable().refine((v) => v !== null, 'is required'),
    );
  if (column.required) {
    // Given-or-generated: may be absent, but never blanked out.
    return z.preprocess(
      blankToNull,
      value
        .nullable()
        .optional()
        .refine((v) => v !== null, 'is required'),
    );
  }
  return z.preprocess(blankToNull, value.nullable().optional());
}

/** The request schema for creating one row of a table. Unknown fields are refused by name. */
export function createSchema(spec: TableSpec) {
  const shape: Record<string, z.ZodType> = {};
  for (const column of writableColumns(spec)) shape[column.name] = columnSchema(column, 'create');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'is not a field of this table' : undefined),
  });
}

/** The request schema for an update: the key, the version last read, and the fields to change. */
export function updateSchema(spec: TableSpec) {
  const changes: Record<string, z.ZodType> = {};
  for (const column of writableColumns(spec)) {
    if (spec.key.includes(column.name) || column.name === 'client_id') continue;
    changes[column.name] = columnSchema(column, 'update');
  }
  const key: Record<string, z.ZodType> = {};
  for (const name of spec.key) key[name] = valueSchema({ kind: 'ref', target: 'client' });
  return z.strictObject({
    key: z.strictObject(key),
    version: z.number({ error: 'must be the version you last read' }).int().min(1),
    changes: z.strictObject(changes),
  });
}

/** The request schema for naming one row: its key (and the version, for deletes). */
export function keySchema(spec: TableSpec) {
  const key: Record<string, z.ZodType> = {};
  for (const name of spec.key) key[name] = valueSchema({ kind: 'ref', target: 'client' });
  return z.strictObject(key);
}
