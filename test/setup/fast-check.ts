import fc from "fast-check";

// Property tests explore new random cases on every local run; CI replays one fixed seed so that a
// red build is always reproducible (set FC_SEED to replay a local failure).
const seed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : process.env.CI
    ? 20261123
    : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
