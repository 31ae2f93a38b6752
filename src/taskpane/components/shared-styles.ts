/** Styles several views share; everything else stays beside its view, in its own makeStyles. */
import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * A bar that stays at the bottom of the pane while the list above it scrolls (the catalogue's
 * "n selected / Add" bar, the wizard's CR summary), so its action is always in reach at 320 px.
 */
export const stickyBottomBar: GriffelStyle = {
  position: "sticky",
  bottom: 0,
  zIndex: 1,
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: tokens.spacingHorizontalS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  backgroundColor: tokens.colorNeutralBackground2,
  borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  boxShadow: tokens.shadow4,
};

/** A list without bullets or indent, its items stacked: the KPIs, the functions, the findings. */
export const plainList: GriffelStyle = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
};

/** A row of controls that wraps at 320 px, aligned on their bottoms (a Field beside a Button). */
export const controlRow: GriffelStyle = {
  display: "flex",
  flexWrap: "wrap",
  gap: tokens.spacingHorizontalS,
  alignItems: "end",
};
