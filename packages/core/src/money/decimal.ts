import Decimal from 'decimal.js';

// One configured Decimal for all money and fractional-unit arithmetic: 40 significant digits is far
// beyond any bill, and ROUND_HALF_UP is how prices are conventionally rounded to cents for display.
Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export { Decimal };
