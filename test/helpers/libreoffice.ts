/**
 * LibreOffice (headless) for the workbook tests and the render script: converts an .xlsx to another
 * .xlsx with every formula recalculated, or to PDF. Each call runs with its own throw-away profile, so
 * parallel test workers never share or lock one; its settings tell Calc whether to recalculate OOXML
 * files on load (Calc's own default is never: it shows the values stored in the file).
 *
 * Install (Debian/Ubuntu): apt-get install -y --no-install-recommends libreoffice-calc-nogui
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, delimiter, extname, join } from "path";
import { pathToFileURL } from "url";

/** The soffice executable on PATH (or $SOFFICE), or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const candidates = [
    process.env.SOFFICE,
    ...(process.env.PATH ?? "")
      .split(delimiter)
      .flatMap((dir) => [join(dir, "soffice"), join(dir, "libreoffice")]),
  ];
  return (
    candidates.find((path): path is string => Boolean(path) && existsSync(path as string)) ?? null
  );
}

/**
 * Calc settings for the profile: whether to recalculate OOXML and ODF files on load
 * (/org.openoffice.Office.Calc/Formula/Load: 0 = always, 1 = never, 2 = ask).
 */
function recalcSettings(mode: 0 | 1): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>
`;
}

export type ConvertTarget = "xlsx" | "pdf" | "ods" | "csv";

/**
 * The options of Calc's CSV filter, for reading a .csv and writing one: comma-separated, '"'
 * around text, UTF-8 (76), from row 1; on reading, special numbers (dates, percentages) detected as
 * a user opening the file would have them.
 */
export const CSV_FILTER_OPTIONS = "44,34,76,1,,0,false,true,false,false,false";

/** LibreOffice's export filter for each target (an .xlsx written back as Excel 2007-365). */
const FILTERS: Record<ConvertTarget, string> = {
  xlsx: "xlsx:Calc MS Excel 2007 XML",
  pdf: "pdf:calc_pdf_Export",
  ods: "ods",
  csv: `csv:Text - txt - csv (StarCalc):${CSV_FILTER_OPTIONS}`,
};

/**
 * Converts `input` with LibreOffice into `outDir` and returns the new file's path. With `recalculate`
 * (the default) every formula is recalculated on load, so an .xlsx written back holds LibreOffice's
 * own results; without it Calc shows the values stored in the file, as a viewer would.
 */
export function convertWithLibreOffice(
  input: string,
  target: ConvertTarget,
  outDir: string,
  options: { recalculate?: boolean; inputFilter?: string } = {}
): string {
  return convertManyWithLibreOffice([input], target, outDir, options)[0];
}

/**
 * As convertWithLibreOffice, for several files in one LibreOffice run: starting soffice costs a few
 * seconds, converting a template file well under one. Returns the outputs in the order of `inputs`;
 * their base names must differ (they all land in `outDir`). `inputFilter` reads the inputs with a
 * given filter (a .csv: `Text - txt - csv (StarCalc):${CSV_FILTER_OPTIONS}`).
 */
export function convertManyWithLibreOffice(
  inputs: readonly string[],
  target: ConvertTarget,
  outDir: string,
  {
    recalculate = true,
    timeoutMs = 300_000,
    inputFilter,
  }: { recalculate?: boolean; timeoutMs?: number; inputFilter?: string } = {}
): string[] {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const outputs = inputs.map((input) =>
    join(outDir, `${basename(input, extname(input))}.${target}`)
  );
  if (new Set(outputs).size !== outputs.length)
    throw new Error("convertManyWithLibreOffice: two inputs share a base name");
  mkdirSync(outDir, { recursive: true });
  let log = "";
  const profile = mkdtempSync(join(tmpdir(), `lo-profile-${process.pid}-`));
  try {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(
      join(profile, "user", "registrymodifications.xcu"),
      recalcSettings(recalculate ? 0 : 1)
    );
    log = execFileSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        ...(inputFilter ? [`--infilter=${inputFilter}`] : []),
        "--convert-to",
        FILTERS[target],
        "--outdir",
        outDir,
        ...inputs,
      ],
      { encoding: "utf8", stdio: "pipe", timeout: timeoutMs }
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  for (const output of outputs)
    if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}: ${log}`);
  return outputs;
}

/** How CI installs LibreOffice, for the messages of the tests that need it. */
export const LIBREOFFICE_INSTALL =
  "apt-get install -y --no-install-recommends libreoffice-calc-nogui";

/**
 * describe(name, body) where LibreOffice is installed. Elsewhere a skipped test says why (`what`
 * names the checks skipped); under CI (CI=true) a missing LibreOffice is a failing test instead, so
 * the checks cannot quietly drop out of the pipeline.
 */
export function describeWithLibreOffice(name: string, what: string, body: () => void): void {
  if (findSoffice()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === "true") {
    test("LibreOffice is installed on CI", () => {
      throw new Error(
        `soffice not found: the CI run must install LibreOffice first (${LIBREOFFICE_INSTALL})`
      );
    });
    return;
  }
  const reason = `${what} skipped: soffice is not installed here (CI installs it: ${LIBREOFFICE_INSTALL})`;
  console.warn(reason);
  test.skip(reason, () => undefined);
}
