/**
 * Offline structural test of the XML manifest (office-addin-manifest validate needs the network).
 * Runs on manifest.xml and, after a build, on dist/manifest.xml, whose URLs point at production.
 */
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "../..");
const manifests = ["manifest.xml", "dist/manifest.xml"].filter((file) =>
  fs.existsSync(path.join(root, file))
);

const byTag = (node: Document | Element, tag: string): Element[] =>
  Array.from(node.getElementsByTagName(tag));

describe.each(manifests)("%s", (file) => {
  const xml = fs.readFileSync(path.join(root, file), "utf8");
  const doc = new DOMParser().parseFromString(xml, "application/xml");

  test("parses as XML and is a task pane add-in for Excel", () => {
    expect(byTag(doc, "parsererror")).toHaveLength(0);
    const app = doc.documentElement;
    expect(app.tagName).toBe("OfficeApp");
    expect(app.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(byTag(doc, "Host")[0].getAttribute("Name")).toBe("Workbook");
    expect(byTag(doc, "Permissions")[0].textContent).toBe("ReadWriteDocument");
  });

  test("the permission is the least that works, and the manifest says why (a comment before it)", () => {
    const permissions = byTag(doc, "Permissions")[0];
    let before = permissions.previousSibling;
    while (before && before.nodeType === before.TEXT_NODE) before = before.previousSibling;
    expect(before?.nodeType).toBe(before?.COMMENT_NODE);
    const why = before?.textContent ?? "";
    // Reads and writes through Excel.run, and events: no level below ReadWriteDocument has all three.
    for (const word of ["ReadDocument", "WriteDocument", "reads", "write", "events"])
      expect([word, why.includes(word)]).toEqual([word, true]);
  });

  test("id is a GUID and the version has four parts", () => {
    expect(byTag(doc, "Id")[0].textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(byTag(doc, "Version")[0].textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("every resid resolves to a resource, and every resource is used", () => {
    const resources = new Map<string, string>();
    for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
      for (const el of byTag(doc, tag)) {
        const id = el.getAttribute("id");
        if (id) resources.set(id, el.getAttribute("DefaultValue") ?? "");
      }
    }
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((el) => el.getAttribute("resid"))
      .filter((id): id is string => Boolean(id));
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect([id, resources.has(id)]).toEqual([id, true]);
    for (const id of resources.keys()) expect([id, used.includes(id)]).toEqual([id, true]);
    for (const id of used) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("shared runtime: one long-lived runtime; functions page and function file are the task pane page", () => {
    expect(
      byTag(doc, "Set").some(
        (s) => s.getAttribute("Name") === "SharedRuntime" && s.getAttribute("MinVersion") === "1.1"
      )
    ).toBe(true);
    const runtimes = byTag(doc, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const runtime = runtimes[0].getAttribute("resid");
    const cf = byTag(doc, "ExtensionPoint").find(
      (e) => e.getAttribute("xsi:type") === "CustomFunctions"
    )!;
    expect(cf).toBeDefined();
    expect(byTag(byTag(cf, "Page")[0], "SourceLocation")[0].getAttribute("resid")).toBe(runtime);
    expect(byTag(doc, "FunctionFile")[0].getAttribute("resid")).toBe(runtime);
    const pane = byTag(doc, "Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane")!;
    expect(byTag(pane, "SourceLocation")[0].getAttribute("resid")).toBe(runtime);
    expect(byTag(byTag(cf, "Script")[0], "SourceLocation")[0].getAttribute("resid")).toBe(
      "Functions.Script.Url"
    );
    expect(byTag(byTag(cf, "Metadata")[0], "SourceLocation")[0].getAttribute("resid")).toBe(
      "Functions.Metadata.Url"
    );
  });

  test("no <Namespace> (users type =AHP.WEIGHTS exactly) and no <EquivalentAddins>", () => {
    expect(byTag(doc, "Namespace")).toHaveLength(0);
    expect(byTag(doc, "EquivalentAddins")).toHaveLength(0);
    expect(xml).not.toMatch(/Functions\.Namespace/);
  });

  test("every URL is https; the files they name are the ones the build emits", () => {
    const urls = [
      ...Array.from(doc.getElementsByTagName("*")).map((el) => el.getAttribute("DefaultValue")),
      ...byTag(doc, "SourceLocation").map((el) => el.getAttribute("DefaultValue")),
    ].filter((v): v is string => Boolean(v) && /^[a-z]+:\/\//i.test(v as string));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    const files = urls.map((url) => new URL(url).pathname.split("/").pop());
    expect(files).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "icon-16.png",
        "icon-32.png",
        "icon-80.png",
      ])
    );
    for (const icon of ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]) {
      expect([icon, fs.existsSync(path.join(root, "assets", icon))]).toEqual([icon, true]);
    }
  });

  test("a ribbon button on the Home tab opens the pane", () => {
    const tab = byTag(doc, "OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    const button = byTag(tab, "Control")[0];
    expect(button.getAttribute("xsi:type")).toBe("Button");
    expect(byTag(button, "Action")[0].getAttribute("xsi:type")).toBe("ShowTaskpane");
  });
});

const built = path.join(root, "dist/manifest.xml");
(fs.existsSync(built) ? test : test.skip)(
  "the built manifest points at the host given by KINERJA_BASE_URL",
  () => {
    const base = process.env.KINERJA_BASE_URL || "https://localhost:3000/";
    expect(fs.readFileSync(built, "utf8")).toContain(`${base}taskpane.html`);
  }
);

const helpDir = path.join(root, "dist/help");
(fs.existsSync(helpDir) ? test : test.skip)(
  "the built help pages: one per function, the methods page, and every link between them resolves",
  () => {
    const pages = fs.readdirSync(helpDir).filter((name) => name.endsWith(".html"));
    expect(pages).toContain("methods.html");
    const functions = JSON.parse(fs.readFileSync(path.join(root, "dist/functions.json"), "utf8"))
      .functions as { helpUrl: string }[];
    for (const f of functions) expect(pages).toContain(path.basename(f.helpUrl));
    let links = 0;
    for (const page of pages) {
      const html = fs.readFileSync(path.join(helpDir, page), "utf8");
      // The production build minifies the HTML, so attribute quotes may be gone.
      for (const [, quoted, bare] of html.matchAll(/href=(?:"([^"]+)"|([^\s>"]+))/g)) {
        const href = quoted ?? bare;
        if (/^(https?:|mailto:|#)/.test(href)) continue;
        links++;
        expect([page, href, fs.existsSync(path.join(helpDir, href.replace(/#.*$/, "")))]).toEqual([
          page,
          href,
          true,
        ]);
      }
    }
    expect(links).toBeGreaterThan(pages.length);
  }
);
