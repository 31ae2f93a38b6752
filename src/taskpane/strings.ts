/**
 * Every word the pane shows, in English and Bahasa Indonesia. `Strings` is the English table's type,
 * so the Indonesian table fails to compile when a key is missing. Strings that take values are
 * functions; numbers arrive already formatted for the language (see i18n.tsx). The names of the
 * perspectives and stakeholders are the vocabulary's (src/templates/data/vocabulary.ts), so the
 * pane calls them what the sheets call them.
 */
import type { Lang } from "../sheet/plan";
import type { Text } from "../sheet/text";
import { PERSPECTIVES, STAKEHOLDERS } from "../templates/data/vocabulary";

export type { Lang };

/** The vocabulary's names by key, in one language: { financial: "Financial", … }. */
const namesIn = (lang: Lang, terms: readonly { key: string; name: Text }[]) =>
  Object.fromEntries(terms.map((term) => [term.key, term.name[lang]])) as Record<string, string>;

/** "1 error", "2 errors". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const en = {
  appTitle: "Kinerja",
  appTagline: "Performance scorecards: AHP, OMAX, traffic lights",
  language: "Language",
  languageNames: { id: "Bahasa Indonesia", en: "English" } as Record<Lang, string>,
  previewTitle: "Preview",
  previewBody:
    "Not running inside Excel: Kinerja works on an in-memory workbook in this browser tab, which a reload empties. Only the AHP wizard's work is kept, in this browser.",
  tabsLabel: "Kinerja tools",
  tabBuild: "Build",
  tabWizard: "AHP",
  tabCatalogue: "KPIs",
  tabCheck: "Check",
  tabHelp: "Functions",
  errorTitle: "Something went wrong",
  // What the workbook refused or Excel failed at (WorkbookError in src/workbook/port.ts), as the
  // user reads it: these, not WorkbookError.message (the developer's English, for logs), are the
  // pane's wording. `where` is "Sheet1!B3"; a cell's content is shown by port.ts's shownContent
  // with emptyContent for an empty cell.
  cellNotEmpty: (where: string, rows: number, columns: number) =>
    `${where} is not empty, and nothing there is overwritten. Select a cell with ${rows} × ${columns} empty cells from it.`,
  cellChanged: (where: string, expected: string, held: string) =>
    `${where} no longer holds ${expected} (it holds ${held}), so nothing was changed. Someone edited the register meanwhile: try again.`,
  emptyContent: "nothing",
  excelTooOld: (required: string) =>
    `This version of Excel is too old: Kinerja needs ExcelApi ${required} (Excel 2019 or later, Microsoft 365, or Excel on the web).`,
  noSheet: (sheet: string) =>
    `There is no sheet '${sheet}' in this workbook (renamed or deleted?).`,
  nothingToInsert: "There is nothing to insert.",
  noTable: (where: string) =>
    `${where} is not in an Excel table, so the register cannot grow by a row: insert a row inside the register yourself.`,
  excelFailed: (step: string, reason: string) => `Kinerja could not ${step}: ${reason}`,
  // What became of a write that failed part-way (Rollback in src/workbook/port.ts).
  rolledBack:
    "What Kinerja had already written was taken out again: the workbook is as it was, and nothing of yours changed.",
  leftBehind: (reason: string, parts: string) =>
    `Kinerja could not take out what it had already written (${reason}). Part of it may remain: ${parts}. Nothing else changed; you can delete these yourself.`,
  leftSheets: (names: string) => `the sheets ${names}`,
  leftCells: (places: string) => `the cells ${places}`,
  /** A sheet that may remain under one name or the other (Excel could not say which). */
  eitherName: (name: string, other: string) => `'${name}' (or '${other}')`,
  stepNames: {
    listSheets: () => "list the sheets",
    readSheet: (sheet: string) => `read sheet '${sheet}'`,
    readHeads: () => "read the sheets' first rows",
    readSheets: () => "read the sheets",
    readSelection: () => "read the selection",
    readCell: () => "read the selected cell and the cells its formula reads",
    insert: () => "insert at the selection",
    changeCells: (sheet: string) => `change cells on sheet '${sheet}'`,
    goTo: (where: string) => `go to ${where}`,
    build: () => "build the scorecard",
    addSheets: () => "add the sheet",
  },
  dismiss: "Dismiss",
  working: "Working…",
  startFailed: (reason: string) => `Kinerja could not start: ${reason}`,

  // Build a scorecard
  galleryHeading: "Build a scorecard",
  galleryIntro: "Pick a template. New sheets are added; nothing you already have is changed.",
  galleryLabel: "Templates",
  optionsHeading: (name: string) => `Options: ${name}`,
  contentLabel: "Content",
  contentBlank: "Blank, with rows to fill in",
  contentExample: "Filled example from the case study",
  kpisPerGroup: (group: string) => `KPIs per ${group}`,
  kpisPerGroupHint: "Rows to fill in, per group, in a blank template.",
  increaseValue: "Increase by 1",
  decreaseValue: "Decrease by 1",
  periodsLabel: "Tracking periods",
  periodNames: { monthly: "Monthly", quarterly: "Quarterly", yearly: "Yearly" } as Record<
    "monthly" | "quarterly" | "yearly",
    string
  >,
  yearLabel: "First year",
  sheetLanguage: "Sheet language",
  nativeFormulas: "Native formulas only",
  nativeFormulasHint:
    "Every result as a plain formula with its steps shown: the workbook calculates in Excel, LibreOffice and Google Sheets without Kinerja. Off: Kinerja's functions (=AHP.WEIGHTS, …).",
  buildButton: (name: string) => `Build ${name}`,
  building: "Building…",
  progressLabel: "Build progress",
  phaseNames: {
    checking: "Checking sheet names",
    writing: "Writing the sheets",
    finishing: "Finishing",
    done: "Done",
  } as Record<"checking" | "writing" | "finishing" | "done", string>,
  buildDoneTitle: "Scorecard built",
  buildDone: (n: number, names: string, active: string) =>
    `${count(n, "sheet")} made: ${names}. Now on ${active}.`,
  buildFailedTitle: "The scorecard was not built",
  thumbnailAlt: (name: string) => `Preview of the ${name} template`,

  // Pairwise comparison wizard
  wizardHeading: "Pairwise comparison (AHP)",
  wizardIntro:
    "Compare the criteria two at a time on Saaty's 9…1…9 scale. Weights and the consistency ratio update as you answer.",
  criteriaLabel: "Criteria, one per line (2 to 15)",
  criteriaDefault: PERSPECTIVES.map((p) => p.name.en),
  readSelection: "Read from selection",
  keptHint:
    "Your criteria and answers are kept with this workbook: closing the pane loses nothing.",
  keepFailed: (reason: string) =>
    `Your answers could not be kept with the workbook (${reason}). They stay here while the pane is open.`,
  startOver: "Start over",
  startOverQuestion:
    "Clear the criteria and every respondent's answers? They are removed from the workbook too.",
  startOverYes: "Clear everything",
  startOverNo: "Keep my answers",
  readSelectionDone: (count: number, where: string) => `Read ${count} criteria from ${where}.`,
  readSelectionEmpty: (where: string) =>
    `The selection ${where} holds no names. Select the cells with the criteria first.`,
  readSelectionTooFew: (name: string, where: string) =>
    `The selection ${where} holds one name (“${name}”); a comparison needs at least two. Select the cells with all the criteria. The criteria above are unchanged.`,
  tooFew: "Enter at least two criteria.",
  tooMany: "At most 15 criteria: the RI table saaty1980 ends at n = 15.",
  duplicate: (name: string) => `“${name}” appears twice; each criterion needs its own name.`,
  respondentsLabel: "Answers of",
  respondent: (k: number) => `Respondent ${k}`,
  groupView: "Group (geometric mean)",
  addRespondent: "Add respondent",
  removeRespondent: (k: number) => `Remove respondent ${k}`,
  groupNote: (count: number) =>
    `The group matrix is the element-wise geometric mean (AIJ) of ${count} respondents' answers. Pick a respondent to change answers.`,
  pairsHeading: (count: number) => `Judgements (${count} pairs)`,
  pairLabel: (a: string, b: string) => `${a} versus ${b}`,
  moreImportant: (a: string, b: string, times: string) =>
    `${a} is ${times}× more important than ${b}`,
  equallyImportant: (a: string, b: string) => `${a} and ${b} are equally important`,
  intensity: {
    1: "equal",
    2: "equal to moderate",
    3: "moderate",
    4: "moderate to strong",
    5: "strong",
    6: "strong to very strong",
    7: "very strong",
    8: "very to extremely strong",
    9: "extreme",
  } as Record<number, string>,
  resultsHeading: "Weights and consistency",
  criterionColumn: "Criterion",
  weightColumn: "Weight",
  lambdaMax: "λmax",
  ci: "CI",
  cr: "CR",
  riWith: (table: string) => `RI (table ${table})`,
  consistent: (limit: string) => `Consistent: CR ≤ ${limit}`,
  inconsistent: (limit: string) => `Inconsistent: CR > ${limit}`,
  twoCriteria: "With two criteria every answer is consistent (CR = 0).",
  suggestionTitle: "Most inconsistent judgement",
  suggestionNow: (sentence: string) => `Now: ${sentence}.`,
  suggestionBetter: (sentence: string, ratio: string, i: number, j: number) =>
    `The other answers point to: ${sentence} (w${i}/w${j} = ${ratio}).`,
  applyFix: "Apply suggestion",
  fixWillSet: (sentence: string, before: string, after: string) =>
    `Apply suggestion sets: ${sentence} (CR ${before} → ${after}).`,
  fixAtEnd: (pair: string) =>
    `${pair} is already at the end of the scale (9×), so it cannot move further towards that ratio.`,
  fixNoGain: (pair: string) => `Changing ${pair} would not lower CR.`,
  fixInstead: (pair: string, sentence: string, before: string, after: string) =>
    `Apply suggestion changes ${pair} instead: ${sentence} (CR ${before} → ${after}).`,
  fixNone:
    "No one-step change among the three most inconsistent pairs lowers CR, so there is nothing to apply: review these answers yourself.",
  fixApplied: (pair: string, before: string, after: string) =>
    `Changed ${pair}: CR ${before} → ${after}.`,
  groupFixHint: "To fix it, change that pair in a respondent's answers.",

  // The respondents as a group (shown from two respondents on)
  groupHeading: "The respondents as a group",
  respondentColumn: "Respondent",
  distanceColumn: "Distance",
  inGroupColumn: "In group",
  inGroup: "yes",
  leftOutShort: "no",
  distanceHint: (limit: string) =>
    `Distance from the group (Saaty's compatibility index): 1.00 means the respondent's answers match the group's weights exactly; above ${limit} they are far from them.`,
  limitToggle: "Combine only consistent respondents",
  limitLabel: "CR limit",
  leftOut: (names: string, limit: string) => `Left out of the group, CR above ${limit}: ${names}.`,
  noneMeetsLimit: (limit: string) =>
    `No respondent has CR ≤ ${limit}, so the group still combines everyone.`,
  consensusLabel: "Agreement (consensus)",
  consensusBands: {
    "very low": "very low",
    low: "low",
    moderate: "moderate",
    high: "high",
    "very high": "very high",
  } as Record<string, string>,
  consensusHint:
    "Goepel's consensus indicator: 0 % when each respondent puts a different criterion far ahead, 100 % when all give the same weights. Bands: up to 50 % very low, 62.5 % low, 75 % moderate, 87.5 % high, above that very high.",
  consensusNeedsTwo: "Agreement needs at least two respondents in the group.",
  spreadHeading: "Group weights, and how far the respondents differ",
  groupColumn: "Group",
  meanColumn: "Average ± typical",
  rangeColumn: "Range",
  spreadHint:
    "Group: the weight from the group matrix. Average: the respondents' own weights, averaged; ± typical (the standard deviation): how far one respondent's weight usually lies from that average. Range: the smallest and the largest weight a respondent gave.",

  // Sensitivity and uncertainty (a section after the weights, loaded when opened)
  sensitivityHeading: "Would the result change?",
  sensitivityIntro:
    "See how sure the weights are, and which weight could change your scorecard's traffic light.",
  sensitivityShow: "Show",
  sensitivityHide: "Hide",
  uncertaintyHeading: "How sure are the weights?",
  uncertaintyIntro: (runs: string) =>
    `Answers are never exact. Kinerja computed the weights again ${runs} times, each time moving every answer a little up or down at random, and shows where each weight landed in 9 of 10 runs (the bar) beside the weight itself (the dot).`,
  spreadLabel: "Each answer might be off by up to",
  spreadNames: { 1.5: "×1.5 (a little)", 2: "×2 (some)", 3: "×3 (a lot)" } as Record<
    number,
    string
  >,
  uncertaintyRange: (low: string, high: string) => `${low} to ${high}`,
  sameOrder: (share: string) =>
    `The order of the criteria stayed the same in ${share} of the runs.`,
  uncertaintyAudit: (spread: string, runs: string) =>
    `In the workbook: =AHP.UNCERTAINTY(matrix, ${spread}) gives the same numbers (${runs} runs, seed 1), so anyone can repeat them.`,
  scoresHeading: "Scores",
  scoresIntro:
    "Give each criterion a score from 0 (worst) to 10 (best), as an OMAX level: the index is the weighted sum. Add an option to compare several instead (a supplier, a plan…).",
  scoreColumn: "Score",
  optionName: (k: number) => `Option ${String.fromCharCode(65 + k)}`,
  scoreOf: (criterion: string, option: string) => `${option}: score of ${criterion}`,
  addOption: "Add option",
  removeOption: (option: string) => `Remove ${option}`,
  scoresMissing:
    "Type a score from 0 to 10 for every criterion to see what could change the result.",
  indexNow: (index: string, light: string) =>
    `Index now ${index} of 10: ${light} (green from 8, yellow from 4).`,
  totalsNow: (list: string) => `Totals now: ${list}.`,
  criticalHeading: "How far can each weight move?",
  criticalHint:
    "The dot is the weight now; the line runs to where the result would change. When one weight moves, the others shrink or grow in proportion so all still add up to 100 %. The closest to changing the result come first.",
  pointsUp: (points: string) => `${points} points higher`,
  pointsDown: (points: string) => `${points} points lower`,
  criticalLight: (move: string, light: string) => `${move} turns the light ${light}`,
  criticalSwap: (move: string, a: string, b: string) => `${move}: ${a} and ${b} swap places`,
  criticalNone: "no weight from 0 to 100 % changes the result",
  perStep: (change: string) => `each +10 points moves the index ${change}`,
  linesHeading: "The result as one weight changes",
  linesCriterion: "Weight to move",
  linesAxisIndex: "Index",
  linesAxisTotal: "Total",
  linesAxisWeight: (name: string) => `Weight of ${name}`,
  linesNow: "now",
  linesChart: (name: string) =>
    `Chart: the result as the weight of ${name} runs from 0 to 100 %; a vertical line marks the weight now.`,
  computing: "Calculating…",
  insertHeading: "Insert into the sheet",
  insertHint: (rows: number, columns: number) =>
    `Select one empty cell: the block needs ${rows} × ${columns} empty cells from there. It holds the matrix (lower triangle as =1/… formulas) with live =AHP.WEIGHTS and =AHP.CHECK.`,
  groupInsertHint: (rows: number, columns: number, members: number) =>
    `Select one empty cell: the block needs ${rows} × ${columns} empty cells from there. It holds the matrices of the ${members} respondents in the group, the group matrix as a live =AHP.GROUP with its =AHP.WEIGHTS and =AHP.CHECK, and their consensus =AHP.CONSENSUS with its band.`,
  insertButton: "Insert matrix at selected cell",
  insertDone: (where: string) => `Inserted at ${where}.`,
  insertFailedTitle: "Nothing was inserted",
  selectOneCell: (where: string) =>
    `${where} is selected. Select a single empty cell where the block should start.`,

  // KPI catalogue
  catalogueHeading: "KPI catalogue",
  catalogueIntro: (count: number) =>
    `${count} KPIs from four Indonesian case studies and the literature they cite.`,
  searchLabel: "Search",
  searchPlaceholder: "Name, unit, source…",
  clearSearch: "Clear the search",
  /** The case studies the catalogue's KPIs come from, for the Source filter (by the study as sources cite it). */
  sourceNames: {
    "Ithrisa 2020": "Ithrisa's BSC thesis (SCOR, Keebler & Plank, Kumar et al., Reefke & Trocchi…)",
    "Arianto & Partiwi": "Arianto & Partiwi, Performance Prism at PT Petrokimia Gresik",
    "Universitas Tarumanagara 2020": "Universitas Tarumanagara, UMKM KPIs for Batik 20 Ikan Mas",
    Susetyo: "Susetyo, IPMS at an iron foundry (29 KPIs)",
  } as Record<string, string>,
  tableWord: "Table",
  filterGroup: "Perspective or stakeholder",
  filterSource: "Source",
  filterDirection: "Direction",
  all: "All",
  perspectivesLabel: "Perspectives",
  stakeholdersLabel: "Stakeholders",
  perspectiveNames: namesIn("en", PERSPECTIVES),
  stakeholderNames: namesIn("en", STAKEHOLDERS),
  directionNames: { higher: "Higher is better", lower: "Lower is better" } as Record<
    "higher" | "lower",
    string
  >,
  directionShort: { higher: "↑ higher", lower: "↓ lower" } as Record<"higher" | "lower", string>,
  unitLabel: "Unit",
  resultsCount: (shown: number) => `${count(shown, "KPI")} found`,
  selectedCount: (count: number) => `${count} selected`,
  showMore: (count: number) => `Show ${count} more`,
  clearSelection: "Clear selection",
  addToRegister: "Add to register",
  addKpi: "Add KPI",
  addKpiHint:
    "A new KPI in the register's next empty row (of the selected KPI's group): Tracking and the dashboard count it at once.",
  kpiAddedTitle: "KPI added",
  kpiAdded: (code: string, where: string) =>
    `${code} is in ${where}: type its name, weight and target there. Tracking and the dashboard already count it.`,
  omaxKpiAdded: (code: string, where: string) =>
    `${code} is in ${where}: type its name and OMAX anchors there. On the AHP sheet it starts as important as the others of its group: revise its judgements there. Tracking and the dashboard already count it.`,
  noRoomForKpi: (sheet: string) => `${sheet} has no empty row left for another KPI.`,
  registerLabel: "Register to fill",
  registerAuto: "The active sheet's, else the first",
  noResults: "No KPI matches. Clear the search or the filters.",
  noRegister:
    "No Kinerja KPI register was found in this workbook. Build a scorecard first (Build tab).",
  placedTitle: "KPIs added",
  placed: (n: number, sheet: string) => `${count(n, "KPI")} added to ${sheet}.`,
  notPlaced: (names: string) =>
    `Did not fit (no row with an empty name left in their group; build with more KPIs per group): ${names}.`,
  alreadyListed: (names: string) => `Already in the register: ${names}.`,
  addFailedTitle: "The KPIs were not added",

  // Check this workbook
  checkHeading: "Check this workbook",
  checkIntro:
    "Scans the Kinerja sheets for weights that do not sum to 1, CR above 0.10, OMAX anchors out of order, missing targets and formulas replaced by typed numbers.",
  checkButton: "Check this workbook",
  checking: "Checking…",
  checkSummary: (sheets: number, errors: number, warnings: number, notes: number) =>
    `${count(sheets, "sheet")} read: ${count(errors, "error")}, ${count(warnings, "warning")}, ${count(notes, "note")}.`,
  checkClean: (sheets: number) => `${count(sheets, "sheet")} read: no problems found.`,
  severityNames: { error: "Error", warning: "Warning", info: "Note" } as Record<
    "error" | "warning" | "info",
    string
  >,
  findingsLabel: "Findings",
  auditSheetHeading: "Audit sheet",
  auditSheetIntro:
    "Adds a new sheet listing every cell that calls a Kinerja function: a link to it, its formula, the value it returned, the same value re-performed with plain formulas (their workings beside the list) and the difference, with a summary and a traffic light on top. It stays live as the inputs change; nothing else in the workbook changes.",
  auditSheetButton: "Add audit sheet",
  auditSheetAdding: "Adding the audit sheet…",
  auditSheetDone: (sheet: string, cells: number) =>
    `Added the sheet '${sheet}': ${count(cells, "cell")} checked.`,
  auditSheetNone: "No cell of this workbook calls a Kinerja function: there is nothing to audit.",
  auditSheetFailed: "The audit sheet could not be added",
  goTo: (where: string) => `Go to ${where}`,
  checkFailedTitle: "The check did not finish",
  reconnectTitle: (n: number) =>
    `${count(n, "Kinerja cell")} ${n === 1 ? "does" : "do"} not calculate`,
  reconnectBody:
    "Excel saved their functions in a form it shows as #NAME? until each formula is entered again. Reconnect enters them again, unchanged, in one go.",
  reconnectButton: "Reconnect",
  reconnectDone: (n: number) => `${count(n, "cell")} reconnected; nothing else was changed.`,
  reconnectFailedTitle: "Nothing was reconnected",

  // Explain this cell
  explainHeading: "Explain this cell",
  explainIntro:
    "Select a cell with a Kinerja function: every step of its calculation, re-performed with plain spreadsheet formulas, with the cells it reads.",
  explainButton: "Explain the selected cell",
  explaining: "Reading the cell…",
  explainFailedTitle: "The cell could not be explained",
  explainNoFormula: (where: string) =>
    `${where} holds no formula. Select a cell with a Kinerja function, such as =AHP.WEIGHTS(…).`,
  explainNoKinerja: (where: string) =>
    `${where} calls no Kinerja function. Select a cell with one, such as =AHP.WEIGHTS(…) or =OMAX.LEVEL(…).`,
  explainCell: (where: string) => `Cell ${where}`,
  explainMethod: "Method",
  explainInputs: "Inputs",
  explainSteps: "Steps",
  explainStepsNote:
    "As the native formulas compute them. Where a step has one value per criterion, the first criterion's is shown; written beside the cell, every value is there.",
  explainResult: "Result",
  explainNative: "Native formulas",
  explainKinerja: "Kinerja function",
  explainDifference: (text: string) => `Largest difference: ${text}`,
  explainNotNative: "No native re-performance of this function: the result is Kinerja's alone.",
  explainConstant: "constant",
  explainInconsistent: "Most inconsistent judgements",
  explainJudgement: (
    cell: string,
    row: number,
    col: number,
    current: string,
    suggested: string,
    scale: string
  ) =>
    `${cell} (row ${row}, column ${col}) is ${current}; the weights suggest ${suggested} (on Saaty's scale ${scale}).`,
  explainWrite: "Write the steps beside it",
  explainWriteSheet: "On a new sheet",
  explainWritten: (where: string) => `The steps are in ${where}; nothing else was changed.`,
  explainNoRoom: "There is no room for the steps beside the cell: write them on a new sheet.",
  explainWriteFailedTitle: "The steps were not written",
  explainStepsSheet: (address: string) => `Steps ${address}`,

  // Function help
  helpHeading: "Functions",
  helpIntro: "Type them in any cell without a prefix, e.g. =AHP.WEIGHTS(B2:D4).",
  helpSearch: "Search functions",
  clearHelpSearch: "Clear the function search",
  syntax: "Syntax",
  example: "Example",
  exampleWith: (data: string) => `with ${data}`,
  insertExample: "Insert example",
  insertExampleHint:
    "Writes the example — its input cells and a complete formula — from the selected cell, so you see it work and can change the references.",
  copySyntax: "Copy syntax",
  copied: (text: string) => `Copied ${text}`,
  copyBlocked: "Copying was not allowed here. Select the syntax and press Ctrl+C.",
  helpPage: "Help page",
  exampleInserted: (name: string, where: string) => `${name} example inserted at ${where}.`,
  noFunctions: "No function matches.",

  // Preview grid
  gridHeading: "In-memory workbook (read-only)",
  gridSheets: "Sheets",
  gridHint: "Click a cell, or use the arrow keys, to select it (for Insert).",
  gridSelected: (where: string) => `Selected: ${where}`,
  gridLabel: (sheet: string) => `Sheet ${sheet}: arrow keys move the selected cell`,
  cellFieldLabel: "Selected cell (in-memory workbook)",
  cellFieldHint: "Where Insert writes. Type another, e.g. Sheet1!B2, then Enter.",
  cellFieldInvalid: "Type a cell such as Sheet1!B2, or B2 on the same sheet.",
  statusNames: { GREEN: "Green", YELLOW: "Yellow", RED: "Red" } as Record<string, string>,
};

