/**
 * End to end, the Google Sheets sidebar: dist-sheets/Sidebar.html as the Sheets build makes it (one
 * self-contained file), opened in Debian's headless Chromium at the sidebar's 300 px, with a stub
 * `google.script.run` that carries each call (as JSON, as Apps Script does) to the add-on's real
 * server code running here in Node on the recording fake spreadsheet (test/sheets-addon/
 * stub-script-run.ts). Builds a template from the gallery and runs the AHP wizard to an inserted
 * matrix; checks what landed in the fake, the server calls per action, that the page asks for
 * nothing over the network, and that nothing is wider than the sidebar. Screenshots at 300 px in
 * both languages go to test-results/e2e/; the README's are copied from there (sidebar-*-300.png
 * → docs/images/).
 *
 * Skips, saying why, when /usr/bin/chromium is missing (CI installs it).
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { sheetsFormulaProblems } from "../../src/gsheets/dialect";
import { applyPlanToSpreadsheet } from "../../src/gsheets/writer";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { FakeSpreadsheet } from "../gsheets/fake-spreadsheet";
import { buildSheets } from "../helpers/sheets-build";
import { callServer, installFakeServices } from "../sheets-addon/stub-script-run";
import { chromiumAvailable, CHROMIUM, CHROMIUM_ARGS, ROOT } from "./preview-server";

const SHOTS = path.join(ROOT, "test-results/e2e");
const WIDTH = 300;
const suite = chromiumAvailable() || process.env.CI ? describe : describe.skip;
if (!chromiumAvailable() && !process.env.CI)
  console.warn(`Skipping the sidebar's end-to-end test: no Chromium at ${CHROMIUM}.`);

/** The user's spreadsheet before Kinerja: one sheet with their data. */
function usersSpreadsheet(): FakeSpreadsheet {
  const fake = new FakeSpreadsheet();
  fake.seedSheet("Sheet1", { A1: "my own data", B2: 42, C3: "=B2*2" });
  return fake;
}

/** Every sheet's cells, for comparing spreadsheets. */
const contentsOf = (fake: FakeSpreadsheet) =>
  fake.sheets.map((sheet) => [sheet.name, [...sheet.contents()]]);

