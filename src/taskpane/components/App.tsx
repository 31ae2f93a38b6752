/**
 * The pane: a header with the language switch, the preview banner outside Excel, and five tabs.
 * A tab is mounted the first time it is opened and then kept (hidden), so the wizard's answers and
 * the catalogue's selection survive switching tabs. In preview, `aside` (the in-memory workbook's
 * grid) is shown beside the pane when the window is wide.
 */
import { Suspense, useEffect, useState, type ReactNode } from "react";
import {
  Caption1,
  FluentProvider,
  Select,
  Tab,
  TabList,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../../workbook/port";
import { LanguageProvider, useLanguage } from "../i18n";
import { PortProvider } from "../port-context";
import { AfterFirstPaint, chunkComponent, prefetch } from "../chunks";
import { LANGUAGE_PICKER, type Lang } from "../strings";
import { Gallery } from "./Gallery";

// The gallery comes with the pane; the other tabs are chunks of their own, fetched after the first
// paint (chunks.tsx) and shown when first opened. Everything is served by the add-in itself.
// Preview only (Excel never shows it), asked for once the pane has painted, with room kept so the
// gallery does not move when it arrives.
const previewBanner = chunkComponent(() =>
  import(/* webpackChunkName: "preview-banner" */ "./PreviewBanner").then((m) => m.PreviewBanner)
);
const PreviewBanner = previewBanner.Component;
const tabLoading = chunkComponent(() =>
  import(/* webpackChunkName: "tab-loading" */ "./TabLoading").then((m) => m.TabLoading)
);
const TabLoading = tabLoading.Component;
const wizard = chunkComponent(() =>
  import(/* webpackChunkName: "wizard" */ "./Wizard").then((m) => m.Wizard)
);
const catalogue = chunkComponent(() =>
  import(/* webpackChunkName: "catalogue" */ "./Catalogue").then((m) => m.Catalogue)
);
const checker = chunkComponent(() =>
  import(/* webpackChunkName: "checker" */ "./Checker").then((m) => m.Checker)
);
const explain = chunkComponent(() =>
  import(/* webpackChunkName: "explain" */ "./Explain").then((m) => m.Explain)
);
const functionHelp = chunkComponent(() =>
  import(/* webpackChunkName: "functions-help" */ "./FunctionHelp").then((m) => m.FunctionHelp)
);
const { Component: Wizard } = wizard;
const { Component: Catalogue } = catalogue;
const { Component: Checker } = checker;
const { Component: Explain } = explain;
const { Component: FunctionHelp } = functionHelp;

export type TabName = "build" | "wizard" | "catalogue" | "check" | "help";
const TABS: TabName[] = ["build", "wizard", "catalogue", "check", "help"];

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  layout: { display: "flex", alignItems: "stretch", minHeight: "100vh" },
  pane: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
  },
  // About the preview banner's height at 320 px, kept while its chunk loads.
  bannerRoom: { minHeight: "140px" },
  paneBeside: {
    flexGrow: 0,
    flexShrink: 0,
    width: "420px",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  aside: { flexGrow: 1, minWidth: 0 },
  header: {
    display: "flex",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
  language: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  languageSelect: { width: "auto" },
  // Five tabs on one row from 320 px (English is the widest: "Functions"): narrow padding, and the
  // list may use the pane's side padding. Wrapping stays as the fallback for wider fonts.
  tabs: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalS})`,
    flexWrap: "wrap",
  },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  panel: { paddingTop: tokens.spacingVerticalS, minWidth: 0 },
  secondSection: {
    marginTop: tokens.spacingVerticalXXL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface KinerjaProps {
  port: WorkbookPort;
  lang: Lang;
  isPreview: boolean;
  /** Shown beside the pane (preview only); `null` when the window is too narrow. */
  aside?: ReactNode;
  /** Shown under the preview banner (preview only): the cell field when the grid is hidden. */
  previewTools?: ReactNode;
  initialTab?: TabName;
}

/** The whole pane with its providers: Fluent theme, language and workbook. */
export function Kinerja({ port, lang, ...props }: KinerjaProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <LanguageProvider initial={lang}>
        <PortProvider port={port}>
          <App {...props} />
        </PortProvider>
      </LanguageProvider>
    </FluentProvider>
  );
}

export function App({
  isPreview,
  aside,
  previewTools,
  initialTab = "build",
}: {
  isPreview: boolean;
  aside?: ReactNode;
  previewTools?: ReactNode;
  initialTab?: TabName;
}) {
  const styles = useStyles();
  const { s, lang, setLang } = useLanguage();
  const [tab, setTab] = useState<TabName>(initialTab);
  const [opened, setOpened] = useState<Set<TabName>>(() => new Set([initialTab]));
  const base = useId("tab");
  const languageId = useId("language");
  const labels: Record<TabName, string> = {
    build: s.tabBuild,
    wizard: s.tabWizard,
    catalogue: s.tabCatalogue,
    check: s.tabCheck,
    help: s.tabHelp,
  };
  const panels: Record<TabName, () => ReactNode> = {
    build: () => <Gallery />,
    wizard: () => <Wizard />,
    catalogue: () => <Catalogue />,
    // The auditor's tab: the workbook checked, then one cell explained (a chunk of its own).
    check: () => (
      <>
        <Checker />
        <div className={styles.secondSection}>
          <Explain />
        </div>
      </>
    ),
    help: () => <FunctionHelp />,
  };
  useEffect(
    () =>
      prefetch([
        tabLoading.load,
        wizard.load,
        catalogue.load,
        checker.load,
        explain.load,
        functionHelp.load,
      ]),
    []
  );
  const open = (name: TabName) => {
    setTab(name);
    setOpened((old) => (old.has(name) ? old : new Set(old).add(name)));
  };

  return (
    <div className={styles.layout}>
      <main
        className={mergeClasses(styles.pane, aside ? styles.paneBeside : undefined)}
        lang={lang}
      >
        <header className={styles.header}>
          <div className={styles.titles}>
            <Title3 as="h1" className={styles.title}>
              {s.appTitle}
            </Title3>
            <Caption1 className={styles.tagline}>{s.appTagline}</Caption1>
          </div>
          <div className={styles.language}>
            <label htmlFor={languageId}>
              <Caption1>{s.language}</Caption1>
            </label>
            <Select
              id={languageId}
              size="small"
              className={styles.languageSelect}
              value={lang}
              onChange={(_, data) => setLang(data.value as Lang)}
              data-testid="language"
            >
              {LANGUAGE_PICKER.map(({ lang: code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </Select>
          </div>
        </header>
        {isPreview && (
          <AfterFirstPaint placeholder={<div className={styles.bannerRoom} />}>
            <PreviewBanner />
          </AfterFirstPaint>
        )}
        {isPreview && previewTools}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => open(data.value as TabName)}
          aria-label={s.tabsLabel}
        >
          {TABS.map((name) => (
            <Tab
              key={name}
              className={styles.tab}
              value={name}
              id={`${base}-${name}`}
              aria-controls={`${base}-${name}-panel`}
            >
              {labels[name]}
            </Tab>
          ))}
        </TabList>
        {TABS.map((name) => (
          <div
            key={name}
            id={`${base}-${name}-panel`}
            role="tabpanel"
            aria-labelledby={`${base}-${name}`}
            hidden={tab !== name}
            className={styles.panel}
          >
            {opened.has(name) && (
              <Suspense
                fallback={
                  <Suspense fallback={null}>
                    <TabLoading />
                  </Suspense>
                }
              >
                {panels[name]()}
              </Suspense>
            )}
          </div>
        ))}
      </main>
      {aside && <div className={styles.aside}>{aside}</div>}
    </div>
  );
}
