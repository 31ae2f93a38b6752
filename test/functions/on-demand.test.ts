/**
 * The functions no template writes answer Excel from functions.ts with a Promise, loading their
 * bodies (on-demand.ts) on the first call. Each answer must be exactly its body's, for values and
 * for errors alike (the fuzz and the evaluator call the bodies); a failed load is #N/A with a message
 * in the function's shape, and the next call loads again.
 */
import {
  FakeCustomFunctionsError,
  installCustomFunctions,
  invocation,
} from "../helpers/custom-functions";
installCustomFunctions();

import * as xl from "../../src/functions/functions";
import * as bodies from "../../src/functions/on-demand";
import { SPEC_3X3, SPEC_4X4, mathjsPrincipal } from "../helpers/reference";

type Fn = (...args: unknown[]) => unknown;
const wrappers = xl as unknown as Record<string, Fn>;
const onDemand = bodies as unknown as Record<string, Fn>;

const upper = [
  [1, 3, ""],
  ["", 1, 4],
  ["", "", 1],
];
const stochastic = [
  [0.3, 0.2, 0.4],
  [0.1, 0.5, 0.5],
  [0.6, 0.3, 0.1],
];
const weights = [[0.5], [0.3], [0.2]];
const scores = [
  [7, 5, 9],
  [6, 8, 4],
];

/** Per function: a call that computes and one that is refused (as Excel passes them). */
const CALLS: Record<string, unknown[][]> = {
  AHP_SUGGEST: [
    [SPEC_3X3, 2, "geomean", "id"],
    [SPEC_3X3, 0],
  ],
  AHP_COMPLETE: [[upper, "harker"], [upper]],
  AHP_GROUP: [[[SPEC_3X3, SPEC_3X3]], [[SPEC_3X3, [[1, 2]]]]],
  ANP_LIMIT: [[stochastic], [stochastic, "sideways"]],
  AHP_SENSITIVITY: [
    [weights, scores, 2, 4, "id"],
    [weights, scores, 7],
  ],
  AHP_CRITICAL: [
    [weights, scores, null, null, "en"],
    [weights, [["x"]]],
  ],
  AHP_UNCERTAINTY: [
    [SPEC_3X3, 1.5, 40, 7],
    [SPEC_3X3, 0.5],
  ],
  AHP_SCALE: [
    [SPEC_3X3, "balanced"],
    [SPEC_3X3, ""],
  ],
  AHP_TRIADS: [
    [SPEC_3X3, [["Cost", "Quality", "Speed"]], "id"],
    [SPEC_3X3, [["Cost", "Quality"]]],
  ],
  AHP_GCI: [[SPEC_3X3], [[[1, 2]]]],
  AHP_COMPATIBILITY: [
    [SPEC_3X3, [[0.6, 0.3, 0.1]]],
    [SPEC_3X3, [[0.6, 0.4]]],
  ],
  AHP_CONSENSUS: [[[SPEC_3X3, SPEC_3X3]], [[SPEC_3X3]]],
  AHP_RESPONDENTS: [
    [null, "en", [SPEC_3X3, SPEC_3X3]],
    [-1, "en", [SPEC_3X3]],
  ],
  ANP_WEIGHTED: [
    [stochastic, [[1]], [[1], [1], [1]]],
    [stochastic, [[1]], [[1], [2], [1]]],
  ],
  AHP_HIERARCHY: [
    [[["A"], ["B"]], [[""], [""]], [[0.4], [0.6]], "ideal"],
    [[["A"], ["B"]], [[""]], [[0.4], [0.6]]],
  ],
};

const isError = (value: unknown) =>
  value instanceof FakeCustomFunctionsError ||
  (Array.isArray(value) && value.length === 1 && value[0][0] instanceof FakeCustomFunctionsError);

test("every function in on-demand.ts has a call computed and a call refused here", () => {
  expect(Object.keys(CALLS).sort()).toEqual(Object.keys(bodies).sort());
});

test.each(Object.keys(CALLS))(
  "%s from functions.ts answers with a Promise of exactly its body's result",
  async (name) => {
    const [computes, refused] = CALLS[name];
    const answer = wrappers[name](...computes, invocation);
    expect(answer).toBeInstanceOf(Promise);
    const value = await answer;
    expect(isError(value)).toBe(false);
    expect(value).toEqual(onDemand[name](...computes, invocation));
    const error = await wrappers[name](...refused, invocation);
    expect(isError(error)).toBe(true);
    expect(error).toEqual(onDemand[name](...refused, invocation));
  }
);

test("AHP.SUGGEST from functions.ts: the §1.5 4×4's top judgement a_13 = 4 → w1/w3 = 4.896, Saaty 5", async () => {
  const answer = xl.AHP_SUGGEST(SPEC_4X4, 1, null, null);
  expect(answer).toBeInstanceOf(Promise);
  const [header, top] = (await answer) as unknown[][];
  expect(header).toEqual(["Row", "Column", "Current", "Suggested", "Saaty scale", "Deviation"]);
  // Weights from an independent eigen-decomposition (mathjs); the documented values to 1e-9.
  const { w } = mathjsPrincipal(SPEC_4X4);
  expect(top.slice(0, 3)).toEqual([1, 3, 4]);
  expect(top[3] as number).toBeCloseTo(w[0] / w[2], 9);
  expect(top[3] as number).toBeCloseTo(4.8964868219, 9);
  expect(top[4]).toBe(5);
  expect(top[5] as number).toBeCloseTo(Math.abs(Math.log((4 * w[2]) / w[0])), 9);
  expect(top[5] as number).toBeCloseTo(0.2022236117, 9);
  expect(await answer).toEqual(bodies.AHP_SUGGEST(SPEC_4X4, 1, null, null));
});

test("a failed load is #N/A with a message, as a 1×1 spill or a value; the next call loads again", async () => {
  await jest.isolateModulesAsync(async () => {
    jest.doMock("../../src/functions/on-demand", () => {
      throw new Error("the add-in's server is out of reach");
    });
    const fresh = (await import("../../src/functions/functions")) as unknown as Record<string, Fn>;
    const message =
      "Kinerja could not load this function from the add-in; recalculate to try again";
    expect(await fresh.AHP_COMPLETE(upper, "harker", invocation)).toEqual([
      [new FakeCustomFunctionsError("#N/A", message)],
    ]);
    expect(await fresh.AHP_GCI(SPEC_3X3, invocation)).toEqual(
      new FakeCustomFunctionsError("#N/A", message)
    );
    jest.dontMock("../../src/functions/on-demand");
    expect(await fresh.AHP_GCI(SPEC_3X3, invocation)).toEqual(bodies.AHP_GCI(SPEC_3X3));
  });
});
