/**
 * A closed pane loses no work: the wizard's criteria, every respondent's answers, the view and the
 * language are kept with the document (port.savePaneState), restored when the pane opens again,
 * saved once per burst of answers, and cleared by Start over. A record that does not parse is
 * ignored with a warning. "Reopening" here is a new pane on a new workbook port over the same
 * store, as a reload of the preview is (its store is the browser's localStorage).
 */
import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { keptWizard, SAVE_DELAY_MS } from "../../src/taskpane/hooks/useKeptWizard";
import { KEPT_WIZARD_KEY, keptWizardText, parseKeptWizard } from "../../src/taskpane/wizard/kept";
import { pairKey, pairsOf, type Answers, type WizardData } from "../../src/taskpane/wizard/model";
import { STRINGS } from "../../src/taskpane/strings";
import { MemoryWorkbook, type PaneStateStore } from "../../src/workbook/memory";
import { fakePort } from "./fake-port";
import { renderPane, settle } from "./render";

/** A store like localStorage, with its writes counted. */
function store(): PaneStateStore & { map: Map<string, string>; writes: number } {
  const map = new Map<string, string>();
  const kept = {
    map,
    writes: 0,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      kept.writes++;
      map.set(key, value);
    },
    removeItem: (key: string) => {
      kept.writes++;
      map.delete(key);
    },
  };
  return kept;
}

/** Nine criteria, three respondents, every one of the 36 pairs answered by each: 108 judgements. */
function nineByThree(): WizardData {
  const criteria = [
    "Cost",
    "Quality",
    "Delivery",
    "Flexibility",
    "Service",
    "Safety",
    "Staff",
    "Image",
    "Growth",
  ];
  const respondents: Answers[] = [0, 1, 2].map((k) =>
    Object.fromEntries(pairsOf(9).map(([i, j], p) => [pairKey(i, j), ((p + k * 5) % 17) - 8 || 1]))
  );
  return {
    criteriaText: criteria.join("\n"),
    criteria,
    respondents,
    view: 2,
    maxCr: null,
    scores: {},
    options: 1,
  };
}

