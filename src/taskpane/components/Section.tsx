/** A tab's content: a heading, a line of introduction and the controls, evenly spaced. */
import type { ReactNode } from "react";
import { Body1, Subtitle1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  title: { margin: 0 },
  subheading: { margin: 0, paddingTop: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground2 },
});

export function Section({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title}>
      <Subtitle1 as="h2" className={styles.title}>
        {title}
      </Subtitle1>
      {intro && <Body1 className={styles.intro}>{intro}</Body1>}
      {children}
    </section>
  );
}

/** A heading inside a tab (h3). */
export function SubHeading({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <Subtitle2 as="h3" className={styles.subheading}>
      {children}
    </Subtitle2>
  );
}
