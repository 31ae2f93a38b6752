/**
 * The pairwise-comparison wizard's state: the criteria, one answer set per respondent, which answers
 * are shown (a respondent or the group), and the analysis of the shown matrix. The maths lives in
 * ../wizard/model.ts (over src/core); this hook only keeps state and hands out actions.
 */
import { useCallback, useMemo, useReducer } from "react";
import {
  analyse,
  carryAnswers,
  criteriaProblem,
  fixPlanOf,
  isSingleRename,
  matrixOf,
  parseCriteria,
  withAnswer,
  type Analysis,
  type Answers,
  type CriteriaProblem,
  type FixPlan,
  type SkippedPair,
  type WizardData,
  type WizardView,
} from "../wizard/model";
import { groupOf, memberMatrixOf, type WizardGroup } from "../wizard/group";

export type { WizardData, WizardView } from "../wizard/model";

export type WizardAction =
  | { type: "criteriaText"; text: string }
  /** Criteria read from the selection: answers always follow the names. */
  | { type: "readCriteria"; criteria: string[] }
  | { type: "answer"; key: string; position: number }
  | { type: "addRespondent" }
  | { type: "removeRespondent"; index: number }
  | { type: "view"; view: WizardView }
  | { type: "maxCr"; maxCr: number | null }
  | { type: "score"; criterion: string; option: number; value: number | null }
  | { type: "options"; options: number }
  /** Start over: these criteria, one respondent, no answers. */
  | { type: "startOver"; criteria: readonly string[] }
  /** The work kept with the document, read after the wizard opened. */
  | { type: "restore"; data: WizardData };

export function initialWizard(criteria: readonly string[]): WizardData {
  return {
    criteriaText: criteria.join("\n"),
    criteria: [...criteria],
    respondents: [{}],
    view: 0,
    maxCr: null,
    scores: {},
    options: 1,
  };
}

export function wizardReducer(state: WizardData, action: WizardAction): WizardData {
  switch (action.type) {
    case "criteriaText": {
      const next = parseCriteria(action.text);
      if (criteriaProblem(next)) return { ...state, criteriaText: action.text };
      // Editing one name in place (typing "Cost" into "Costs") keeps every answer where it is; any
      // other change — names added, removed, reordered, replaced — carries answers by name.
      const respondents = isSingleRename(state.criteria, next)
        ? state.respondents
        : state.respondents.map((answers) => carryAnswers(state.criteria, next, answers));
      return { ...state, criteriaText: action.text, criteria: next, respondents };
    }
    case "readCriteria": {
      const next = action.criteria;
      const text = next.join("\n");
      if (criteriaProblem(next)) return { ...state, criteriaText: text };
      const respondents = state.respondents.map((answers) =>
        carryAnswers(state.criteria, next, answers)
      );
      return { ...state, criteriaText: text, criteria: [...next], respondents };
    }
    case "answer": {
      if (state.view === "group") return state;
      const respondents = state.respondents.slice();
      respondents[state.view] = withAnswer(respondents[state.view], action.key, action.position);
      return { ...state, respondents };
    }
    case "addRespondent":
      return {
        ...state,
        respondents: [...state.respondents, {}],
        view: state.respondents.length,
      };
    case "removeRespondent": {
      if (state.respondents.length <= 1) return state;
      const respondents = state.respondents.filter((_, k) => k !== action.index);
      return { ...state, respondents, view: Math.min(action.index, respondents.length - 1) };
    }
    case "view":
      return { ...state, view: action.view };
    case "maxCr":
      return { ...state, maxCr: action.maxCr };
    case "score": {
      const row = (state.scores[action.criterion] ?? []).slice();
      row[action.option] = action.value;
      return { ...state, scores: { ...state.scores, [action.criterion]: row } };
    }
    case "options":
      return { ...state, options: action.options };
    case "startOver":
      return initialWizard(action.criteria);
    case "restore":
      return action.data;
    default:
      return state;
  }
}

export interface FixReport {
  pair: [number, number];
  crBefore: number | null;
  crAfter: number | null;
}

export interface WizardState extends WizardData {
  /** What is wrong with the typed criteria (null when they are fine). */
  problem: CriteriaProblem | null;
  /** The answers shown (an empty object in the group view). */
  answers: Answers;
  analysis: Analysis;
  /** The respondents as a group: CRs, distances, spread, consensus, who is left out. */
  group: WizardGroup;
  /** What "Apply suggestion" would change (plan null: nothing among the top three lowers CR). */
  fix: { plan: FixPlan | null; skipped: SkippedPair[] };
  dispatch: (action: WizardAction) => void;
  setCriteriaText: (text: string) => void;
  /** Criteria read from the selection: answers follow the names. */
  readCriteria: (criteria: string[]) => void;
  setAnswer: (key: string, position: number) => void;
  /** Applies `fix.plan` to the shown respondent; returns CR before and after. */
  applyFix: () => FixReport | null;
}

const NO_FIX: WizardState["fix"] = { plan: null, skipped: [] };
const EMPTY: Answers = {};

/** The wizard's state: `kept` (the work kept with the document), else `defaultCriteria` unanswered. */
export function useWizard(
  defaultCriteria: readonly string[],
  kept: WizardData | null = null
): WizardState {
  const [state, dispatch] = useReducer(
    wizardReducer,
    null,
    () => kept ?? initialWizard(defaultCriteria)
  );
  const n = state.criteria.length;
  const group = useMemo(
    () => groupOf(n, state.respondents, state.maxCr),
    [n, state.respondents, state.maxCr]
  );
  const matrix = useMemo(
    () =>
      state.view === "group"
        ? memberMatrixOf(n, state.respondents, group.members)
        : matrixOf(n, state.respondents[state.view] ?? {}),
    [n, state.view, state.respondents, group]
  );
  const analysis = useMemo(() => analyse(matrix), [matrix]);
  const answers = state.view === "group" ? EMPTY : (state.respondents[state.view] ?? EMPTY);
  const fix = useMemo(
    () =>
      state.view === "group" || !analysis.isInconsistent ? NO_FIX : fixPlanOf(analysis, answers),
    [analysis, answers, state.view]
  );

  const applyFix = useCallback((): FixReport | null => {
    const { plan } = fix;
    if (!plan) return null;
    dispatch({ type: "answer", key: plan.key, position: plan.position });
    return { pair: [plan.row, plan.col], crBefore: plan.crBefore, crAfter: plan.crAfter };
  }, [fix]);

  return {
    ...state,
    problem: criteriaProblem(parseCriteria(state.criteriaText)),
    answers,
    analysis,
    group,
    fix,
    dispatch,
    setCriteriaText: useCallback((text: string) => dispatch({ type: "criteriaText", text }), []),
    readCriteria: useCallback(
      (criteria: string[]) => dispatch({ type: "readCriteria", criteria }),
      []
    ),
    setAnswer: useCallback(
      (key: string, position: number) => dispatch({ type: "answer", key, position }),
      []
    ),
    applyFix,
  };
}
