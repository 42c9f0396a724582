/** The date the facts and prices in this release were last checked against AWS's pages. */
export const CHECKED_ON = '2026-11-22';