async function wait(ms: number) {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

const criteriaBox = () => screen.getByRole("textbox", { name: /Criteria, one per line/ });
const slider = (name: string) => screen.getByRole("slider", { name }) as HTMLInputElement;
function answer(name: string, position: number) {
  fireEvent.change(slider(name), { target: { value: String(position) } });
}

describe("the kept shape (version 1)", () => {
  test("9 criteria × 3 respondents (108 judgements) come back exactly, in about 1 kB of text", () => {
    const data = nineByThree();
    expect(data.respondents.flatMap((a) => Object.keys(a))).toHaveLength(108);
    const text = keptWizardText(data, "id");
    expect(parseKeptWizard(text)).toEqual({ lang: "id", data });
    // Measured, for the record (bytes = characters: the names are ASCII).
    expect(text.length).toBeGreaterThan(1000);
    expect(text.length).toBeLessThan(1200);
    expect(JSON.parse(text)).toMatchObject({ v: 1, lang: "id", view: 2 });
    console.log(`kept wizard, 9 criteria × 3 respondents: ${text.length} characters`);
  });

  test("equal (0) is left out, and the box's text only when it differs from the names", () => {
    const data: WizardData = {
      criteriaText: "A\nB\n\nC (being typed",
      criteria: ["A", "B", "C"],
      respondents: [{ "0-1": 0, "0-2": -3 }],
      view: 0,
      maxCr: null,
      scores: {},
      options: 1,
    };
    const stored = JSON.parse(keptWizardText(data, "en"));
    expect(stored).toEqual({
      v: 1,
      lang: "en",
      criteria: ["A", "B", "C"],
      text: "A\nB\n\nC (being typed",
      answers: [{ "0-2": -3 }],
      view: 0,
    });
    expect(parseKeptWizard(JSON.stringify(stored))?.data.respondents).toEqual([{ "0-2": -3 }]);
  });

  test("the group's CR limit, the options and the scores of the criteria there are come back; others are refused", () => {
    const data: WizardData = {
      ...nineByThree(),
      maxCr: 0.08,
      options: 2,
      scores: { Cost: [9, null], Image: [4.5, 7] },
    };
    const text = keptWizardText({ ...data, scores: { ...data.scores, Gone: [3] } }, "en");
    expect(JSON.parse(text)).toMatchObject({ maxCr: 0.08, options: 2, scores: data.scores });
    expect(parseKeptWizard(text)).toEqual({ lang: "en", data });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    for (const bad of [
      { maxCr: -1 },
      { options: 4 },
      { scores: { Cost: [11] } },
      { scores: { Nobody: [5] } },
    ])
      expect(parseKeptWizard(JSON.stringify({ ...JSON.parse(text), ...bad }))).toBeNull();
    warn.mockRestore();
  });

  const good = () => JSON.parse(keptWizardText(nineByThree(), "en"));
  test.each([
    ["not JSON", "{v:1"],
    ["not an object", "[1,2]"],
    ["another version", JSON.stringify({ ...good(), v: 2 })],
    ["an unknown language", JSON.stringify({ ...good(), lang: "fr" })],
    ["one criterion", JSON.stringify({ ...good(), criteria: ["Cost"] })],
    ["a criterion twice", JSON.stringify({ ...good(), criteria: ["Cost", "cost", "X"] })],
    ["no respondents", JSON.stringify({ ...good(), answers: [] })],
    ["a pair beyond the criteria", JSON.stringify({ ...good(), answers: [{ "3-9": 2 }] })],
    ["a pair the wrong way round", JSON.stringify({ ...good(), answers: [{ "2-1": 2 }] })],
    ["a position off the scale", JSON.stringify({ ...good(), answers: [{ "0-1": 9 }] })],
    ["a position between steps", JSON.stringify({ ...good(), answers: [{ "0-1": 1.5 }] })],
    ["a view beyond the respondents", JSON.stringify({ ...good(), view: 3 })],
    ["a key that is not a pair", JSON.stringify({ ...good(), answers: [{ __proto__x: 1 }] })],
    ["too long", JSON.stringify({ ...good(), text: "x".repeat(200_001) })],
  ])("%s: ignored with a warning, never thrown", (_what, text) => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(parseKeptWizard(text)).toBeNull();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toMatch(
        /^Kinerja ignored the wizard's work kept with this document: /
      );
    } finally {
      warn.mockRestore();
    }
  });
});

