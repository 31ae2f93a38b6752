/**
 * Inside Excel the wizard's work is kept in Office's document settings (ExcelWorkbook.loadPaneState
 * and savePaneState): what was saved comes back when the workbook is opened again, null removes
 * it, and a save Office refuses rejects with Office's reason, the document keeping what it had. The fake behaves as Office's Settings object: get gives null
 * for a missing setting; set and remove change the copy in memory; saveAsync writes that copy into
 * the document.
 */
import { keptWizard } from "../../src/taskpane/hooks/useKeptWizard";
import { KEPT_WIZARD_KEY, keptWizardText } from "../../src/taskpane/wizard/kept";
import type { WizardData } from "../../src/taskpane/wizard/model";
import { ExcelWorkbook } from "../../src/workbook/office";

const globals = globalThis as unknown as { Office?: unknown };

/** A workbook file's settings part, and Office's Settings over it for one session. */
class Document {
  /** What the file holds (settings are JSON in the file). */
  saved = "{}";
  saves = 0;
  /** Office refuses the next save with this message. */
  refuse: string | null = null;

  /** Opens the workbook: Office.context.document.settings as a pane sees it. */
  open(): void {
    const doc = this;
    const copy: Record<string, unknown> = JSON.parse(this.saved);
    globals.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          settings: {
            get: (name: string) => (name in copy ? copy[name] : null),
            set: (name: string, value: unknown) => void (copy[name] = value),
            remove: (name: string) => void delete copy[name],
            saveAsync: (callback: (result: unknown) => void) => {
              const message = doc.refuse;
              doc.refuse = null;
              if (message === null) {
                doc.saved = JSON.stringify(copy);
                doc.saves++;
              }
              setTimeout(() =>
                callback(
                  message === null
                    ? { status: "succeeded" }
                    : { status: "failed", error: { message } }
                )
              );
            },
          },
        },
      },
    };
  }
}

afterEach(() => delete globals.Office);

const WORK: WizardData = {
  criteriaText: "Biaya\nMutu\nPengiriman",
  criteria: ["Biaya", "Mutu", "Pengiriman"],
  respondents: [{ "0-1": -4, "1-2": 2 }, { "0-2": 8 }],
  view: 1,
  maxCr: null,
  scores: {},
  options: 1,
};

describe("the wizard's work in Excel's document settings", () => {
  test("saved in one session, read back (language and answers) when the workbook is opened again", async () => {
    const file = new Document();
    file.open();
    const text = keptWizardText(WORK, "id");
    await new ExcelWorkbook().savePaneState(KEPT_WIZARD_KEY, text);
    expect(file.saves).toBe(1);

    file.open();
    const port = new ExcelWorkbook();
    await expect(port.loadPaneState(KEPT_WIZARD_KEY)).resolves.toBe(text);
    await expect(keptWizard(port)).resolves.toEqual({ lang: "id", data: WORK });
  });

  test("nothing kept: null, and a workbook never written to", async () => {
    const file = new Document();
    file.open();
    await expect(new ExcelWorkbook().loadPaneState(KEPT_WIZARD_KEY)).resolves.toBeNull();
    await expect(keptWizard(new ExcelWorkbook())).resolves.toBeNull();
    expect(file.saves).toBe(0);
    expect(file.saved).toBe("{}");
  });

  test("Start over (null) removes the setting from the document", async () => {
    const file = new Document();
    file.saved = JSON.stringify({ [KEPT_WIZARD_KEY]: keptWizardText(WORK, "en"), other: 1 });
    file.open();
    await new ExcelWorkbook().savePaneState(KEPT_WIZARD_KEY, null);
    expect(JSON.parse(file.saved)).toEqual({ other: 1 });
    file.open();
    await expect(new ExcelWorkbook().loadPaneState(KEPT_WIZARD_KEY)).resolves.toBeNull();
  });

  test("a setting that is not text (another add-in version's, say) reads as nothing kept", async () => {
    const file = new Document();
    file.saved = JSON.stringify({ [KEPT_WIZARD_KEY]: { criteria: ["A"] } });
    file.open();
    await expect(new ExcelWorkbook().loadPaneState(KEPT_WIZARD_KEY)).resolves.toBeNull();
  });

  test("a save Office refuses rejects with Office's reason; the document keeps what it had", async () => {
    const file = new Document();
    const before = JSON.stringify({ [KEPT_WIZARD_KEY]: keptWizardText(WORK, "en") });
    file.saved = before;
    file.open();
    file.refuse = "The document is read-only.";
    await expect(
      new ExcelWorkbook().savePaneState(KEPT_WIZARD_KEY, keptWizardText(WORK, "id"))
    ).rejects.toThrow(
      "Kinerja could not keep its work with the workbook: The document is read-only."
    );
    expect(file.saved).toBe(before);
  });
});
