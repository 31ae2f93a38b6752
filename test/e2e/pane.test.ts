/**
 * End to end, in preview mode: the production preview build served on localhost, Debian's headless
 * Chromium driven by playwright-core. Builds every template, runs the wizard to an inconsistent
 * matrix and applies the fix, inserts it, searches the catalogue and adds KPIs, runs the checker and
 * follows a link, and asks for nothing outside localhost. Screenshots at 320 and 500 px (and one wide
 * with the preview grid) go to test-results/e2e/.
 *
 * Skips, saying why, when /usr/bin/chromium is missing (apt-get install -y chromium); CI installs it.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import {
  buildPreview,
  chromiumAvailable,
  CHROMIUM,
  CHROMIUM_ARGS,
  isLocal,
  ROOT,
  servePreview,
  type PreviewServer,
} from "./preview-server";

const SHOTS = path.join(ROOT, "test-results/e2e");
const hasChromium = chromiumAvailable();
if (!hasChromium && !process.env.CI) {
  console.warn(
    `Skipping the pane's end-to-end test: no Chromium at ${CHROMIUM}. ` +
      "Install it with `apt-get install -y chromium` (CI does), or set KINERJA_CHROMIUM."
  );
}
// In CI a missing browser is a broken setup, not a reason to pass quietly.
if (!hasChromium && process.env.CI) {
  test("Chromium is installed (CI)", () => {
    throw new Error(
      `no Chromium at ${CHROMIUM}: .ci/run must install it (apt-get install -y chromium)`
    );
  });
}
const suite = hasChromium ? describe : describe.skip;

interface WorkbookView {
  sheetNames: string[];
  activeSheet: string;
  selection: { sheet: string; address: string };
}

suite("the task pane in preview mode (headless Chromium)", () => {
  let dist: string;
  let server: PreviewServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];
  const pageErrors: string[] = [];
  let startedAt = 0;

  const workbook = () =>
    page.evaluate(() => {
      const wb = (window as unknown as { kinerjaWorkbook: WorkbookView }).kinerjaWorkbook;
      return { sheetNames: wb.sheetNames, activeSheet: wb.activeSheet, selection: wb.selection };
    });

  /**
   * `name-width.png`: the whole pane at that width (for reviewing the layout); with `focus`, also
   * `name-width-view.png`: the window at the top or scrolled to the element with test id `focus`,
   * as a user sees it (sticky bars in place).
   */
  async function shoot(name: string, width: number, focus?: "top" | string) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({
      path: path.join(SHOTS, `${name}-${width}.png`),
      fullPage: width < 900,
    });
    if (focus) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      if (focus === "top") await page.evaluate(() => window.scrollTo(0, 0));
      else {
        await page
          .getByTestId(focus)
          .evaluate((element) => element.scrollIntoView({ block: "center" }));
      }
      await page.waitForTimeout(100);
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-view.png`) });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  }

  async function openTab(name: RegExp) {
    await page.getByRole("tab", { name }).click();
  }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    dist = buildPreview();
    server = await servePreview(dist);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 500, height: 900 } });
    // Record every request that would leave the machine, and stop it.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}?lang=en`);
    startedAt = Date.now();
    await page.getByTestId("gallery").waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dist) fs.rmSync(dist, { recursive: true, force: true });
  });

  test("opens in preview mode with the banner and the gallery", async () => {
    await page.getByTestId("preview-banner").waitFor();
    expect(await page.getByTestId("preview-banner").textContent()).toContain("in-memory workbook");
    expect(await page.locator("[data-template]").count()).toBe(4);
    // Keyboard: the templates are one radio group — arrow keys move the choice.
    await page.locator("[data-template=umkm] input[type=radio]").focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("button", { name: "Build Balanced Scorecard" }).waitFor();
    await page.keyboard.press("ArrowUp");
    await page.getByRole("button", { name: "Build UMKM KPI" }).waitFor();
    await shoot("gallery", 320, "top");
    await shoot("gallery", 500);
  });

  test("builds every template; each ends on its Dashboard and names its sheets", async () => {
    const built: string[] = [];
    for (const [template, example] of [
      ["umkm", true],
      ["bsc", true],
      ["prism", false],
      ["ipms", true],
    ] as const) {
      await page.locator(`[data-template=${template}]`).click();
      await page
        .getByRole("radio", { name: example ? /Filled example/ : /Blank, with placeholder rows/ })
        .click();
      await page.getByRole("button", { name: /^Build / }).click();
      const success = page.getByText(/sheets made:/);
      await success.waitFor();
      const text = (await success.textContent()) ?? "";
      const view = await workbook();
      expect(text).toContain(`Now on ${view.activeSheet}.`);
      expect(view.activeSheet).toMatch(/^Dashboard/);
      built.push(view.activeSheet);
      if (template === "umkm") {
        await shoot("built", 320);
        // Wide: the pane and, beside it, the Dashboard just built, status counts coloured.
        await page.setViewportSize({ width: 1366, height: 900 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(400); // the tab indicator's slide
        await page.screenshot({ path: path.join(SHOTS, "built-wide-1366.png") });
        await page.setViewportSize({ width: 500, height: 900 });
      }
      await page.getByRole("button", { name: "Dismiss" }).click();
    }
    // Every build made its own Dashboard: the later ones got free names, nothing was overwritten.
    expect(new Set(built).size).toBe(4);
    expect(built).toContain("Dashboard (2)");
  });

  test("wizard: an inconsistent matrix, the suggested fix lowers CR, Insert writes live formulas", async () => {
    await openTab(/^AHP$/);
    await page
      .getByRole("textbox", { name: /Criteria, one per line/ })
      .fill("Cost\nQuality\nDelivery\nFlexibility");
    // Keyboard only: each arrow moves one step on the 9…1…9 scale (left = the left criterion).
    const answer = async (name: string, key: "ArrowLeft" | "ArrowRight", steps: number) => {
      await page.getByRole("slider", { name }).focus();
      for (let k = 0; k < steps; k++) await page.keyboard.press(key);
    };
    await answer("Cost versus Quality", "ArrowLeft", 4); // Cost 5×
    await answer("Cost versus Delivery", "ArrowRight", 2); // Delivery 3× — against the rest
    await answer("Cost versus Flexibility", "ArrowLeft", 6); // Cost 7×
    await answer("Quality versus Delivery", "ArrowLeft", 2); // Quality 3×
    await answer("Quality versus Flexibility", "ArrowLeft", 2); // Quality 3×
    await answer("Delivery versus Flexibility", "ArrowLeft", 1); // Delivery 2×
    expect(
      await page
        .getByText("Cost is 5× more important than Quality (strong)", { exact: true })
        .count()
    ).toBe(1);
    const cr = async () => Number(await page.getByTestId("cr").textContent());
    const before = await cr();
    expect(before).toBeGreaterThan(0.1);
    await page.getByTestId("suggestion").waitFor();
    await shoot("wizard-inconsistent", 320, "suggestion");
    await shoot("wizard-inconsistent", 500, "suggestion");
    await page.getByRole("button", { name: "Apply suggestion" }).click();
    const after = await cr();
    expect(after).toBeLessThan(before);
    expect(await page.getByTestId("fix-outcome").textContent()).toContain("CR");

    // Insert at an empty cell of Sheet1 (chosen in the grid, as a user would, at a wide window).
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId("preview-grid").getByRole("tab", { name: "Sheet1" }).click();
    await page.locator('[data-testid=preview-grid] td[data-address="B2"]').click();
    expect((await workbook()).selection).toEqual({ sheet: "Sheet1", address: "B2" });
    await page.getByRole("button", { name: "Insert matrix at selected cell" }).click();
    await page.getByText(/Inserted at Sheet1!B2:/).waitFor();
    // The live formulas computed in the grid: three weights and the check's verdict.
    const grid = page.getByTestId("preview-grid");
    await grid.locator('td[data-address="G4"]').waitFor();
    expect(await grid.locator('td[data-address="G4"]').getAttribute("title")).toBe(
      "=AHP.WEIGHTS(C4:F7)"
    );
    expect(Number(await grid.locator('td[data-address="G4"]').textContent())).toBeGreaterThan(0);
    await shoot("wizard-inserted-wide", 1366);
    // Again at the same cell: the workbook refuses, and the pane shows why.
    await page.getByRole("button", { name: "Insert matrix at selected cell" }).click();
    await page.getByText(/is not empty/).waitFor();
    await page.setViewportSize({ width: 500, height: 900 });
  });

  test("catalogue: search, select, Add to register", async () => {
    await openTab(/^KPIs$/);
    await page.getByRole("searchbox", { name: "Search" }).fill("complaint");
    const count = await page.getByTestId("catalogue-count").textContent();
    expect(Number(count?.split(" ")[0])).toBeGreaterThan(0);
    const boxes = page.getByTestId("catalogue-list").getByRole("checkbox");
    await boxes.nth(0).check();
    if ((await boxes.count()) > 1) await boxes.nth(1).check();
    await shoot("catalogue", 320, "top");
    await shoot("catalogue", 500);
    // Into the Performance Prism's register (built blank: customer KPIs go to the Customer rows).
    await page.getByTestId("register").selectOption("Prism");
    await page.getByRole("button", { name: "Add to register" }).click();
    const outcome = page.getByTestId("add-outcome");
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/[12] KPIs? added to Prism\./);
    // The BSC was built from its example: no free rows, and the pane says so.
    await page.getByTestId("catalogue-list").getByRole("checkbox").nth(2).check();
    await page.getByTestId("register").selectOption("BSC");
    await page.getByRole("button", { name: "Add to register" }).click();
    await page.getByText(/Did not fit/).waitFor();
  });

  test("checker: findings with links that select the cell", async () => {
    await openTab(/^Check$/);
    await page.getByRole("button", { name: "Check this workbook" }).click();
    const summary = page.getByTestId("check-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/sheets read/);
    await shoot("checker", 320, "top");
    await shoot("checker", 500);
    const links = page.getByTestId("findings").getByRole("button");
    if ((await links.count()) > 0) {
      const label = (await links.first().textContent()) ?? "";
      await links.first().click();
      const { selection } = await workbook();
      expect(label.replace(/'/g, "")).toContain(`${selection.sheet}!`.replace(/'/g, ""));
    }
  });

  test("function help and the Indonesian pane", async () => {
    await openTab(/^Functions$/);
    await page.getByRole("searchbox", { name: "Search functions" }).fill("omax");
    expect(await page.getByTestId("function").count()).toBe(5);
    await shoot("functions", 320);
    await page.getByTestId("language").selectOption("id");
    await page.getByRole("tab", { name: "AHP" }).click();
    await page
      .getByText(/lebih penting daripada/)
      .first()
      .waitFor();
    await shoot("wizard-id", 320);
  });

  test("nothing was asked of the network beyond localhost, and the page threw nothing", async () => {
    // office.js would load its telemetry frame 3 s after start: wait past that.
    await page.waitForTimeout(Math.max(0, 3500 - (Date.now() - startedAt)));
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
