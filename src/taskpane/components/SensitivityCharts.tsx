/**
 * The sensitivity view's charts, drawn as small SVGs (three shapes — a track with a dot, a bar, a
 * few lines over coloured bands — do not need a charting library's weight in the pane's chunk):
 * how far each weight can move before the result changes, the weights' 90 % ranges, and the
 * result as one weight runs from 0 to 100 %. Each chart has its numbers beside it in words.
 */
import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Status } from "../../core";
import { LIGHTS, SCORE_MAX } from "../wizard/sensitivity";

const useStyles = makeStyles({
  track: { display: "block", width: "100%", height: "14px", overflow: "visible" },
  lines: { display: "block", width: "100%", height: "auto" },
  axis: { fontSize: "9px", fill: tokens.colorNeutralForeground2 },
});

export const STATUS_COLOURS: Record<Status, string> = {
  GREEN: tokens.colorPaletteGreenForeground1,
  YELLOW: tokens.colorPaletteMarigoldForeground1,
  RED: tokens.colorPaletteRedForeground1,
};

const BAND_COLOURS: Record<Status, string> = {
  GREEN: tokens.colorPaletteGreenBackground2,
  YELLOW: tokens.colorPaletteMarigoldBackground2,
  RED: tokens.colorPaletteRedBackground2,
};

/** One colour per option (at most three). */
export const OPTION_COLOURS = [
  tokens.colorBrandForeground1,
  tokens.colorPaletteDarkOrangeForeground1,
  tokens.colorPalettePurpleForeground2,
];

const pct = (fraction: number) => `${(100 * Math.min(1, Math.max(0, fraction))).toFixed(2)}%`;

/** A row-high strip with a base line across, for the marks drawn on it. */
function Track({
  testId,
  stroke,
  width,
  children,
}: {
  testId: string;
  stroke: string;
  width: number;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <svg className={styles.track} aria-hidden="true" data-testid={testId}>
      <line x1="0%" x2="100%" y1="7" y2="7" style={{ stroke, strokeWidth: width }} />
      {children}
    </svg>
  );
}

/** A 0–100 % track: the weight now (dot) and the line to where the result changes. */
export function MoveTrack({
  weight,
  critical,
  colour,
}: {
  weight: number;
  critical: number | null;
  colour: string;
}) {
  return (
    <Track testId="move-track" stroke={tokens.colorNeutralStroke1} width={2}>
      {critical !== null && (
        <>
          <line
            x1={pct(weight)}
            x2={pct(critical)}
            y1="7"
            y2="7"
            style={{ stroke: colour, strokeWidth: 4 }}
          />
          <line
            x1={pct(critical)}
            x2={pct(critical)}
            y1="1"
            y2="13"
            style={{ stroke: colour, strokeWidth: 2 }}
          />
        </>
      )}
      <circle
        cx={pct(weight)}
        cy="7"
        r="5"
        style={{ fill: tokens.colorNeutralForeground1, stroke: "white", strokeWidth: 1 }}
      />
    </Track>
  );
}

/** A weight's 90 % range (bar) and the weight itself (dot), on a scale from 0 to `top`. */
export function RangeBar({
  weight,
  low,
  high,
  top,
}: {
  weight: number;
  low: number;
  high: number;
  top: number;
}) {
  return (
    <Track testId="range-bar" stroke={tokens.colorNeutralStroke2} width={1}>
      <rect
        x={pct(low / top)}
        width={pct((high - low) / top)}
        y="2"
        height="10"
        rx="3"
        style={{ fill: tokens.colorBrandBackground2, stroke: tokens.colorBrandStroke1 }}
      />
      <circle cx={pct(weight / top)} cy="7" r="4" style={{ fill: tokens.colorBrandForeground1 }} />
    </Track>
  );
}

const W = 300;
const H = 170;
const PLOT = { left: 30, right: 292, top: 8, bottom: 138 };

/**
 * The totals (one line per option) as a weight runs from 0 to 1, over the traffic-light bands when
 * there is one scorecard; a solid line at the weight now, a dashed one where the result changes.
 */
export function LinesChart({
  weight,
  totals,
  current,
  critical,
  bands,
  axisY,
  axisX,
  now,
  label,
}: {
  /** The weight at each step, 0 … 1. */
  weight: number[];
  /** totals[step][option]. */
  totals: number[][];
  current: number;
  critical: number | null;
  bands: boolean;
  axisY: string;
  axisX: string;
  now: string;
  label: string;
}) {
  const styles = useStyles();
  const x = (w: number) => PLOT.left + w * (PLOT.right - PLOT.left);
  const y = (v: number) =>
    PLOT.bottom - (Math.min(SCORE_MAX, Math.max(0, v)) / SCORE_MAX) * (PLOT.bottom - PLOT.top);
  const options = totals[0]?.length ?? 0;
  const band = (from: number, to: number, status: Status) => (
    <rect
      key={status}
      x={PLOT.left}
      width={PLOT.right - PLOT.left}
      y={y(to)}
      height={y(from) - y(to)}
      style={{ fill: BAND_COLOURS[status] }}
    />
  );
  return (
    <svg
      className={styles.lines}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      data-testid="lines-chart"
    >
      {bands && [
        band(0, LIGHTS.yellow, "RED"),
        band(LIGHTS.yellow, LIGHTS.green, "YELLOW"),
        band(LIGHTS.green, SCORE_MAX, "GREEN"),
      ]}
      <rect
        x={PLOT.left}
        y={PLOT.top}
        width={PLOT.right - PLOT.left}
        height={PLOT.bottom - PLOT.top}
        style={{ fill: "none", stroke: tokens.colorNeutralStroke1 }}
      />
      {(bands ? [0, LIGHTS.yellow, LIGHTS.green, SCORE_MAX] : [0, 5, SCORE_MAX]).map((v) => (
        <text key={v} x={PLOT.left - 4} y={y(v) + 3} textAnchor="end" className={styles.axis}>
          {v}
        </text>
      ))}
      {[0, 0.25, 0.5, 0.75, 1].map((w) => (
        <text
          key={w}
          x={x(w)}
          y={PLOT.bottom + 11}
          textAnchor={w === 1 ? "end" : "middle"}
          className={styles.axis}
        >
          {`${Math.round(100 * w)}%`}
        </text>
      ))}
      <text x={PLOT.left} y={H - 4} className={styles.axis}>
        {axisX}
      </text>
      <text
        transform={`translate(8 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        className={styles.axis}
      >
        {axisY}
      </text>
      {Array.from({ length: options }, (_, o) => (
        <polyline
          key={o}
          data-testid="line"
          points={weight.map((w, step) => `${x(w)},${y(totals[step][o])}`).join(" ")}
          style={{ fill: "none", stroke: OPTION_COLOURS[o], strokeWidth: 2 }}
        />
      ))}
      {critical !== null && (
        <line
          x1={x(critical)}
          x2={x(critical)}
          y1={PLOT.top}
          y2={PLOT.bottom}
          style={{ stroke: tokens.colorNeutralForeground1, strokeDasharray: "4 3" }}
        />
      )}
      <line
        x1={x(current)}
        x2={x(current)}
        y1={PLOT.top}
        y2={PLOT.bottom}
        style={{ stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5 }}
      />
      <text
        x={x(current) + (current > 0.8 ? -3 : 3)}
        y={PLOT.top + 10}
        textAnchor={current > 0.8 ? "end" : "start"}
        className={styles.axis}
      >
        {now}
      </text>
    </svg>
  );
}
