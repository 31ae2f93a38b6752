/**
 * The pane page's Content-Security-Policy (webpack.csp.js): scripts only from the add-in and
 * office.js's host, no inline code but what the page carries (by hash), no eval, no connections but
 * the add-in's own. After a production build, dist/taskpane.html carries it before any script.
 * (That Chromium enforces it — a fetch to another origin refused, nothing else violated — is
 * test/e2e/pane.test.ts's.)
 */
import * as fs from "fs";
import * as path from "path";

const { contentSecurityPolicy } = require("../../webpack.csp.js") as {
  contentSecurityPolicy: (options?: {
    officeJsOrigin?: string;
    inlineScripts?: string[];
    inlineStyles?: string[];
    devServer?: boolean;
  }) => string;
};

const OFFICE = "https://appsforoffice.microsoft.com";

/** The directives of a policy: name → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    })
  );
}

/** The hash Chromium names for an empty inline <style> when it blocks one. */
const EMPTY_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

describe("the policy", () => {
  test("production: scripts from the add-in and appsforoffice.microsoft.com only; connections to the add-in only", () => {
    const policy = directives(contentSecurityPolicy({ officeJsOrigin: OFFICE }));
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["script-src"]).toEqual(["'self'", OFFICE]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
    expect(policy["frame-src"]).toEqual(["'self'", OFFICE]);
    expect(policy["style-src"]).toEqual(["'self'", EMPTY_HASH]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
    const all = Object.values(policy).flat();
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "*", "https:", "http:"])
      expect([loose, all.includes(loose)]).toEqual([loose, false]);
  });

  test("an inline script or style is allowed by its own hash only: the empty text's is the one Chromium names", () => {
    const policy = directives(
      contentSecurityPolicy({ inlineScripts: ["window.x=1;"], inlineStyles: [""] })
    );
    expect(policy["script-src"]).toHaveLength(2);
    expect(policy["script-src"][1]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(policy["style-src"]).toEqual(["'self'", EMPTY_HASH, EMPTY_HASH]);
  });

  test("the dev server's live reload: a websocket to localhost, nothing further", () => {
    expect(directives(contentSecurityPolicy({ devServer: true }))["connect-src"]).toEqual([
      "'self'",
      "ws://localhost:*",
      "wss://localhost:*",
    ]);
  });
});

const page = path.join(__dirname, "../../dist/taskpane.html");
(fs.existsSync(page) ? test : test.skip)(
  "the built page: the policy comes before any script, and loads office.js from its own allowed host",
  () => {
    const html = fs.readFileSync(page, "utf8");
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)">/i.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf("<script"));
    const policy = directives(meta![1]);
    const office = /<script src="?([^"\s>]+office\.js)"?/.exec(html)![1];
    const allowed = office.startsWith("http") ? new URL(office).origin : "'self'";
    expect(policy["script-src"]).toContain(allowed);
    expect(policy["connect-src"]).toEqual(["'self'"]);
    // Every inline script on the page is allowed by a hash of its own.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].length;
    expect(policy["script-src"].filter((s) => s.startsWith("'sha256-"))).toHaveLength(inline);
  }
);

(fs.existsSync(page) ? test : test.skip)(
  "the built page: each of the pane's deferred scripts is preloaded, before office.js is asked for",
  () => {
    const html = fs.readFileSync(page, "utf8");
    const deferred = [...html.matchAll(/<script defer(?:="defer")? src="?([^"\s>]+)"?/g)].map(
      (m) => m[1]
    );
    expect(deferred).toEqual(["functions.js", "taskpane.js"]);
    const preloaded = [
      ...html.matchAll(/<link rel="?preload"? as="?script"? href="?([^"\s>]+)"?/g),
    ];
    expect(preloaded.map((m) => m[1])).toEqual(deferred);
    // Held back behind office.js otherwise (deferred scripts are fetched at low priority).
    const office = html.search(/<script src="?[^"\s>]+office\.js/);
    for (const link of preloaded) expect(link.index).toBeLessThan(office);
  }
);
