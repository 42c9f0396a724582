import Decimal from 'decimal.js';

// One configured Decimal for all money and fractional-unit arithmetic:
// - 40 significant digits is far beyond any bill;
// - ROUND_HALF_UP is how prices are conventionally rounded to cents for display;
// - toString() never switches to exponent notation ("3.2875e-8"), so every decimal string in a
//   result's JSON is plain fixed-point text that any consumer (and a spreadsheet) reads as written.
Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });

export { Decimal };
