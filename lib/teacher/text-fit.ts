/**
 * The largest of `steps + 1` evenly spaced sizes (step 0 is the normal size) at which a slide's text still fits, found
 * by halving: about four layouts of the slide instead of two for every step tried one after the other. `fits(step)`
 * applies the size and measures; it is assumed that a larger size never fits where a smaller one does not.
 * Returns 0 if not even the normal size fits (the slide then says that there is more text to scroll).
 */
export function largestFittingStep(steps: number, fits: (step: number) => boolean): number {
  if (!fits(0)) return 0;
  let low = 0;
  let high = steps;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
