import { given, grouped } from '../../format.ts';

export { given, grouped };
/** Seconds for an axis: seconds below two hours, hours beyond. */
export function axisTime(seconds: number, span: number): string {
  return span > 7_200 ? `${grouped(seconds / 3_600, 1)} h` : `${grouped(seconds, 0)} s`;
}
