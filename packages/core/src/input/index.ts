export { didYouMean } from './didYouMean.ts';
export { EXCERPT_LENGTH, excerpt } from './excerpt.ts';
export type { FieldMeta, InputField } from './fieldMeta.ts';
export { field, fieldRegistry, fieldsOf, labelAt, metaOf } from './fieldMeta.ts';
export type { NumberOptions, SizeOptions } from './fields.ts';
export {
  choiceField,
  durationField,
  MAX_FIELD_TEXT,
  monthHoursField,
  numberField,
  pricesField,
  rateField,
  refuse,
  sizeField,
  textField,
  tooLong,
} from './fields.ts';
export { inputObject } from './inputObject.ts';
export type { NumberTextParse } from './numberText.ts';
export { parseNumberText } from './numberText.ts';
export type { ParseFailure, Parsed } from './parsed.ts';
export type { Problem } from './problem.ts';
