/**
 * The assembly shared by the OMAX templates (Balanced Scorecard, Performance Prism, IPMS): the KPI
 * register, the AHP and OMAX sheets, the template's own sheets, and the shared Tracking, Dashboard
 * and Review log — wired to one another.
 */
import { dashboardSheet } from "./dashboard";
import { illustrativeOmaxActuals, reportedPeriods } from "./illustrate";
import { OmaxRegisterContent, OmaxRegisterSchema, omaxRegister } from "./omax-register";
import { omaxSheet } from "./omax-sheet";
import type { TemplateOptions } from "./options";
import { periodLabels } from "./periods";
import type { SheetPlan, TemplateId, WorkbookPlan } from "../sheet/plan";
import { type RegisterLayout, caseNameFormula } from "./register";
import { ScorecardContext, reviewSheet } from "./scorecard";
import { settingsLayout, settingsSheet } from "./settings";
import { TrackingLayout, trackingLayout, trackingSheet } from "./tracking";
import { t } from "../sheet/text";

export interface OmaxScorecardSpec extends Omit<
  OmaxRegisterContent,
  "lang" | "isExample" | "tracking" | "extraTotals"
> {
  template: TemplateId;
  options: TemplateOptions;
  register: OmaxRegisterSchema;
  ahp: SheetPlan;
  /** IPMS: the change against the previous period and the all-baseline index. */
  showChange: boolean;
  /** Extra lines under the register's total index, given where the Tracking sheet keeps things. */
  extraTotals?: (tracking: TrackingLayout) => OmaxRegisterContent["extraTotals"];
  /** Illustrative actuals for an example: the level each KPI reaches in the last period (in the register's order, rows of room aside). */
  illustration?: { finalLevels: number[]; seed: number };
  /** The template's own sheets, placed after the register and after the OMAX sheet. */
  ownSheets?: (register: RegisterLayout) => {
    afterRegister?: SheetPlan[];
    afterOmax?: SheetPlan[];
  };
  reviewPrefix: string;
}

export function omaxScorecardPlan(spec: OmaxScorecardSpec): WorkbookPlan {
  const { options } = spec;
  const { lang } = options;
  const periods = periodLabels(options.periods, options.year, lang);
  const tracking = trackingLayout(spec.rows.length, periods.length, spec.showChange);
  const register = omaxRegister(spec.register, {
    ...spec,
    lang,
    isExample: options.example,
    tracking,
    extraTotals: spec.extraTotals?.(tracking),
  });
  const { midLevel } = spec.register.scoring;
  const kpis = spec.rows.filter((r) => !r.isRoom);
  const ctx: ScorecardContext = {
    lang,
    title: spec.title,
    periods,
    selectedPeriod: options.example ? reportedPeriods(options.periods) - 1 : 0,
    register: register.layout,
    tracking,
    scoring: register.scoring,
    showChange: spec.showChange,
    groups: spec.groups,
    groupCells: register.groupCells,
    groupTitle: register.layout.headerOf("group"),
    kpiNames: register.kpiNames,
    indexMax: 10 * spec.register.weightTotal,
    actuals: spec.illustration
      ? onRegisterRows(
          spec,
          illustrativeOmaxActuals(
            kpis.map((r) => r.anchors!),
            midLevel,
            spec.illustration.finalLevels,
            options.periods,
            spec.illustration.seed
          )
        )
      : undefined,
  };
  const own = spec.ownSheets?.(register.layout) ?? {};
  return {
    template: spec.template,
    lang,
    title: t(lang, spec.title),
    activate: "dashboard",
    sheets: [
      register.sheet,
      ...(own.afterRegister ?? []),
      spec.ahp,
      omaxSheet(lang, register.layout, midLevel, ctx.kpiNames),
      ...(own.afterOmax ?? []),
      trackingSheet(ctx),
      dashboardSheet(ctx, caseNameFormula(options.example)),
      settingsSheet(lang, settingsLayout("omax"), { midLevel }),
      reviewSheet(lang, spec.reviewPrefix, register.layout),
    ],
  };
}

/** Per KPI values spread over the register's rows: none on its rows of room. */
function onRegisterRows<V>(spec: OmaxScorecardSpec, perKpi: V[][]): V[][] {
  let k = 0;
  return spec.rows.map((r) => (r.isRoom ? [] : perKpi[k++]));
}
