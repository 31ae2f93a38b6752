/**
 * The λmax-optimal completion's figures for `npm run bench` (bench/run.ts calls reportCompletion):
 * - before and after, on the same matrices: milliseconds of the first implementation (cyclic
 *   coordinate descent with bisection, kept as test/helpers/lambda-min-reference.ts) beside today's
 *   Newton method (AHP.COMPLETE(…, "lambda-min")), n = 15, 30, 40, 60, Saaty-scale judgements with
 *   about a quarter of the pairs blank; Newton's time is the fastest of several runs, the old
 *   method's a single run (it takes seconds to a minute);
 * - agreement: the largest difference between the two completions (|Δ ln a_ij| and |Δλmax|) over
 *   random incomplete matrices, n = 3…12, 10–60% blank.
 */
import { ahpComplete, lambdaMaxOf, principalEigenvector } from "../src/core";
import { lambdaMinByCoordinates } from "../test/helpers/lambda-min-reference";
import { randomIncomplete, seededRandom } from "../test/helpers/reference";

function millis(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function fastest(fn: () => unknown, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) best = Math.min(best, millis(fn));
  return best;
}

const lambdaOf = (a: number[][]): number => lambdaMaxOf(a, principalEigenvector(a));

/** Largest |Δ ln a_ij| and |Δλmax| between two completions of one matrix. */
function difference(a: number[][], b: number[][]): { entry: number; lambda: number } {
  let entry = 0;
  a.forEach((row, i) =>
    row.forEach((value, j) => (entry = Math.max(entry, Math.abs(Math.log(value / b[i][j])))))
  );
  return { entry, lambda: Math.abs(lambdaOf(a) - lambdaOf(b)) };
}

export function reportCompletion(agreementCases = 300): void {
  console.log(
    '\nλmax-optimal completion, AHP.COMPLETE(…, "lambda-min"): Saaty scale, ¼ of pairs blank'
  );
  console.log("   n   blanks   before ms   after ms   speed-up   |Δ ln a_ij|   |Δλmax|");
  for (const n of [15, 30, 40, 60]) {
    const upper = randomIncomplete(n, seededRandom(n), 0.25);
    const blanks = upper.reduce(
      (sum, row, i) => sum + row.filter((x, j) => j > i && x === null).length,
      0
    );
    let newton: number[][] = [];
    const after = fastest(() => (newton = ahpComplete(upper, "lambda-min")), 5);
    let reference: number[][] = [];
    const before = millis(() => (reference = lambdaMinByCoordinates(upper)));
    const { entry, lambda } = difference(newton, reference);
    console.log(
      `  ${String(n).padStart(2)} ${String(blanks).padStart(8)} ${before.toFixed(0).padStart(11)} ` +
        `${after.toFixed(1).padStart(10)} ${(before / after).toFixed(0).padStart(9)}× ` +
        `${entry.toExponential(1).padStart(12)} ${lambda.toExponential(1).padStart(9)}`
    );
  }
  const random = seededRandom(2025);
  let entry = 0;
  let lambda = 0;
  for (let t = 0; t < agreementCases; t++) {
    const upper = randomIncomplete(3 + (t % 10), random, [0.1, 0.25, 0.4, 0.6][t % 4]);
    const d = difference(ahpComplete(upper, "lambda-min"), lambdaMinByCoordinates(upper));
    entry = Math.max(entry, d.entry);
    lambda = Math.max(lambda, d.lambda);
  }
  console.log(
    `  agreement over ${agreementCases} random matrices, n = 3…12, 10–60% blank: ` +
      `|Δ ln a_ij| ≤ ${entry.toExponential(1)}, |Δλmax| ≤ ${lambda.toExponential(1)}`
  );
}
