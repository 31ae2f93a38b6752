/**
 * Building a scorecard: the chosen template and options, the progress reported by the writer, and
 * the outcome (the sheets made, under their final names, or the error's message).
 */
import { useCallback, useState } from "react";
import { DEFAULT_OPTIONS, type TemplateOptions } from "../../templates/options";
import type { Lang, TemplateId } from "../../sheet/plan";
import type { ApplyProgress, ApplyResult } from "../../workbook/port";
import { usePort } from "../port-context";

/** A failure keeps its error: the pane words it when shown (in the language shown then). */
export type BuildOutcome =
  { kind: "done"; result: ApplyResult } | { kind: "failed"; error: unknown } | null;

export interface BuildState {
  template: TemplateId;
  options: TemplateOptions;
  isBuilding: boolean;
  progress: ApplyProgress | null;
  outcome: BuildOutcome;
  choose: (template: TemplateId) => void;
  setOptions: (change: Partial<TemplateOptions>) => void;
  build: () => Promise<void>;
  dismiss: () => void;
}

/** The templates (and their case-study data): a chunk of their own, not in the pane's first one. */
export const loadTemplates = () => import(/* webpackChunkName: "templates" */ "../../templates");

export function useBuild(lang: Lang): BuildState {
  const port = usePort();
  const [template, setTemplate] = useState<TemplateId>("umkm");
  const [options, setAllOptions] = useState<TemplateOptions>({ ...DEFAULT_OPTIONS, lang });
  const [isBuilding, setBuilding] = useState(false);
  const [progress, setProgress] = useState<ApplyProgress | null>(null);
  const [outcome, setOutcome] = useState<BuildOutcome>(null);

  const choose = useCallback((id: TemplateId) => {
    setTemplate(id);
    setOutcome(null);
  }, []);
  const setOptions = useCallback(
    (change: Partial<TemplateOptions>) => setAllOptions((old) => ({ ...old, ...change })),
    []
  );

  const build = useCallback(async () => {
    setBuilding(true);
    setOutcome(null);
    setProgress({ phase: "checking", fraction: 0 });
    try {
      const { buildPlan } = await loadTemplates();
      const built = buildPlan(template, options);
      const plan =
        options.formulas === "native"
          ? (await import(/* webpackChunkName: "native" */ "../../native")).nativePlan(built)
          : built;
      const result = await port.applyPlan(plan, setProgress);
      setProgress({ phase: "done", fraction: 1 });
      setOutcome({ kind: "done", result });
    } catch (error) {
      setOutcome({ kind: "failed", error });
      setProgress(null);
    } finally {
      setBuilding(false);
    }
  }, [port, template, options]);

  return {
    template,
    options,
    isBuilding,
    progress,
    outcome,
    choose,
    setOptions,
    build,
    dismiss: () => setOutcome(null),
  };
}
