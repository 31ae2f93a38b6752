/**
 * One questionnaire row, "C1 9 8 7 6 5 4 3 2 1 2 3 4 5 6 7 8 9 F1" (seed 001): a slider from −8 (far
 * left, the left criterion 9× more important) to +8, with the printed scale under it and the answer
 * read back as a sentence, which is also what a screen reader hears as the slider's value.
 */
import { memo, useId } from "react";
import {
  Caption1,
  Label,
  Slider,
  Text,
  makeStyles,
  mergeClasses,
  sliderCSSVars,
  tokens,
} from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import { judgementOf, readingOf, SCALE_STEPS } from "../wizard/model";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  ends: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  end: { overflowWrap: "anywhere", maxWidth: "48%" },
  right: { textAlign: "end" },
  // A two-sided scale: no "filled" part of the rail, which would suggest the left side is winning.
  slider: {
    width: "100%",
    minWidth: 0,
    [sliderCSSVars.sliderProgressColorVar]: tokens.colorNeutralStrokeAccessible,
    ":hover": { [sliderCSSVars.sliderProgressColorVar]: tokens.colorNeutralStrokeAccessible },
    ":active": { [sliderCSSVars.sliderProgressColorVar]: tokens.colorNeutralStrokeAccessible },
  },
  scale: {
    display: "flex",
    justifyContent: "space-between",
    // The slider's thumb centre never reaches the track's ends: inset the printed scale to match.
    paddingLeft: "6px",
    paddingRight: "6px",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontVariantNumeric: "tabular-nums",
  },
  chosen: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightBold },
  sentence: { fontWeight: tokens.fontWeightSemibold },
});

const PRINTED = Array.from(
  { length: 2 * SCALE_STEPS + 1 },
  (_, k) => Math.abs(k - SCALE_STEPS) + 1
);

/** "C1 is 5× more important than F1 (strong)" in the pane's language. */
export function useSentence() {
  const { s } = useLanguage();
  return (left: string, right: string, position: number): string => {
    const reading = readingOf(0, 1, position);
    const names = [left, right];
    if (reading.times === 1) return `${s.equallyImportant(left, right)}`;
    return `${s.moreImportant(names[reading.winner], names[reading.loser], String(reading.times))} (${s.intensity[reading.times]})`;
  };
}

/**
 * Memoised: with 15 criteria there are 105 questions, and a key press on one slider must not
 * re-render the other 104 (`onAnswer` is stable and takes the pair's key).
 */
export const PairQuestion = memo(function PairQuestion({
  pair,
  left,
  right,
  position,
  onAnswer,
}: {
  /** The pair's key ("0-1"), handed back to onAnswer. */
  pair: string;
  left: string;
  right: string;
  position: number;
  onAnswer: (pair: string, position: number) => void;
}) {
  const styles = useStyles();
  const { s } = useLanguage();
  const sentence = useSentence()(left, right, position);
  const id = useId();
  return (
    <div className={styles.root} data-testid="pair">
      <Label htmlFor={id} weight="semibold">
        {s.pairLabel(left, right)}
      </Label>
      <div className={styles.ends} aria-hidden="true">
        <Caption1 className={styles.end}>◀ {left}</Caption1>
        <Caption1 className={mergeClasses(styles.end, styles.right)}>{right} ▶</Caption1>
      </div>
      <Slider
        id={id}
        className={styles.slider}
        min={-SCALE_STEPS}
        max={SCALE_STEPS}
        step={1}
        value={position}
        onChange={(_, data) => onAnswer(pair, data.value)}
        aria-valuetext={sentence}
      />
      <div className={styles.scale} aria-hidden="true">
        {PRINTED.map((value, k) => (
          <span key={k} className={k - SCALE_STEPS === position ? styles.chosen : undefined}>
            {value}
          </span>
        ))}
      </div>
      <Text
        className={styles.sentence}
        data-testid="sentence"
        data-judgement={judgementOf(position)}
      >
        {sentence}
      </Text>
    </div>
  );
});
