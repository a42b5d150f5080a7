// Limited-memory BFGS for minimizing a smooth function of a few million parameters (the CRF's
// negative log-likelihood plus its L2 term, scripts/ner/crf.ts). No package offers it for Node
// without native code, and the method is short: the two-loop recursion over the last `m`
// (step, gradient change) pairs gives the search direction, a backtracking line search under
// the Armijo condition picks the step. Deterministic: the same function and start give the same
// result.

/** f(x) written into `grad`; returns the value. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  /** Pairs kept (memory: 2·m vectors the size of x). */
  m?: number;
  /** Iterations at most. */
  maxIter?: number;
  /** Stop when the relative decrease of f over the last 5 iterations is below this. */
  tol?: number;
  /** Called after each iteration. */
  log?: (iter: number, f: number, gnorm: number, evals: number) => void;
}

const dot = (a: Float64Array, b: Float64Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * b[i]; return s; };

/** Minimizes f from x (changed in place); returns the number of iterations run. */
export function lbfgs(f: Objective, x: Float64Array, opt: LbfgsOptions = {}): number {
  const m = opt.m ?? 8, maxIter = opt.maxIter ?? 200, tol = opt.tol ?? 1e-5, n = x.length;
  const S: Float64Array[] = [], Y: Float64Array[] = [], rho: number[] = [];
  let g = new Float64Array(n), gNew = new Float64Array(n);
  const d = new Float64Array(n), xNew = new Float64Array(n), alpha = new Array<number>(m);
  let fx = f(x, g), evals = 1;
  const history = [fx];
  let iter = 0;
  for (; iter < maxIter; iter++) {
    // direction d = -H·g by the two-loop recursion
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = S.length - 1; k >= 0; k--) { alpha[k] = rho[k] * dot(S[k], d); const y = Y[k], a = alpha[k]; for (let i = 0; i < n; i++) d[i] -= a * y[i]; }
    const gamma = S.length ? dot(S[S.length - 1], Y[Y.length - 1]) / dot(Y[Y.length - 1], Y[Y.length - 1]) : 1 / Math.sqrt(dot(g, g));
    for (let i = 0; i < n; i++) d[i] *= gamma;
    for (let k = 0; k < S.length; k++) { const b = rho[k] * dot(Y[k], d), s = S[k], c = alpha[k] - b; for (let i = 0; i < n; i++) d[i] += c * s[i]; }
    let slope = dot(g, d);
    if (!(slope < 0)) { for (let i = 0; i < n; i++) d[i] = -g[i]; slope = -dot(g, g); S.length = Y.length = rho.length = 0; }
    // backtracking line search (Armijo)
    let step = 1, fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
      fNew = f(xNew, gNew); evals++;
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) break; // no progress possible
    const s = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++) { s[i] = xNew[i] - x[i]; y[i] = gNew[i] - g[i]; }
    const sy = dot(s, y);
    if (sy > 1e-12) { S.push(s); Y.push(y); rho.push(1 / sy); if (S.length > m) { S.shift(); Y.shift(); rho.shift(); } }
    x.set(xNew);
    [g, gNew] = [gNew, g];
    fx = fNew;
    history.push(fx);
    opt.log?.(iter + 1, fx, Math.sqrt(dot(g, g)), evals);
    const back = history.length > 5 ? history[history.length - 6] : Infinity;
    if ((back - fx) / Math.max(1, Math.abs(fx)) < tol) { iter++; break; }
  }
  return iter;
}
