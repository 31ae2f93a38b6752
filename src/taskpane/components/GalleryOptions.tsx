/**
 * The chosen template's options: blank or example, KPIs per group, periods, first year, language,
 * and whether results are Kinerja's functions or native formulas only.
 */
import {
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  type SpinButtonOnChangeData,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TemplateInfo } from "../../templates/catalog";
import type { Lang, PeriodKind } from "../../sheet/plan";
import type { BuildState } from "../hooks/useBuild";
import { useLanguage } from "../i18n";

const useStyles = makeStyles({
  options: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    // A field with a hint is taller: its neighbours' controls stay level with its own at the top.
    alignItems: "start",
  },
  wide: { gridColumn: "1 / -1" },
});

const PERIODS: PeriodKind[] = ["monthly", "quarterly", "yearly"];
const LANGS: Lang[] = ["id", "en"];

/**
 * A SpinButton change handler that takes only whole numbers in [min, max]: a typed value arrives
 * as `displayValue` with `value` undefined, and anything else is ignored (the field keeps its value).
 */
function whole(min: number, max: number, apply: (value: number) => void) {
  return (_: unknown, data: SpinButtonOnChangeData) => {
    const value = data.value ?? Number(data.displayValue);
    if (Number.isInteger(value) && value >= min && value <= max) apply(value);
  };
}

export function GalleryOptions({ info, build }: { info: TemplateInfo; build: BuildState }) {
  const styles = useStyles();
  const { lang, s } = useLanguage();
  const { options, setOptions } = build;
  const steppers = {
    incrementButton: { "aria-label": s.increaseValue },
    decrementButton: { "aria-label": s.decreaseValue },
  };
  return (
    <div className={styles.options}>
      <Field label={s.contentLabel} className={styles.wide}>
        <RadioGroup
          value={options.example ? "example" : "blank"}
          onChange={(_, data) => setOptions({ example: data.value === "example" })}
        >
          <Radio value="blank" label={s.contentBlank} />
          <Radio
            value="example"
            label={`${s.contentExample}: ${info.exampleSource[lang]}`}
            disabled={!info.hasExample}
          />
        </RadioGroup>
      </Field>
      <Field label={s.kpisPerGroup(info.groupName[lang])} hint={s.kpisPerGroupHint}>
        <SpinButton
          min={1}
          max={10}
          value={options.kpisPerGroup}
          disabled={options.example}
          onChange={whole(1, 10, (kpisPerGroup) => setOptions({ kpisPerGroup }))}
          {...steppers}
        />
      </Field>
      <Field label={s.periodsLabel}>
        <Select
          value={options.periods}
          onChange={(_, data) => setOptions({ periods: data.value as PeriodKind })}
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {s.periodNames[period]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.yearLabel}>
        <SpinButton
          min={2000}
          max={2100}
          value={options.year}
          onChange={whole(2000, 2100, (year) => setOptions({ year }))}
          {...steppers}
        />
      </Field>
      <Field label={s.sheetLanguage}>
        <Select
          value={options.lang}
          onChange={(_, data) => setOptions({ lang: data.value as Lang })}
        >
          {LANGS.map((code) => (
            <option key={code} value={code}>
              {s.languageNames[code]}
            </option>
          ))}
        </Select>
      </Field>
      <Field hint={s.nativeFormulasHint} className={styles.wide}>
        <Checkbox
          label={s.nativeFormulas}
          checked={options.formulas === "native"}
          onChange={(_, data) =>
            setOptions({ formulas: data.checked === true ? "native" : "kinerja" })
          }
        />
      </Field>
    </div>
  );
}
