/** The root of f between low and high (f changes sign there), by bisection to double precision. */
export function bisect(f: (x: number) => number, low: number, high: number): number {
  let a = low;
  let b = high;
  for (let step = 0; step < 100; step += 1) {
    const middle = (a + b) / 2;
    if (Math.sign(f(middle)) === Math.sign(f(a))) a = middle;
    else b = middle;
  }
  return (a + b) / 2;
}
