import { z } from 'zod';
import { didYouMean } from './didYouMean.ts';
import { metaOf } from './fieldMeta.ts';

/**
 * A calculator's input object: strict (an unknown field is an issue, so a typo cannot silently
 * leave a default in place), with messages that name the unknown field, suggest the nearest known
 * one, and list the fields by key and label.
 */
export function inputObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const keys = Object.keys(shape);
  const listed = keys
    .map((key) => {
      const meta = metaOf(shape[key] as z.ZodType);
      return meta ? `${key} (${meta.label})` : key;
    })
    .join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const unknown = issue.keys.slice(0, 5).map((key) => {
          const suggestion = didYouMean(key, keys);
          return `"${key.length > 40 ? `${key.slice(0, 40)}…` : key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
        });
        const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
        return `Unknown field${issue.keys.length === 1 ? '' : 's'} ${unknown.join(', ')}${more}; the fields are ${listed}.`;
      }
      return `Give the input as an object with the fields ${listed}.`;
    },
  });
}
