/**
 * Function help: a searchable list of the custom functions with syntax, description and a worked
 * example; "Insert example" writes the complete example at the selected cell, "Copy syntax" puts
 * the syntax on the clipboard for typing by hand.
 */
import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Link,
  SearchBox,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  exampleBlock,
  exampleDataAddress,
  exampleFormula,
  searchFunctions,
  type FunctionHelp as Help,
} from "../function-help";
import { useLanguage } from "../i18n";
import { useFunctionNames, usePort } from "../port-context";
import { useAction } from "../hooks/useAction";
import { insertBuiltBlock, where } from "../insert";
import { CopyIcon, TableInsertIcon } from "./icons";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";
import { plainList } from "./shared-styles";

const useStyles = makeStyles({
  list: {
    ...plainList,
    gap: tokens.spacingVerticalS,
  },
  card: { gap: tokens.spacingVerticalXS },
  name: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
  },
  code: {
    overflowWrap: "anywhere",
    whiteSpace: "normal",
    userSelect: "all",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  search: { maxWidth: "none", width: "100%" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
});

export function FunctionHelp() {
  const styles = useStyles();
  const { s } = useLanguage();
  const names = useFunctionNames();
  const [query, setQuery] = useState("");
  const found = useMemo(() => searchFunctions(query), [query]);
  return (
    <Section title={s.helpHeading} intro={names(s.helpIntro)}>
      <Field label={s.helpSearch}>
        <SearchBox
          className={styles.search}
          value={query}
          onChange={(_, data) => setQuery(data.value)}
          dismiss={{ "aria-label": s.clearHelpSearch, title: s.clearHelpSearch }}
        />
      </Field>
      <Caption1 className={styles.muted}>{s.insertExampleHint}</Caption1>
      {found.length === 0 && <Body1>{s.noFunctions}</Body1>}
      <ul className={styles.list} aria-label={s.helpHeading}>
        {found.map((fn) => (
          <li key={fn.name}>
            <FunctionCard fn={fn} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

function FunctionCard({ fn }: { fn: Help }) {
  const styles = useStyles();
  const { s, lang, number } = useLanguage();
  const port = usePort();
  const names = useFunctionNames();
  const action = useAction();
  const { example } = fn;
  const name = names(fn.name);
  const syntax = names(fn.syntax);
  const data = exampleDataAddress(example);
  const result = example.result
    .map((value) => (typeof value === "number" ? number(value, example.digits ?? 4) : value))
    .join("; ");

  const insert = () =>
    action.run(
      async () => {
        const done = await insertBuiltBlock(port, (origin) => exampleBlock(example, origin));
        return {
          intent: "success",
          text: ({ s }) => s.exampleInserted(name, where(done.sheet, done.address)),
        };
      },
      ({ s }) => s.insertFailedTitle
    );

  const copy = () =>
    action.run(async () => {
      try {
        await navigator.clipboard.writeText(syntax);
      } catch {
        return { intent: "warning", text: ({ s }) => s.copyBlocked };
      }
      return { intent: "success", text: ({ s }) => s.copied(syntax) };
    });

  return (
    <Card className={styles.card} size="small" data-testid="function">
      <Text as="h3" className={styles.name}>
        {name}
      </Text>
      <Body1>{fn.description[lang]}</Body1>
      <Caption1 className={styles.muted}>{s.syntax}</Caption1>
      <Text font="monospace" className={styles.code} data-testid="syntax">
        {syntax}
      </Text>
      <Caption1 className={styles.muted}>
        {s.example}
        {data && example.dataLabel
          ? ` (${s.exampleWith(`${example.dataLabel[lang]}, ${data}`)})`
          : ""}
      </Caption1>
      <Text font="monospace" className={styles.code}>
        {names(exampleFormula(example))} → {result}
      </Text>
      <div className={styles.actions}>
        <Button
          size="small"
          icon={<TableInsertIcon />}
          disabled={action.busy}
          onClick={() => void insert()}
        >
          {s.insertExample}
        </Button>
        <Button size="small" icon={<CopyIcon />} disabled={action.busy} onClick={() => void copy()}>
          {s.copySyntax}
        </Button>
        {/* The help pages are served with the Excel add-in; the Sheets sidebar has no pages beside it. */}
        {port.kind !== "sheets" && (
          <Link href={`help/${fn.page}.html`} target="_blank" rel="noopener">
            {s.helpPage}
          </Link>
        )}
      </div>
      <OutcomeBar outcome={action.outcome} onDismiss={() => action.setOutcome(null)} />
    </Card>
  );
}
