import { Body1, Title3, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export interface AppProps {
  host: Office.HostType | null;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">Kinerja</Title3>
      <Body1>
        {host === null
          ? "Preview mode: not running inside Excel."
          : "Type =AHP.WEIGHTS(, =OMAX.LEVEL( or =TRAFFIC( in a cell to use Kinerja's functions."}
      </Body1>
    </main>
  );
}