export type Strings = typeof en;

const id: Strings = {
  appTitle: "Kinerja",
  appTagline: "Kartu skor kinerja: AHP, OMAX, lampu lalu lintas",
  language: "Bahasa",
  languageNames: { id: "Bahasa Indonesia", en: "English" },
  previewTitle: "Pratinjau",
  previewBody:
    "Tidak berjalan di dalam Excel: Kinerja memakai buku kerja di memori pada tab peramban ini, yang kosong lagi bila dimuat ulang. Hanya pekerjaan wizard AHP yang disimpan, di peramban ini.",
  tabsLabel: "Alat Kinerja",
  tabBuild: "Buat",
  tabWizard: "AHP",
  tabCatalogue: "KPI",
  tabCheck: "Periksa",
  tabHelp: "Fungsi",
  errorTitle: "Terjadi kesalahan",
  cellNotEmpty: (where, rows, columns) =>
    `${where} tidak kosong, dan isinya tidak ditimpa. Pilih sel yang punya ${rows} × ${columns} sel kosong mulai dari sana.`,
  cellChanged: (where, expected, held) =>
    `${where} tidak lagi berisi ${expected} (isinya ${held}), jadi tidak ada yang diubah. Register diubah orang lain sementara itu: coba lagi.`,
  emptyContent: "kosong",
  excelTooOld: (required) =>
    `Versi Excel ini terlalu lama: Kinerja memerlukan ExcelApi ${required} (Excel 2019 atau lebih baru, Microsoft 365, atau Excel di web).`,
  noSheet: (sheet) => `Tidak ada lembar '${sheet}' di buku kerja ini (diganti nama atau dihapus?).`,
  nothingToInsert: "Tidak ada yang dapat disisipkan.",
  noTable: (where) =>
    `${where} tidak berada dalam tabel Excel, jadi register tidak dapat ditambah satu baris: sisipkan sendiri baris di dalam register.`,
  excelFailed: (step, reason) => `Kinerja tidak dapat ${step}: ${reason}`,
  rolledBack:
    "Apa yang sudah ditulis Kinerja telah dihapus lagi: buku kerja kembali seperti semula, dan tidak ada data Anda yang berubah.",
  leftBehind: (reason, parts) =>
    `Kinerja tidak dapat menghapus apa yang sudah ditulisnya (${reason}). Sebagian mungkin masih ada: ${parts}. Selain itu tidak ada yang berubah; Anda dapat menghapusnya sendiri.`,
  leftSheets: (names) => `lembar ${names}`,
  leftCells: (places) => `sel ${places}`,
  eitherName: (name, other) => `'${name}' (atau '${other}')`,
  stepNames: {
    listSheets: () => "membaca daftar lembar",
    readSheet: (sheet) => `membaca lembar '${sheet}'`,
    readHeads: () => "membaca baris-baris pertama lembar",
    readSheets: () => "membaca lembar-lembar",
    readSelection: () => "membaca pilihan",
    readCell: () => "membaca sel terpilih dan sel yang dibaca rumusnya",
    insert: () => "menyisipkan di pilihan",
    changeCells: (sheet) => `mengubah sel di lembar '${sheet}'`,
    goTo: (where) => `membuka ${where}`,
    build: () => "membuat kartu skor",
    addSheets: () => "menambahkan lembar",
  },
  dismiss: "Tutup",
  working: "Sedang bekerja…",
  startFailed: (reason) => `Kinerja tidak dapat dimulai: ${reason}`,

  galleryHeading: "Buat kartu skor",
  galleryIntro: "Pilih templat. Lembar baru ditambahkan; isi yang sudah ada tidak diubah.",
  galleryLabel: "Templat",
  optionsHeading: (name) => `Opsi: ${name}`,
  contentLabel: "Isi",
  contentBlank: "Kosong, dengan baris isian",
  contentExample: "Contoh terisi dari studi kasus",
  kpisPerGroup: (group) => `KPI per ${group}`,
  kpisPerGroupHint: "Baris isian pada templat kosong.",
  increaseValue: "Naikkan 1",
  decreaseValue: "Turunkan 1",
  periodsLabel: "Periode pemantauan",
  periodNames: { monthly: "Bulanan", quarterly: "Triwulanan", yearly: "Tahunan" },
  yearLabel: "Tahun pertama",
  sheetLanguage: "Bahasa lembar",
  nativeFormulas: "Hanya rumus bawaan",
  nativeFormulasHint:
    "Setiap hasil sebagai rumus biasa dengan langkah-langkahnya terlihat: buku kerja menghitung di Excel, LibreOffice dan Google Sheets tanpa Kinerja. Mati: fungsi Kinerja (=AHP.WEIGHTS, …).",
  buildButton: (name) => `Buat ${name}`,
  building: "Sedang membuat…",
  progressLabel: "Kemajuan pembuatan",
  phaseNames: {
    checking: "Memeriksa nama lembar",
    writing: "Menulis lembar",
    finishing: "Menyelesaikan",
    done: "Selesai",
  },
  buildDoneTitle: "Kartu skor dibuat",
  buildDone: (count, names, active) => `${count} lembar dibuat: ${names}. Sekarang di ${active}.`,
  buildFailedTitle: "Kartu skor tidak dibuat",
  thumbnailAlt: (name) => `Gambaran templat ${name}`,

  wizardHeading: "Perbandingan berpasangan (AHP)",
  wizardIntro:
    "Bandingkan kriteria dua demi dua pada skala Saaty 9…1…9. Bobot dan rasio konsistensi diperbarui saat Anda menjawab.",
  criteriaLabel: "Kriteria, satu per baris (2 sampai 15)",
  criteriaDefault: PERSPECTIVES.map((p) => p.name.id),
  readSelection: "Baca dari pilihan",
  keptHint:
    "Kriteria dan jawaban Anda disimpan bersama buku kerja ini: menutup panel tidak menghilangkan apa pun.",
  keepFailed: (reason) =>
    `Jawaban Anda tidak dapat disimpan bersama buku kerja (${reason}). Jawaban tetap ada di sini selama panel terbuka.`,
  startOver: "Mulai dari awal",
  startOverQuestion:
    "Hapus kriteria dan jawaban semua responden? Semuanya juga dihapus dari buku kerja.",
  startOverYes: "Hapus semuanya",
  startOverNo: "Simpan jawaban saya",
  readSelectionDone: (count, where) => `${count} kriteria dibaca dari ${where}.`,
  readSelectionEmpty: (where) =>
    `Pilihan ${where} tidak berisi nama. Pilih dulu sel yang berisi kriteria.`,
  readSelectionTooFew: (name, where) =>
    `Pilihan ${where} hanya berisi satu nama (“${name}”); perbandingan perlu sedikitnya dua. Pilih sel yang berisi semua kriteria. Kriteria di atas tidak diubah.`,
  tooFew: "Isi sedikitnya dua kriteria.",
  tooMany: "Paling banyak 15 kriteria: tabel RI saaty1980 berakhir di n = 15.",
  duplicate: (name) => `“${name}” muncul dua kali; setiap kriteria perlu nama sendiri.`,
  respondentsLabel: "Jawaban",
  respondent: (k) => `Responden ${k}`,
  groupView: "Kelompok (rata-rata geometrik)",
  addRespondent: "Tambah responden",
  removeRespondent: (k) => `Hapus responden ${k}`,
  groupNote: (count) =>
    `Matriks kelompok adalah rata-rata geometrik per elemen (AIJ) dari jawaban ${count} responden. Pilih responden untuk mengubah jawaban.`,
  pairsHeading: (count) => `Penilaian (${count} pasangan)`,
  pairLabel: (a, b) => `${a} dibanding ${b}`,
  moreImportant: (a, b, times) => `${a} ${times}× lebih penting daripada ${b}`,
  equallyImportant: (a, b) => `${a} dan ${b} sama penting`,
  intensity: {
    1: "sama penting",
    2: "antara sama dan sedikit",
    3: "sedikit lebih penting",
    4: "antara sedikit dan jelas",
    5: "jelas lebih penting",
    6: "antara jelas dan sangat jelas",
    7: "sangat jelas lebih penting",
    8: "antara sangat jelas dan mutlak",
    9: "mutlak lebih penting",
  },
  resultsHeading: "Bobot dan konsistensi",
  criterionColumn: "Kriteria",
  weightColumn: "Bobot",
  lambdaMax: "λmaks",
  ci: "CI",
  cr: "CR",
  riWith: (table) => `RI (tabel ${table})`,
  consistent: (limit) => `Konsisten: CR ≤ ${limit}`,
  inconsistent: (limit) => `Tidak konsisten: CR > ${limit}`,
  twoCriteria: "Dengan dua kriteria setiap jawaban konsisten (CR = 0).",
  suggestionTitle: "Penilaian paling tidak konsisten",
  suggestionNow: (sentence) => `Sekarang: ${sentence}.`,
  suggestionBetter: (sentence, ratio, i, j) =>
    `Jawaban lain mengarah ke: ${sentence} (w${i}/w${j} = ${ratio}).`,
  applyFix: "Terapkan saran",
  fixWillSet: (sentence, before, after) =>
    `Terapkan saran menetapkan: ${sentence} (CR ${before} → ${after}).`,
  fixAtEnd: (pair) =>
    `${pair} sudah di ujung skala (9×), jadi tidak dapat bergeser lebih jauh ke arah rasio itu.`,
  fixNoGain: (pair) => `Mengubah ${pair} tidak menurunkan CR.`,
  fixInstead: (pair, sentence, before, after) =>
    `Terapkan saran mengubah ${pair} sebagai gantinya: ${sentence} (CR ${before} → ${after}).`,
  fixNone:
    "Tidak ada perubahan satu langkah pada tiga pasangan paling tidak konsisten yang menurunkan CR, jadi tidak ada yang diterapkan: tinjau sendiri jawaban-jawaban ini.",
  fixApplied: (pair, before, after) => `${pair} diubah: CR ${before} → ${after}.`,
  groupFixHint: "Untuk memperbaikinya, ubah pasangan itu pada jawaban salah satu responden.",

  groupHeading: "Responden sebagai kelompok",
  respondentColumn: "Responden",
  distanceColumn: "Jarak",
  inGroupColumn: "Ikut",
  inGroup: "ya",
  leftOutShort: "tidak",
  distanceHint: (limit) =>
    `Jarak dari kelompok (indeks kompatibilitas Saaty): 1,00 berarti jawaban responden persis sesuai dengan bobot kelompok; di atas ${limit} jawabannya jauh dari kelompok.`,
  limitToggle: "Gabungkan hanya responden yang konsisten",
  limitLabel: "Batas CR",
  leftOut: (names, limit) => `Dikeluarkan dari kelompok, CR di atas ${limit}: ${names}.`,
  noneMeetsLimit: (limit) =>
    `Tidak ada responden dengan CR ≤ ${limit}, jadi kelompok tetap menggabungkan semua responden.`,
  consensusLabel: "Kesepakatan (konsensus)",
  consensusBands: {
    "very low": "sangat rendah",
    low: "rendah",
    moderate: "sedang",
    high: "tinggi",
    "very high": "sangat tinggi",
  },
  consensusHint:
    "Indikator konsensus Goepel: 0 % bila tiap responden mengutamakan kriteria yang berbeda jauh di atas yang lain, 100 % bila semua memberi bobot yang sama. Tingkat: sampai 50 % sangat rendah, 62,5 % rendah, 75 % sedang, 87,5 % tinggi, di atasnya sangat tinggi.",
  consensusNeedsTwo: "Kesepakatan memerlukan sedikitnya dua responden dalam kelompok.",
  spreadHeading: "Bobot kelompok, dan seberapa jauh responden berbeda",
  groupColumn: "Kelompok",
  meanColumn: "Rata-rata ± biasanya",
  rangeColumn: "Rentang",
  spreadHint:
    "Kelompok: bobot dari matriks kelompok. Rata-rata: bobot masing-masing responden, dirata-ratakan; ± biasanya (simpangan baku): seberapa jauh bobot seorang responden biasanya dari rata-rata itu. Rentang: bobot terkecil dan terbesar yang diberikan seorang responden.",

  sensitivityHeading: "Apakah hasilnya bisa berubah?",
  sensitivityIntro:
    "Lihat seberapa pasti bobotnya, dan bobot mana yang bisa mengubah warna lampu scorecard Anda.",
  sensitivityShow: "Tampilkan",
  sensitivityHide: "Sembunyikan",
  uncertaintyHeading: "Seberapa pasti bobotnya?",
  uncertaintyIntro: (runs) =>
    `Jawaban tidak pernah persis. Kinerja menghitung ulang bobot ${runs} kali, setiap kali menggeser tiap jawaban sedikit naik atau turun secara acak, dan menunjukkan di mana tiap bobot jatuh pada 9 dari 10 kali hitung (batang) di samping bobotnya sendiri (titik).`,
  spreadLabel: "Tiap jawaban bisa meleset sampai",
  spreadNames: { 1.5: "×1,5 (sedikit)", 2: "×2 (sedang)", 3: "×3 (banyak)" },
  uncertaintyRange: (low, high) => `${low} sampai ${high}`,
  sameOrder: (share) => `Urutan kriteria tetap sama pada ${share} hitungan.`,
  uncertaintyAudit: (spread, runs) =>
    `Di workbook: =AHP.UNCERTAINTY(matriks; ${spread}) memberi angka yang sama (${runs} kali hitung, seed 1), jadi siapa pun dapat mengulanginya.`,
  scoresHeading: "Skor",
  scoresIntro:
    "Beri tiap kriteria skor dari 0 (terburuk) sampai 10 (terbaik), seperti level OMAX: indeksnya adalah jumlah skor kali bobot. Tambahkan pilihan untuk membandingkan beberapa (pemasok, rencana…).",
  scoreColumn: "Skor",
  optionName: (k) => `Pilihan ${String.fromCharCode(65 + k)}`,
  scoreOf: (criterion, option) => `${option}: skor ${criterion}`,
  addOption: "Tambah pilihan",
  removeOption: (option) => `Hapus ${option}`,
  scoresMissing:
    "Ketik skor 0 sampai 10 untuk setiap kriteria untuk melihat apa yang bisa mengubah hasilnya.",
  indexNow: (index, light) =>
    `Indeks sekarang ${index} dari 10: ${light} (hijau mulai 8, kuning mulai 4).`,
  totalsNow: (list) => `Total sekarang: ${list}.`,
  criticalHeading: "Seberapa jauh tiap bobot boleh bergeser?",
  criticalHint:
    "Titik adalah bobot sekarang; garis menuju titik di mana hasilnya berubah. Bila satu bobot bergeser, bobot lain mengecil atau membesar sebanding sehingga jumlahnya tetap 100 %. Yang paling dekat mengubah hasil ada di atas.",
  pointsUp: (points) => `naik ${points} poin`,
  pointsDown: (points) => `turun ${points} poin`,
  criticalLight: (move, light) => `${move} membuat lampu ${light}`,
  criticalSwap: (move, a, b) => `${move}: ${a} dan ${b} bertukar tempat`,
  criticalNone: "tidak ada bobot dari 0 sampai 100 % yang mengubah hasil",
  perStep: (change) => `tiap +10 poin menggeser indeks ${change}`,
  linesHeading: "Hasil bila satu bobot berubah",
  linesCriterion: "Bobot yang digeser",
  linesAxisIndex: "Indeks",
  linesAxisTotal: "Total",
  linesAxisWeight: (name) => `Bobot ${name}`,
  linesNow: "kini",
  linesChart: (name) =>
    `Grafik: hasil bila bobot ${name} bergerak dari 0 sampai 100 %; garis tegak menandai bobot sekarang.`,
  computing: "Menghitung…",
  insertHeading: "Sisipkan ke lembar",
  insertHint: (rows, columns) =>
    `Pilih satu sel kosong: blok ini perlu ${rows} × ${columns} sel kosong mulai dari sana. Isinya matriks (segitiga bawah berupa rumus =1/…) dengan =AHP.WEIGHTS dan =AHP.CHECK yang hidup.`,
  groupInsertHint: (rows, columns, members) =>
    `Pilih satu sel kosong: blok ini perlu ${rows} × ${columns} sel kosong mulai dari sana. Isinya matriks ${members} responden dalam kelompok, matriks kelompok berupa =AHP.GROUP yang hidup dengan =AHP.WEIGHTS dan =AHP.CHECK, serta konsensus mereka =AHP.CONSENSUS dengan tingkatnya.`,
  insertButton: "Sisipkan matriks di sel terpilih",
  insertDone: (where) => `Disisipkan di ${where}.`,
  insertFailedTitle: "Tidak ada yang disisipkan",
  selectOneCell: (where) =>
    `${where} sedang dipilih. Pilih satu sel kosong tempat blok akan dimulai.`,

  catalogueHeading: "Katalog KPI",
  catalogueIntro: (count) =>
    `${count} KPI dari empat studi kasus Indonesia dan literatur yang dikutipnya.`,
  searchLabel: "Cari",
  searchPlaceholder: "Nama, satuan, sumber…",
  clearSearch: "Kosongkan pencarian",
  sourceNames: {
    "Ithrisa 2020": "Tesis BSC Ithrisa (SCOR, Keebler & Plank, Kumar dkk., Reefke & Trocchi…)",
    "Arianto & Partiwi": "Arianto & Partiwi, Performance Prism di PT Petrokimia Gresik",
    "Universitas Tarumanagara 2020": "Universitas Tarumanagara, KPI UMKM untuk Batik 20 Ikan Mas",
    Susetyo: "Susetyo, IPMS di pengecoran besi (29 KPI)",
  },
  tableWord: "Tabel",
  filterGroup: "Perspektif atau stakeholder",
  filterSource: "Sumber",
  filterDirection: "Arah",
  all: "Semua",
  perspectivesLabel: "Perspektif",
  stakeholdersLabel: "Stakeholder",
  perspectiveNames: namesIn("id", PERSPECTIVES),
  stakeholderNames: namesIn("id", STAKEHOLDERS),
  directionNames: { higher: "Makin tinggi makin baik", lower: "Makin rendah makin baik" },
  directionShort: { higher: "↑ tinggi", lower: "↓ rendah" },
  unitLabel: "Satuan",
  resultsCount: (shown) => `${shown} KPI ditemukan`,
  selectedCount: (count) => `${count} dipilih`,
  showMore: (count) => `Tampilkan ${count} lagi`,
  clearSelection: "Hapus pilihan",
  addToRegister: "Tambahkan ke register",
  addKpi: "Tambah KPI",
  addKpiHint:
    "KPI baru di baris kosong berikutnya pada register (di kelompok KPI yang dipilih): Pelacakan dan dasbor langsung menghitungnya.",
  kpiAddedTitle: "KPI ditambahkan",
  kpiAdded: (code: string, where: string) =>
    `${code} ada di ${where}: ketik nama, bobot dan targetnya di sana. Pelacakan dan dasbor sudah menghitungnya.`,
  omaxKpiAdded: (code: string, where: string) =>
    `${code} ada di ${where}: ketik nama dan jangkar OMAX-nya di sana. Di lembar AHP ia mulai sama penting dengan KPI lain di kelompoknya: sesuaikan penilaiannya di sana. Pelacakan dan dasbor sudah menghitungnya.`,
  noRoomForKpi: (sheet: string) => `${sheet} tidak punya baris kosong lagi untuk KPI baru.`,
  registerLabel: "Register yang diisi",
  registerAuto: "Register lembar aktif, atau yang pertama",
  noResults: "Tidak ada KPI yang cocok. Kosongkan pencarian atau filter.",
  noRegister:
    "Register KPI Kinerja tidak ditemukan di buku kerja ini. Buat kartu skor dulu (tab Buat).",
  placedTitle: "KPI ditambahkan",
  placed: (count, sheet) => `${count} KPI ditambahkan ke ${sheet}.`,
  notPlaced: (names) =>
    `Tidak muat (tidak ada baris isian kosong di kelompoknya; buat dengan lebih banyak KPI per kelompok): ${names}.`,
  alreadyListed: (names) => `Sudah ada di register: ${names}.`,
  addFailedTitle: "KPI tidak ditambahkan",

  checkHeading: "Periksa buku kerja ini",
  checkIntro:
    "Memindai lembar Kinerja: bobot yang tidak berjumlah 1, CR di atas 0,10, jangkar OMAX yang tidak berurutan, target yang kosong, dan rumus yang diganti angka ketikan.",
  checkButton: "Periksa buku kerja ini",
  checking: "Memeriksa…",
  checkSummary: (sheets, errors, warnings, notes) =>
    `${sheets} lembar dibaca: ${errors} kesalahan, ${warnings} peringatan, ${notes} catatan.`,
  checkClean: (sheets) => `${sheets} lembar dibaca: tidak ada masalah.`,
  severityNames: { error: "Kesalahan", warning: "Peringatan", info: "Catatan" },
  findingsLabel: "Temuan",
  auditSheetHeading: "Lembar audit",
  auditSheetIntro:
    "Menambahkan lembar baru yang mencantumkan setiap sel yang memanggil fungsi Kinerja: tautan ke sel itu, rumusnya, nilai yang dihasilkannya, nilai yang sama dihitung ulang dengan rumus biasa (langkahnya di samping daftar) dan selisihnya, dengan ringkasan dan lampu status di atas. Lembar ini tetap hidup saat masukan berubah; tidak ada bagian lain buku kerja yang berubah.",
  auditSheetButton: "Tambah lembar audit",
  auditSheetAdding: "Menambahkan lembar audit…",
  auditSheetDone: (sheet, cells) => `Lembar '${sheet}' ditambahkan: ${cells} sel diperiksa.`,
  auditSheetNone:
    "Tidak ada sel di buku kerja ini yang memanggil fungsi Kinerja: tidak ada yang diaudit.",
  auditSheetFailed: "Lembar audit tidak dapat ditambahkan",
  goTo: (where) => `Buka ${where}`,
  checkFailedTitle: "Pemeriksaan tidak selesai",
  reconnectTitle: (n) => `${n} sel Kinerja tidak menghitung`,
  reconnectBody:
    "Excel menyimpan fungsinya dalam bentuk yang tampil sebagai #NAME? sampai setiap rumus dimasukkan lagi. Sambungkan ulang memasukkannya lagi, tanpa diubah, sekaligus.",
  reconnectButton: "Sambungkan ulang",
  reconnectDone: (n) => `${n} sel tersambung lagi; tidak ada yang lain diubah.`,
  reconnectFailedTitle: "Tidak ada yang disambungkan ulang",

  explainHeading: "Jelaskan sel ini",
  explainIntro:
    "Pilih sel berisi fungsi Kinerja: setiap langkah perhitungannya, dihitung ulang dengan rumus lembar kerja biasa, beserta sel yang dibacanya.",
  explainButton: "Jelaskan sel terpilih",
  explaining: "Membaca sel…",
  explainFailedTitle: "Sel tidak dapat dijelaskan",
  explainNoFormula: (where) =>
    `${where} tidak berisi rumus. Pilih sel berisi fungsi Kinerja, misalnya =AHP.WEIGHTS(…).`,
  explainNoKinerja: (where) =>
    `${where} tidak memanggil fungsi Kinerja. Pilih sel yang memanggilnya, misalnya =AHP.WEIGHTS(…) atau =OMAX.LEVEL(…).`,
  explainCell: (where) => `Sel ${where}`,
  explainMethod: "Metode",
  explainInputs: "Masukan",
  explainSteps: "Langkah",
  explainStepsNote:
    "Seperti dihitung rumus bawaan. Bila satu langkah punya satu nilai per kriteria, yang ditampilkan nilai kriteria pertama; bila ditulis di samping sel, semua nilainya ada.",
  explainResult: "Hasil",
  explainNative: "Rumus bawaan",
  explainKinerja: "Fungsi Kinerja",
  explainDifference: (text) => `Selisih terbesar: ${text}`,
  explainNotNative:
    "Fungsi ini tidak dapat dihitung ulang dengan rumus bawaan: hasilnya hanya dari Kinerja.",
  explainConstant: "konstanta",
  explainInconsistent: "Penilaian paling tidak konsisten",
  explainJudgement: (cell, row, col, current, suggested, scale) =>
    `${cell} (baris ${row}, kolom ${col}) bernilai ${current}; bobot menyarankan ${suggested} (pada skala Saaty ${scale}).`,
  explainWrite: "Tulis langkahnya di sampingnya",
  explainWriteSheet: "Di lembar baru",
  explainWritten: (where) => `Langkahnya ada di ${where}; tidak ada yang lain diubah.`,
  explainNoRoom: "Tidak ada tempat untuk langkahnya di samping sel: tuliskan di lembar baru.",
  explainWriteFailedTitle: "Langkahnya tidak ditulis",
  explainStepsSheet: (address) => `Langkah ${address}`,

  helpHeading: "Fungsi",
  helpIntro: "Ketik di sel mana pun tanpa awalan, mis. =AHP.WEIGHTS(B2:D4).",
  helpSearch: "Cari fungsi",
  clearHelpSearch: "Kosongkan pencarian fungsi",
  syntax: "Sintaks",
  example: "Contoh",
  exampleWith: (data) => `dengan ${data}`,
  insertExample: "Sisipkan contoh",
  insertExampleHint:
    "Menulis contoh — sel masukan dan rumus lengkapnya — mulai dari sel terpilih, agar Anda melihat hasilnya dan dapat mengganti rujukannya.",
  copySyntax: "Salin sintaks",
  copied: (text) => `${text} disalin`,
  copyBlocked: "Penyalinan tidak diizinkan di sini. Pilih sintaksnya lalu tekan Ctrl+C.",
  helpPage: "Halaman bantuan",
  exampleInserted: (name, where) => `Contoh ${name} disisipkan di ${where}.`,
  noFunctions: "Tidak ada fungsi yang cocok.",

  gridHeading: "Buku kerja di memori (hanya baca)",
  gridSheets: "Lembar",
  gridHint: "Klik sel, atau pakai tombol panah, untuk memilihnya (untuk Sisipkan).",
  gridSelected: (where) => `Terpilih: ${where}`,
  gridLabel: (sheet) => `Lembar ${sheet}: tombol panah memindahkan sel terpilih`,
  cellFieldLabel: "Sel terpilih (buku kerja di memori)",
  cellFieldHint: "Tempat Sisipkan menulis. Ketik sel lain, mis. Sheet1!B2, lalu Enter.",
  cellFieldInvalid: "Ketik sel seperti Sheet1!B2, atau B2 pada lembar yang sama.",
  statusNames: { GREEN: "Hijau", YELLOW: "Kuning", RED: "Merah" },
};

export const STRINGS: Record<Lang, Strings> = { en, id };

/**
 * The header's language picker: each language by its own name, the same whichever is shown, so
 * someone who cannot read the pane's current language still finds theirs. Indonesian first.
 */
export const LANGUAGE_PICKER: readonly { lang: Lang; name: string }[] = [
  { lang: "id", name: "Indonesia" },
  { lang: "en", name: "English" },
];

/** Office's display language ("id-ID", "en-US"…) → the pane's language: Indonesian for id-*, else English. */
export function languageOf(displayLanguage: string | null | undefined): Lang {
  return /^id(-|$)/i.test(displayLanguage ?? "") ? "id" : "en";
}
