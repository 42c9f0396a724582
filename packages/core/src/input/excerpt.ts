/** At most this many characters of a user's text are quoted back in a message. */
export const EXCERPT_LENGTH = 40;

/**
 * A bounded quotation of user input for a message: a pasted megabyte must not come back as a
 * megabyte-long message. Longer text is cut and says how long it was.
 *
 * @example
 * excerpt('x'.repeat(100)) //=> 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100 characters)'
 */
export function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH
    ? text
    : `${text.slice(0, EXCERPT_LENGTH)}… (${text.length} characters)`;
}
