/**
 * Small drawings of each template (inline SVG, Fluent colour tokens, no network): what the main
 * sheet looks like — a KPI register with traffic lights, a strategy map in four bands, a prism, an
 * IPMS hierarchy.
 */
import { tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { TemplateId } from "../../sheet/plan";

const BRAND = tokens.colorBrandBackground;
const BRAND_SOFT = tokens.colorBrandBackground2;
const LINE = tokens.colorNeutralStroke1;
const PAPER = tokens.colorNeutralBackground1;
const GREEN = tokens.colorPaletteGreenBackground3;
const YELLOW = tokens.colorPaletteYellowBackground3;
const RED = tokens.colorPaletteRedBackground3;
const INK = tokens.colorNeutralForeground3;

function Register() {
  const lights = [GREEN, GREEN, YELLOW, RED, GREEN];
  return (
    <>
      <rect x="6" y="6" width="84" height="10" rx="1" fill={BRAND} />
      {lights.map((light, k) => (
        <g key={k}>
          <rect x="6" y={19 + k * 8} width="84" height="7" fill={k % 2 ? PAPER : BRAND_SOFT} />
          <rect x="9" y={21 + k * 8} width={30 + ((k * 13) % 20)} height="3" rx="1" fill={INK} />
          <rect x="58" y={21 + k * 8} width="12" height="3" rx="1" fill={LINE} />
          <circle cx="83" cy={22.5 + k * 8} r="2.6" fill={light} />
        </g>
      ))}
    </>
  );
}

function StrategyMap() {
  const bands = [0, 1, 2, 3];
  const boxes: [number, number][] = [
    [30, 0],
    [12, 1],
    [52, 1],
    [22, 2],
    [60, 2],
    [36, 3],
  ];
  return (
    <>
      {bands.map((k) => (
        <rect
          key={k}
          x="4"
          y={5 + k * 14}
          width="88"
          height="13"
          fill={k % 2 ? PAPER : BRAND_SOFT}
        />
      ))}
      <path
        d="M44 49 L32 39 M44 49 L70 39 M32 35 L20 25 M70 35 L60 25 M20 21 L38 11"
        stroke={INK}
        strokeWidth="1"
      />
      {boxes.map(([x, k], i) => (
        <rect key={i} x={x} y={7 + k * 14} width="22" height="9" rx="2" fill={BRAND} />
      ))}
    </>
  );
}

function Prism() {
  return (
    <>
      <polygon points="48,6 84,54 12,54" fill={BRAND_SOFT} stroke={BRAND} strokeWidth="1.5" />
      <polygon points="48,6 58,54 38,54" fill={BRAND} opacity="0.55" />
      {[0, 1, 2, 3, 4].map((k) => (
        <line
          key={k}
          x1={28 - k * 2}
          y1={33 + k * 4}
          x2={68 + k * 2}
          y2={33 + k * 4}
          stroke={PAPER}
          strokeWidth="1"
        />
      ))}
      <circle cx="14" cy="16" r="4" fill={GREEN} />
      <circle cx="82" cy="16" r="4" fill={YELLOW} />
    </>
  );
}

function Hierarchy() {
  const kpis = [8, 24, 40, 56, 72];
  return (
    <>
      <rect x="34" y="5" width="28" height="9" rx="2" fill={BRAND} />
      <rect x="12" y="24" width="28" height="9" rx="2" fill={BRAND_SOFT} stroke={BRAND} />
      <rect x="56" y="24" width="28" height="9" rx="2" fill={BRAND_SOFT} stroke={BRAND} />
      <path d="M48 14 L26 24 M48 14 L70 24" stroke={INK} strokeWidth="1" />
      {kpis.map((x, k) => (
        <g key={k}>
          <path d={`M${k < 2 ? 26 : 70} 33 L${x + 8} 44`} stroke={INK} strokeWidth="0.8" />
          <rect x={x} y="44" width="16" height="8" rx="1.5" fill={PAPER} stroke={LINE} />
          <circle cx={x + 8} cy="48" r="2" fill={[GREEN, GREEN, YELLOW, GREEN, RED][k]} />
        </g>
      ))}
    </>
  );
}

const DRAWINGS: Record<TemplateId, () => ReactElement> = {
  umkm: Register,
  bsc: StrategyMap,
  prism: Prism,
  ipms: Hierarchy,
};

export function TemplateThumbnail({ template, label }: { template: TemplateId; label: string }) {
  const Drawing = DRAWINGS[template];
  return (
    <svg width="96" height="60" viewBox="0 0 96 60" role="img" aria-label={label}>
      <rect x="0.5" y="0.5" width="95" height="59" rx="4" fill={PAPER} stroke={LINE} />
      <Drawing />
    </svg>
  );
}