suite("the Google Sheets sidebar (headless Chromium, stub google.script.run)", () => {
  let out: string;
  let browser: Browser;
  let page: Page;
  const fake = usersSpreadsheet();
  /** Server calls, in order: name and arguments. */
  const calls: { name: string; args: unknown[] }[] = [];
  const outside: string[] = [];
  const pageErrors: string[] = [];
  /** The calls of one action, leaving out the wizard's kept state (saved on its own timer). */
  const actionCalls = () =>
    calls.map((c) => c.name).filter((name) => !/^(load|save)PaneState$/.test(name));

  /**
   * `name-300.png`: the sidebar as a user sees it (300 × 800), at the top or scrolled so that `at`
   * is at the top ("start") or bottom ("end") (a screenshot of the whole page would leave the
   * wizard's sticky CR bar mid-page).
   */
  async function shoot(name: string, at?: Locator, block: "start" | "end" = "start") {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    if (at) await at.evaluate((element, where) => element.scrollIntoView({ block: where }), block);
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300); // the tab indicator's slide
    await page.screenshot({ path: path.join(SHOTS, `${name}-${WIDTH}.png`) });
  }

  /** Nothing wider than the sidebar: no sideways scrolling. */
  async function expectFits() {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(WIDTH);
  }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    out = buildSheets(undefined, "sidebar");
    installFakeServices(fake);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await context.exposeFunction("kinerjaServer", (name: string, argsJson: string) => {
      calls.push({ name, args: JSON.parse(argsJson) as unknown[] });
      return JSON.stringify(callServer(name, argsJson));
    });
    // google.script.run as HtmlService gives it: a fresh runner per call, answers come later.
    await context.addInitScript(() => {
      type Handler = (value: unknown) => void;
      const server = (
        window as unknown as {
          kinerjaServer: (name: string, args: string) => Promise<string>;
        }
      ).kinerjaServer;
      const runner = (): unknown => {
        let ok: Handler = () => undefined;
        let fail: Handler = () => undefined;
        const proxy: unknown = new Proxy(
          {},
          {
            get: (_, name: string) => {
              if (name === "withSuccessHandler") return (f: Handler) => ((ok = f), proxy);
              if (name === "withFailureHandler") return (f: Handler) => ((fail = f), proxy);
              return (...args: unknown[]) =>
                void server(name, JSON.stringify(args)).then((text) => {
                  const reply = JSON.parse(text) as { value?: unknown; error?: string };
                  if (reply.error === undefined) ok(reply.value);
                  else fail(new Error(reply.error));
                });
            },
          }
        );
        return proxy;
      };
      Object.defineProperty(window, "google", {
        value: {
          script: {
            get run() {
              return runner();
            },
          },
        },
      });
    });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${pathToFileURL(path.join(out, "Sidebar.html")).href}?lang=en`);
    await page.getByTestId("gallery").waitFor();
    // Building the pane takes a minute or two on two busy cores.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  test("Sidebar.html is one file: no script or style of its own to fetch", () => {
    expect(fs.readdirSync(out)).toEqual(["Sidebar.html"]);
    const html = fs.readFileSync(path.join(out, "Sidebar.html"), "utf8");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    // The libraries' licence notices are in the page, not in a file beside it.
    expect(html).toMatch(
      /<!-- Licences of the libraries in this page:[\s\S]*@license React[\s\S]*-->\s*$/
    );
  });

  test("Build UMKM (filled example): one server call, and the plan lands as the writer lands it", async () => {
    await shoot("sidebar-gallery");
    await expectFits();
    calls.length = 0;
    await page.locator("[data-template=umkm]").click();
    await page.getByRole("radio", { name: /Filled example/ }).click();
    await page.getByRole("button", { name: /^Build / }).click();
    const success = page.getByText(/sheets made:/);
    await success.waitFor();
    expect(actionCalls()).toEqual(["applyPlan"]);
    const plan = JSON.parse(calls[0].args[0] as string) as WorkbookPlan;
    expect(plan.lang).toBe("en");

    // The same plan through the writer directly, on the same spreadsheet as it was before.
    const reference = usersSpreadsheet();
    const made = applyPlanToSpreadsheet(reference.services(), plan);
    expect(contentsOf(fake)).toEqual(contentsOf(reference));
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", ...made.sheets.map((s) => s.name)]);
    expect(fake.active?.name).toBe(made.activated);
    expect(await success.textContent()).toContain(`Now on ${made.activated}.`);
    // The user's sheet is as it was; every formula is Sheets' dialect.
    expect([...fake.sheet("Sheet1").contents()]).toEqual([
      ["A1", "my own data"],
      ["B2", 42],
      ["C3", "=B2*2"],
    ]);
    const formulas = fake.sheets.flatMap((s) =>
      [...s.cells.values()].flatMap((cell) => (cell.formula ? [cell.formula] : []))
    );
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.filter((f) => sheetsFormulaProblems(f).length > 0)).toEqual([]);
    await shoot("sidebar-built", success, "end");
    await expectFits();
    await page.getByRole("button", { name: "Dismiss" }).click();
  });

  test("AHP wizard: answers give weights and CR; Insert is one read and one write, in Sheets' names", async () => {
    await page.getByRole("tab", { name: /^AHP$/ }).click();
    await page
      .getByRole("textbox", { name: /Criteria, one per line/ })
      .fill("Cost\nQuality\nDelivery");
    const answer = async (name: string, key: "ArrowLeft" | "ArrowRight", steps: number) => {
      await page.getByRole("slider", { name }).focus();
      for (let k = 0; k < steps; k++) await page.keyboard.press(key);
    };
    await answer("Cost versus Quality", "ArrowLeft", 2); // Cost 3×
    await answer("Cost versus Delivery", "ArrowLeft", 4); // Cost 5×
    await answer("Quality versus Delivery", "ArrowLeft", 1); // Quality 2×
    expect(Number(await page.getByTestId("cr").textContent())).toBeLessThan(0.1);
    await shoot("sidebar-wizard", page.getByRole("heading", { name: "Judgements (3 pairs)" }));
    await expectFits();

    fake.select("Sheet1", "E2");
    calls.length = 0;
    await page.getByRole("button", { name: "Insert matrix at selected cell" }).click();
    await page.getByText(/Inserted at Sheet1!E2:/).waitFor();
    expect(actionCalls()).toEqual(["getSelection", "insertAtSelection"]);
    const sheet1 = fake.sheet("Sheet1").contents();
    const inserted = [...sheet1.values()].filter(
      (v): v is string => typeof v === "string" && v.startsWith("=") && v !== "=B2*2"
    );
    expect(inserted.some((f) => /^=AHP_WEIGHTS\(/.test(f))).toBe(true);
    expect(inserted.some((f) => /^=AHP_CHECK\(/.test(f))).toBe(true);
    expect(inserted.filter((f) => /\b(AHP|OMAX|KPI)\./.test(f))).toEqual([]);
    expect(sheet1.get("A1")).toBe("my own data");
    // The wizard's work is kept with the spreadsheet (developer metadata), on its own timer.
    await page.waitForTimeout(1500);
    expect([...fake.metadata.keys()]).toEqual(["kinerja.pane.kinerja.wizard"]);
  });

  test("Check this workbook: one server call", async () => {
    await page.getByRole("tab", { name: /^Check$/ }).click();
    calls.length = 0;
    await page.getByRole("button", { name: "Check this workbook" }).click();
    await page.getByTestId("check-summary").waitFor();
    expect(actionCalls()).toEqual(["readSheets"]);
    await expectFits();
  });

  test("in Bahasa Indonesia at 300 px", async () => {
    await page.getByRole("tab", { name: /^Build$/ }).click();
    await page.getByTestId("language").selectOption("id");
    await shoot("sidebar-gallery-id");
    await expectFits();
    await page.getByRole("tab", { name: /^AHP$/ }).click();
    await shoot("sidebar-wizard-id", page.getByRole("heading", { name: /^Penilaian/ }));
    await expectFits();
  });

  test("asked for nothing over the network, and no script error", () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