describe("the wizard keeps its work with the document", () => {
  test("answers saved once per burst, restored in a new pane with every respondent; the view too", async () => {
    const kept = store();
    await renderPane(new MemoryWorkbook(undefined, { paneState: kept }), { tab: "wizard" });
    expect(kept.writes).toBe(0); // opening the wizard writes nothing
    fireEvent.change(criteriaBox(), { target: { value: "Cost\nQuality\nDelivery" } });
    answer("Cost versus Quality", -4);
    answer("Cost versus Delivery", 2);
    fireEvent.click(screen.getByRole("button", { name: "Add respondent" }));
    answer("Quality versus Delivery", -6);
    expect(kept.writes).toBe(0); // not yet: the wizard is still busy
    await wait(SAVE_DELAY_MS + 100);
    expect(kept.writes).toBe(1);
    expect(JSON.parse(kept.map.get(KEPT_WIZARD_KEY) as string)).toEqual({
      v: 1,
      lang: "en",
      criteria: ["Cost", "Quality", "Delivery"],
      answers: [{ "0-1": -4, "0-2": 2 }, { "1-2": -6 }],
      view: 1,
    });

    // The pane closes; a new one opens on the same document.
    document.body.innerHTML = "";
    const reopened = new MemoryWorkbook(undefined, { paneState: kept });
    await renderPane(reopened, { tab: "wizard" });
    expect((criteriaBox() as HTMLTextAreaElement).value).toBe("Cost\nQuality\nDelivery");
    expect(slider("Quality versus Delivery").value).toBe("-6"); // respondent 2 is shown
    expect(
      screen.getByText("Quality is 7× more important than Delivery (very strong)")
    ).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Answers of" }), {
      target: { value: "0" },
    });
    expect(slider("Cost versus Quality").value).toBe("-4");
    expect(slider("Cost versus Delivery").value).toBe("2");
    expect(kept.writes).toBe(1); // restoring is not a change
  });

  test("the group's CR limit and the sensitivity scores are saved and come back in a new pane", async () => {
    const kept = store();
    const first = await renderPane(new MemoryWorkbook(undefined, { paneState: kept }), {
      tab: "wizard",
    });
    fireEvent.change(criteriaBox(), { target: { value: "Cost\nQuality" } });
    fireEvent.click(screen.getByRole("button", { name: "Add respondent" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Combine only consistent respondents" }));
    fireEvent.click(screen.getByRole("button", { name: "Show" }));
    await settle();
    fireEvent.change(screen.getByRole("spinbutton", { name: "Score: score of Cost" }), {
      target: { value: "7.5" },
    });
    await wait(SAVE_DELAY_MS + 100);
    expect(JSON.parse(kept.map.get(KEPT_WIZARD_KEY) as string)).toMatchObject({
      maxCr: 0.1,
      scores: { Cost: [7.5] },
    });

    // Unmounted, not only removed: an open sensitivity view would keep working for later tests.
    first.unmount();
    const second = await renderPane(new MemoryWorkbook(undefined, { paneState: kept }), {
      tab: "wizard",
    });
    expect(
      (
        screen.getByRole("checkbox", {
          name: "Combine only consistent respondents",
        }) as HTMLInputElement
      ).checked
    ).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Show" }));
    await settle();
    expect(
      (screen.getByRole("spinbutton", { name: "Score: score of Cost" }) as HTMLInputElement).value
    ).toBe("7.5");
    second.unmount();
  });

  test("the language goes with the work: keptWizard gives it to the start-up", async () => {
    const kept = store();
    kept.map.set(KEPT_WIZARD_KEY, keptWizardText(nineByThree(), "id"));
    const restored = await keptWizard(new MemoryWorkbook(undefined, { paneState: kept }));
    expect(restored?.lang).toBe("id");
    expect(restored?.data).toEqual(nineByThree());
  });

  test("a language switch is kept when there is work, and writes nothing when there is none", async () => {
    const empty = store();
    await renderPane(new MemoryWorkbook(undefined, { paneState: empty }), { tab: "wizard" });
    fireEvent.change(screen.getByTestId("language"), { target: { value: "id" } });
    await wait(SAVE_DELAY_MS + 100);
    expect(empty.writes).toBe(0);

    document.body.innerHTML = "";
    const kept = store();
    kept.map.set(KEPT_WIZARD_KEY, keptWizardText(nineByThree(), "en"));
    await renderPane(new MemoryWorkbook(undefined, { paneState: kept }), { tab: "wizard" });
    fireEvent.change(screen.getByTestId("language"), { target: { value: "id" } });
    await wait(SAVE_DELAY_MS + 100);
    expect(JSON.parse(kept.map.get(KEPT_WIZARD_KEY) as string).lang).toBe("id");
  });

  test("Start over asks first; then clears the work here and in the document", async () => {
    const kept = store();
    kept.map.set(KEPT_WIZARD_KEY, keptWizardText(nineByThree(), "en"));
    await renderPane(new MemoryWorkbook(undefined, { paneState: kept }), { tab: "wizard" });
    expect(screen.getByText("Judgements (36 pairs)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Start over" }));
    // "Keep my answers" keeps them.
    fireEvent.click(screen.getByRole("button", { name: "Keep my answers" }));
    expect(kept.map.has(KEPT_WIZARD_KEY)).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Start over" }));
    const question = screen.getByTestId("start-over");
    expect(question.textContent).toContain(STRINGS.en.startOverQuestion);
    fireEvent.click(within(question).getByRole("button", { name: "Clear everything" }));
    await settle();
    expect(kept.map.has(KEPT_WIZARD_KEY)).toBe(false);
    expect((criteriaBox() as HTMLTextAreaElement).value).toBe(
      STRINGS.en.criteriaDefault.join("\n")
    );
    expect(screen.getByText("Judgements (6 pairs)")).toBeTruthy();
    expect(
      screen.getByRole("combobox", { name: "Answers of" }).querySelectorAll("option")
    ).toHaveLength(2);
    // Nothing comes back in a new pane, and the defaults are not written back.
    await wait(SAVE_DELAY_MS + 100);
    expect(kept.map.has(KEPT_WIZARD_KEY)).toBe(false);
    document.body.innerHTML = "";
    await renderPane(new MemoryWorkbook(undefined, { paneState: kept }), { tab: "wizard" });
    expect(screen.getByText("Judgements (6 pairs)")).toBeTruthy();
  });

  test("a kept record that does not parse: the wizard opens as new, with one warning", async () => {
    const kept = store();
    kept.map.set(KEPT_WIZARD_KEY, '{"v":1,"lang":"en","criteria":["A"],"answers":[{}],"view":0}');
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await renderPane(new MemoryWorkbook(undefined, { paneState: kept }), { tab: "wizard" });
      expect((criteriaBox() as HTMLTextAreaElement).value).toBe(
        STRINGS.en.criteriaDefault.join("\n")
      );
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });

  test("a save the document refuses: the pane says so, in the pane's language; the answers stay", async () => {
    const port = fakePort({
      savePaneState: jest.fn(async () => {
        throw new Error("The settings are too large.");
      }),
    });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await renderPane(port, { tab: "wizard", lang: "id" });
      answer("Keuangan dibanding Pelanggan", -2);
      await wait(SAVE_DELAY_MS + 100);
      expect(screen.getByTestId("keep-failed").textContent).toBe(
        STRINGS.id.keepFailed("The settings are too large.")
      );
      expect(slider("Keuangan dibanding Pelanggan").value).toBe("-2");
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });

  test("work read after the wizard opened is restored — unless the user already changed something", async () => {
    let release: (text: string) => void = () => undefined;
    const slow = () =>
      fakePort({
        loadPaneState: jest.fn(() => new Promise<string>((resolve) => (release = resolve))),
      });
    const text = keptWizardText(nineByThree(), "en");

    await renderPane(slow(), { tab: "wizard" });
    await act(async () => release(text));
    await settle();
    expect(screen.getByText("Judgements (36 pairs)")).toBeTruthy();

    document.body.innerHTML = "";
    await renderPane(slow(), { tab: "wizard" });
    answer("Financial versus Customer", 3);
    await act(async () => release(text));
    await settle();
    expect(screen.getByText("Judgements (6 pairs)")).toBeTruthy();
    expect(slider("Financial versus Customer").value).toBe("3");
  });

  test("the page hidden (the pane closing) saves at once, without waiting", async () => {
    const kept = store();
    await renderPane(new MemoryWorkbook(undefined, { paneState: kept }), { tab: "wizard" });
    answer("Financial versus Customer", 5);
    await settle();
    expect(kept.writes).toBe(0);
    act(() => {
      window.dispatchEvent(new Event("pagehide"));
    });
    expect(kept.writes).toBe(1);
    expect(JSON.parse(kept.map.get(KEPT_WIZARD_KEY) as string).answers).toEqual([{ "0-1": 5 }]);
  });
});
