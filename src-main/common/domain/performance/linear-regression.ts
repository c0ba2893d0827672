export interface LineFit {
  slope: number;
  intercept: number;
  /** Coefficient of determination of the fit (1 when every point lies on the line). */
  rSquared: number;
}

/** Ordinary least-squares line y = slope·x + intercept; null with fewer than two distinct x values. */
export function fitLine(xs: readonly number[], ys: readonly number[]): LineFit | null {
  const n = xs.length;
  if (n !== ys.length) throw new RangeError('fitLine needs as many y values as x values');
  if (n < 2) return null;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX, rSquared: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}
