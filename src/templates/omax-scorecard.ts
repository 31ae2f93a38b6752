/**
 * The assembly shared by the OMAX templates (Balanced Scorecard, Performance Prism, IPMS): the KPI
 * register, the AHP and OMAX sheets, the template's own sheets, and the shared Tracking, Dashboard
 * and Review log — wired to one another.
 */
import { illustrativeOmaxActuals, reportedPeriods } from "./illustrate";
import { OmaxRegister, OmaxRegisterSpec, omaxRegister } from "./omax-register";
import { omaxSheet } from "./omax-sheet";
import type { TemplateOptions } from "./options";
import { periodLabels } from "./periods";
import type { SheetPlan, TemplateId, WorkbookPlan } from "../sheet/plan";
import {
  ScorecardContext,
  TrackingLayout,
  dashboardSheet,
  reviewSheet,
  trackingLayout,
  trackingSheet,
} from "./scorecard";
import { L } from "./text";
import { t } from "../sheet/text";

export interface OmaxScorecardSpec extends Omit<
  OmaxRegisterSpec,
  "lang" | "isExample" | "tracking" | "periods" | "extraTotals"
> {
  template: TemplateId;
  options: TemplateOptions;
  ahp: SheetPlan;
  /** IPMS: the change against the previous period and the all-baseline index. */
  showChange: boolean;
  /** Extra lines under the register's total index, given where the Tracking sheet keeps things. */
  extraTotals?: (tracking: TrackingLayout, periods: number) => OmaxRegisterSpec["extraTotals"];
  /** Illustrative actuals for an example: the level each KPI reaches in the last period. */
  illustration?: { finalLevels: number[]; seed: number };
  /** The template's own sheets, placed after the register and after the OMAX sheet. */
  ownSheets?: (register: OmaxRegister) => { afterRegister?: SheetPlan[]; afterOmax?: SheetPlan[] };
  reviewPrefix: string;
}

export function omaxScorecardPlan(spec: OmaxScorecardSpec): WorkbookPlan {
  const { options } = spec;
  const { lang } = options;
  const periods = periodLabels(options.periods, options.year, lang);
  const tracking = trackingLayout(spec.rows.length, spec.showChange);
  const register = omaxRegister({
    ...spec,
    lang,
    isExample: options.example,
    tracking,
    periods: periods.length,
    extraTotals: spec.extraTotals?.(tracking, periods.length),
  });
  const ctx: ScorecardContext = {
    lang,
    title: spec.title,
    periods,
    selectedPeriod: options.example ? reportedPeriods(options.periods) - 1 : 0,
    register: register.layout,
    scoring: register.scoring,
    showChange: spec.showChange,
    groups: spec.groups,
    groupTitle: spec.groupTitle,
    kpiNames: spec.rows.map((r) => r.name ?? `${t(lang, L.kpi)} ${r.code}`),
    indexMax: 10 * spec.weightScale,
    actuals: spec.illustration
      ? illustrativeOmaxActuals(
          spec.rows.map((r) => r.anchors!),
          spec.midLevel,
          spec.illustration.finalLevels,
          options.periods,
          spec.illustration.seed
        )
      : undefined,
  };
  const own = spec.ownSheets?.(register) ?? {};
  const codes = spec.rows.map((r) => r.code);
  return {
    template: spec.template,
    lang,
    title: t(lang, spec.title),
    activate: "dashboard",
    sheets: [
      register.sheet,
      ...(own.afterRegister ?? []),
      spec.ahp,
      omaxSheet(
        lang,
        "register",
        register.firstRow,
        codes,
        register.columns,
        spec.midLevel,
        ctx.kpiNames
      ),
      ...(own.afterOmax ?? []),
      trackingSheet(ctx),
      dashboardSheet(ctx, spec.caseName),
      reviewSheet(lang, spec.reviewPrefix, register.layout),
    ],
  };
}
