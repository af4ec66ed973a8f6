/** Correctly rounded elementary functions (placeholder: JS Math until the double-double versions land). */
export const exp = Math.exp;
export const exp2 = (x: number): number => Math.pow(2, x);
export const log = Math.log;
export const log2 = Math.log2;
export const pow = Math.pow;
export const sin = Math.sin;
export const cos = Math.cos;
export const tan = Math.tan;
export const asin = Math.asin;
export const acos = Math.acos;
export const atan = Math.atan;
export const atan2 = Math.atan2;
