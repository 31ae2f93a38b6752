import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles the wizard's views share; each view keeps its own beside it. */
export const useWizardStyles = makeStyles({
  /** A row of controls that wraps at 320 px, aligned on their bottoms (a Field beside a Button). */
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  /** The list of judgements, a respondent's or the group's. */
  pairs: { display: "flex", flexDirection: "column" },
});
