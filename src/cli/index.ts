/**
 * Kinerja command line: scorecard templates as real .xlsx files, for people and machines without
 * the add-in. Formulas stay formulas; each also carries its computed value, so the file shows
 * numbers in any viewer. By default every result is re-performed with native formulas (src/native),
 * so the file calculates in Excel, LibreOffice and Google Sheets without Kinerja; --formulas kinerja
 * writes Kinerja's own functions instead (they read #NAME? where the add-in is not installed).
 *
 *   npx kinerja list                  (or: npm run cli -- list)
 *   npx kinerja template <umkm|bsc|prism|ipms> [--example] [--lang id|en]
 *               [--periods monthly|quarterly|yearly] [--year YYYY] [--kpis N]
 *               [--formulas native|kinerja] [--audit-sheet] [--for excel|sheets]
 *               --out FILE.xlsx [--force]
 *   npx kinerja audit FILE.xlsx [--json] [--lang id|en]
 *
 * --for sheets writes the file for Google Sheets' File › Import: Kinerja's functions under their
 * Sheets names (=AHP_WEIGHTS), spills left to Sheets, the strategy map drawn with cells.
 *
 * Compiled to JavaScript when the package is installed (npm ci runs `prepare`: tsconfig.cli.json
 * → build/cli), started by bin/kinerja.js. The templates, the writers and the audit load only for
 * the command that needs them, so `list` and the usage answer at once.
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { TEMPLATE_INFO } from "../templates/catalog";
import {
  DEFAULT_OPTIONS,
  FORMULA_STYLES,
  TEMPLATE_IDS,
  type FormulaStyle,
} from "../templates/options";
import type { Lang, PeriodKind, TemplateId } from "../sheet/plan";

export const USAGE = `Usage (npx kinerja …, or npm run cli -- …):
  kinerja list
  kinerja template <${TEMPLATE_IDS.join("|")}> [--example] [--lang id|en] [--periods monthly|quarterly|yearly]
                   [--year YYYY] [--kpis N] [--formulas native|kinerja] [--audit-sheet]
                   [--for excel|sheets] --out FILE.xlsx [--force]
  kinerja audit FILE.xlsx [--json] [--lang id|en]
                 Re-performs every Kinerja function from the stored values of its inputs.
                 Exit code 0: everything re-performs; 1: something does not; 2: the file cannot be read.

  --formulas native   (default) native formulas only, their steps shown: no add-in needed
  --formulas kinerja  Kinerja's functions (=AHP.WEIGHTS(…)), live where the add-in is installed
  --audit-sheet       add an Audit sheet: each Kinerja cell beside its native re-performance
                      (implies --formulas kinerja)`;

/** A mistake in the command line: one line on stderr and exit code 2. */
export class UsageError extends Error {}

/** `name` is "--lang" for an option, "template" for the positional argument. */
function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
  fallback: T
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${allowed.join(", ")}; got "${value}"`);
}

function wholeNumber(
  value: string | undefined,
  option: string,
  fallback: number,
  min: number,
  max: number
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${option} must be a whole number from ${min} to ${max}; got "${value}"`
    );
  return n;
}

export interface CliIo {
  out: (line: string) => void;
  cwd: string;
}

