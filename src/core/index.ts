/**
 * Kinerja maths core — the public face. Pure TypeScript: no Office, no React, no DOM.
 * Shared by the Excel custom functions, the task pane, the template writers, the CLI and the
 * planned Google Sheets edition. The maths follows the methods specification (docs/methods.md) section by section.
 */
export {
  KinerjaError,
  isKinerjaError,
  invalid,
  notAvailable,
  divisionByZero,
  formatNumber,
  describeValue,
  count,
} from "./errors";
export type { ErrorKind } from "./errors";
export {
  isBlank,
  isOmitted,
  readCell,
  readRange,
  readNumber,
  readScalar,
  readOptionalScalar,
  readOption,
  readVector,
  gridShape,
  where,
} from "./cells";
export type { CellValue, Grid, Vector } from "./cells";
export {
  pairwiseInUse,
  membersInUse,
  atMembers,
  memberAt,
  readPairwise,
  outOfScale,
  SAATY_MIN,
  SAATY_MAX,
  SCALE_ROUNDING,
} from "./pairwise";
export type { PairwiseMatrix, PairwiseInUse, RoomRefusal } from "./pairwise";
export { pairwiseMatrix } from "./no-room";
export {
  ahpWeights,
  ahpRoomWeights,
  ahpConsistency,
  weightsOf,
  consistencyOf,
  lambdaMaxOf,
  principalEigenvector,
  WEIGHT_METHODS,
  WEIGHT_MODES,
  CR_THRESHOLD,
  idealWeights,
} from "./ahp";
export type { WeightMethod, WeightMode, Consistency } from "./ahp";
export { ahpInconsistencies, ahpSuggest, nearestSaatyValue } from "./suggest";
export type { Inconsistency } from "./suggest";
export { randomIndex, describeRiTable, RI_TABLES, RI_TABLE_MAX_N } from "./random-index";
export type { RiTable } from "./random-index";
export { ahpComplete, ahpCompleteWithRoom, COMPLETIONS } from "./ahp-incomplete";
export type { Completion } from "./ahp-incomplete";
export { ahpGroup, ahpGroupWeights, GROUP_AGGREGATIONS } from "./ahp-group";
export type { GroupAggregation } from "./ahp-group";
export { globalWeights, hierarchyWeights } from "./hierarchy";
export type { HierarchyNode, GlobalWeight } from "./hierarchy";
export { treeWeights } from "./tree-weights";
export type { TreeRow } from "./tree-weights";
export { anpLimit, LIMIT_METHODS } from "./anp";
export type { LimitMethod } from "./anp";
export { anpWeighted } from "./anp-weighted";
export { PRNG_NAME, seededUniform, splitMix64, xoshiro128ss } from "./prng";
export { JUDGEMENT_SCALES, ahpScale, rescaleMatrix, scaleMaximum, scaleValue } from "./scales";
export type { JudgementScale } from "./scales";
export { ahpGci, gciOf, gciThreshold } from "./gci";
export { compatibilityOf, COMPATIBILITY_LIMIT } from "./compatibility";
export { intransitiveTriads } from "./triads";
export type { Triad } from "./triads";
export { criticalChanges, movedWeights, sensitivityTable } from "./sensitivity";
export type {
  CriticalChange,
  CriticalEvent,
  SensitivityTable,
  TrafficThresholds,
  WeightedScores,
} from "./sensitivity";
export {
  ahpUncertainty,
  percentileInc,
  DEFAULT_SEED,
  DEFAULT_SPREAD,
  DEFAULT_TRIALS,
  MAX_TRIALS,
} from "./uncertainty";
export type { Uncertainty, UncertaintyOptions } from "./uncertainty";
export {
  CONSENSUS_BANDS,
  ahpConsensus,
  analyseRespondents,
  consensusBand,
  shannonConsensus,
} from "./consensus";
export type { Consensus, ConsensusBand, GroupAnalysis, Respondent } from "./consensus";
export {
  omaxLevels,
  omaxLevel,
  omaxIndex,
  omaxChange,
  ZERO_PREVIOUS,
  baselineIndex,
  checkAnchors,
  LEVEL_MODES,
  LEVEL_TOLERANCE,
  STANDARD_MID_LEVEL,
  PRISM_MID_LEVEL,
} from "./omax";
export type { LevelMode } from "./omax";
export {
  achievement,
  ZERO_TARGET,
  parseDirection,
  traffic,
  omaxTraffic,
  DIRECTIONS,
  DIRECTION_NAMES,
  STATUSES,
  ACHIEVEMENT_GREEN,
  ACHIEVEMENT_YELLOW,
  LEVEL_GREEN,
  LEVEL_YELLOW,
  THRESHOLD_TOLERANCE,
} from "./traffic";
export type { Direction, Status } from "./traffic";
export {
  umkmWeightCheck,
  classCheck,
  parsePriorityClass,
  isWeightTotal100,
  CLASS_RANGES,
  PRIORITY_CLASSES,
  WEIGHT_SUM_TOLERANCE,
  WEIGHT_ROUNDING,
  SMART_C,
} from "./umkm";
export type { PriorityClass, ClassVerdict, WeightCheck, ClassRange } from "./umkm";
export { OUTPUT_LABELS, OUTPUT_LANGUAGES } from "./labels";
export type { OutputLabels, OutputLanguage } from "./labels";
