/**
 * The core as a library: called with hostile values, it either returns finite numbers or throws a
 * KinerjaError with a message — never a TypeError, never NaN.
 */
import fc from "fast-check";
import * as core from "../../src/core";

const hostile = fc.oneof(
  fc.double(),
  fc.integer({ min: -20, max: 20 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1e308, 5e-324),
  fc.string({ maxLength: 4 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean()
);
const hostileGrid = fc.array(fc.array(hostile, { maxLength: 4 }), { maxLength: 4 });

function expectFiniteOrKinerjaError(fn: () => unknown): void {
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    expect(error).toBeInstanceOf(core.KinerjaError);
    expect((error as Error).message.length).toBeGreaterThan(5);
    return;
  }
  const values = ([] as unknown[]).concat(result).flat(2);
  for (const value of values) {
    if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  }
}

test("every core function answers hostile input with a finite result or a KinerjaError", () => {
  fc.assert(
    fc.property(
      hostile,
      hostile,
      hostile,
      hostile,
      hostile,
      hostileGrid,
      hostileGrid,
      (a, b, c, d, e, g, h) => {
        const n = (x: unknown) => x as number;
        expectFiniteOrKinerjaError(() => core.omaxLevels(n(a), n(b), n(c), n(d)));
        expectFiniteOrKinerjaError(() => core.omaxLevel(n(a), n(b), n(c), n(d), n(e), "floor"));
        expectFiniteOrKinerjaError(() => core.omaxLevel(n(a), n(b), n(c), n(d), 3, "interpolate"));
        expectFiniteOrKinerjaError(() => core.omaxChange(n(a), n(b)));
        expectFiniteOrKinerjaError(() => core.omaxIndex([n(a), n(b)], [n(c), n(d)]));
        expectFiniteOrKinerjaError(() => core.achievement(n(a), n(b), "lower"));
        expectFiniteOrKinerjaError(() => core.achievement(n(a), n(b)));
        expectFiniteOrKinerjaError(() => core.traffic(n(a), n(b), n(c)));
        expectFiniteOrKinerjaError(() => core.omaxTraffic(n(a)));
        expectFiniteOrKinerjaError(() => core.classCheck(n(a), "penting"));
        expectFiniteOrKinerjaError(() => core.umkmWeightCheck([n(a)], ["kritikal"]));
        expectFiniteOrKinerjaError(() => core.ahpWeights(g as core.Grid, "eigen"));
        expectFiniteOrKinerjaError(() => core.ahpConsistency(g as core.Grid, "mean"));
        expectFiniteOrKinerjaError(() => core.ahpComplete(g as core.Grid, "harker"));
        expectFiniteOrKinerjaError(() => core.ahpGroup([g as core.Grid, h as core.Grid]));
        expectFiniteOrKinerjaError(() => core.globalWeights(g as core.Grid));
        expectFiniteOrKinerjaError(() => core.anpLimit(g as core.Grid));
        expectFiniteOrKinerjaError(() => core.hierarchyWeights([{ name: "x", weight: n(a) }]));
      }
    ),
    { numRuns: 500 }
  );
});