/** Every option the command line takes (the README documents each one; a test compares them). */
export const CLI_OPTIONS = {
  example: { type: "boolean", default: false },
  lang: { type: "string" },
  periods: { type: "string" },
  year: { type: "string" },
  kpis: { type: "string" },
  formulas: { type: "string" },
  "audit-sheet": { type: "boolean", default: false },
  for: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** Runs one command; returns the process exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: CLI_OPTIONS,
  });
  const [command, template, ...extra] = positionals;
  if (values.help || command === undefined) {
    io.out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === "list") {
    for (const info of TEMPLATE_INFO)
      io.out(
        `${info.id.padEnd(6)} ${info.name.en} — ${info.description.en}${info.hasExample ? " (--example available)" : ""}`
      );
    return 0;
  }
  if (command === "audit") {
    if (!template) throw new UsageError("name the .xlsx file to audit");
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const lang =
      values.lang === undefined
        ? undefined
        : choice<Lang>(values.lang, ["id", "en"], "--lang", "en");
    return audit(path.resolve(io.cwd, template), template, values.json ?? false, lang, io);
  }
  if (command !== "template")
    throw new UsageError(`unknown command "${command}"; use "list", "template" or "audit"`);
  if (!template) throw new UsageError(`name a template: ${TEMPLATE_IDS.join(", ")}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const id = choice<TemplateId>(template, TEMPLATE_IDS, "template", "umkm");
  if (!values.out) throw new UsageError("--out FILE.xlsx is required");
  if (!values.out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`--out must name an .xlsx file; got "${values.out}"`);
  const options = {
    example: values.example ?? false,
    lang: choice<Lang>(values.lang, ["id", "en"], "--lang", DEFAULT_OPTIONS.lang),
    periods: choice<PeriodKind>(
      values.periods,
      ["monthly", "quarterly", "yearly"],
      "--periods",
      DEFAULT_OPTIONS.periods
    ),
    year: wholeNumber(values.year, "year", DEFAULT_OPTIONS.year, 1900, 9999),
    kpisPerGroup: wholeNumber(values.kpis, "kpis", DEFAULT_OPTIONS.kpisPerGroup, 1, 50),
    // The CLI's files are for people without the add-in: native unless asked otherwise.
    // An Audit sheet lists the cells that call Kinerja's functions: it asks for them.
    formulas: choice<FormulaStyle>(
      values.formulas,
      FORMULA_STYLES,
      "--formulas",
      values["audit-sheet"] ? "kinerja" : "native"
    ),
  };
  const target = path.resolve(io.cwd, values.out);
  const spreadsheet = choice(values.for, ["excel", "sheets"] as const, "--for", "excel");
  if (fs.existsSync(target) && !values.force) {
    throw new UsageError(`${values.out} already exists; add --force to overwrite it`);
  }
  if (values["audit-sheet"] && options.formulas === "native")
    throw new UsageError(
      "--audit-sheet lists the cells that call Kinerja's functions; it needs --formulas kinerja"
    );
  const [
    { buildPlan },
    { writePlanToXlsx },
    { SHEETS_FILE_DIALECT },
    { nativePlanWithReport, withAuditSheet },
  ] = await Promise.all([
    import("../templates"),
    import("../workbook/xlsx-writer"),
    import("../gsheets"),
    import("../native"),
  ]);
  const scorecard = buildPlan(id, options);
  const audited = values["audit-sheet"] ? withAuditSheet(scorecard) : null;
  const built = audited?.plan ?? scorecard;
  const native = options.formulas === "native" ? nativePlanWithReport(built) : null;
  const plan = native?.plan ?? built;
  const file = await writePlanToXlsx(
    plan,
    spreadsheet === "sheets" ? { dialect: SHEETS_FILE_DIALECT } : {}
  );
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, file);
  const formulas = plan.sheets.reduce((n, s) => n + s.cells.filter((c) => c.formula).length, 0);
  const how = native
    ? `native formulas only (${native.report.results} results re-performed, ${native.report.stepCells} cells of steps)`
    : "Kinerja's functions";
  const auditNote = audited ? `, an Audit sheet checking ${audited.audit.rows.length} cells` : "";
  io.out(
    `Wrote ${values.out}${spreadsheet === "sheets" ? " for Google Sheets" : ""}: ${plan.title}${options.example ? " (example)" : ""}, ${plan.sheets.length} sheets (${plan.sheets.map((s) => s.name).join(", ")}), ${formulas} formulas, ${how}${auditNote}, ${(file.length / 1024).toFixed(0)} KiB.`
  );
  return 0;
}

/**
 * Audits one workbook file: the report on stdout; 0 when everything re-performs, 1 when anything
 * does not. A file it will not read is a one-line UsageError (exit code 2) naming the reason.
 */
async function audit(
  file: string,
  shown: string,
  json: boolean,
  lang: Lang | undefined,
  io: CliIo
): Promise<number> {
  const cannot = (reason: string) => new UsageError(`cannot read ${shown}: ${reason}`);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw cannot(lang === "id" ? "berkas tidak ditemukan" : "no such file");
  }
  if (!stat.isFile()) throw cannot(lang === "id" ? "bukan berkas" : "not a file");
  const { READ_LIMITS, UnreadableFile, auditFile, checkFileSize, formatReport, reportJson } =
    await import("../audit");
  try {
    // Refused on its size before it is read, so that a huge file never reaches the memory.
    checkFileSize(stat.size, READ_LIMITS);
    const report = auditFile(fs.readFileSync(file), { lang });
    io.out(json ? reportJson(report, shown) : formatReport(report, shown));
    return report.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof UnreadableFile) throw cannot(error.reason[lang ?? "en"]);
    throw error;
  }
}

/** The `kinerja` command: runs `argv`, reports a failure on stderr, and sets the exit code. */
export function main(argv: string[]): Promise<void> {
  return run(argv, {
    out: (line) => console.log(line),
    // npm run cli and npx start in the package's folder; INIT_CWD is where they were typed.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      const usage =
        error instanceof UsageError ||
        (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
      console.error(`kinerja: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = usage ? 2 : 1;
    });
}

if (require.main === module) void main(process.argv.slice(2));
