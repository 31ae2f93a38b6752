/**
 * Links a reader of the repository can follow. No dangling links in the documentation: every
 * relative link and image in README.md, CONTRIBUTING.md and docs/**\/*.md names a file of the
 * repository (a #fragment is not checked). Inline links, images and reference definitions count;
 * code (fenced or inline) does not. Read with two regular expressions rather than marked's lexer:
 * marked is an ES module, which Jest cannot load. And no source mentions a path outside the
 * repository (the machine's /work/… or shared/… folders).
 */
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "../..");

function markdownFiles(): string[] {
  const found = ["README.md", "CONTRIBUTING.md"].filter((file) =>
    fs.existsSync(path.join(root, file))
  );
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".md")) found.push(file);
    }
  };
  walk("docs");
  return found;
}

/** The targets of every link, image and reference definition in a markdown text, code left out. */
function linksOf(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  const inline = Array.from(
    prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g),
    (m) => m[1]
  );
  const references = Array.from(
    prose.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm),
    (m) => m[1]
  );
  return [...inline, ...references];
}

const isExternal = (href: string) => /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href);

describe("documentation links resolve", () => {
  const files = markdownFiles();

  test("the pages read: README.md and docs/**/*.md", () => {
    expect(files).toEqual(expect.arrayContaining(["README.md", "docs/methods.md"]));
    expect(files.length).toBeGreaterThan(20);
    const readme = linksOf(fs.readFileSync(path.join(root, "README.md"), "utf8"));
    expect(readme).toEqual(expect.arrayContaining(["docs/methods.md", "docs/functions/index.md"]));
  });

  test.each(files)("%s", (file) => {
    const links = linksOf(fs.readFileSync(path.join(root, file), "utf8")).filter(
      (href) => !isExternal(href)
    );
    const dangling = links.filter((href) => {
      const target = decodeURIComponent(href.replace(/[#?].*$/, ""));
      return !fs.existsSync(path.resolve(path.dirname(path.join(root, file)), target));
    });
    expect(dangling).toEqual([]);
  });

  test("a link to a missing file is caught", () => {
    expect(
      linksOf("See [the layouts](docs/templates.md), ![map](img/map.png) and [web](https://x.org).")
    ).toEqual(["docs/templates.md", "img/map.png", "https://x.org"]);
  });
});

describe("sources point only inside the repository", () => {
  /** Paths on the machine the project was written on, which a reader of the repository lacks. */
  const OUTSIDE = /(^|[\s("'`])\/work\/|\.\.\/shared\/|\bshared\/(spec|seeds|platform|style)\b/;

  test("no file under src/, test/, bench/ or scripts/ mentions /work/… or shared/…", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const file = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (file !== "test/fixtures") walk(file);
        } else if (/\.(ts|tsx|js|mjs|sh)$/.test(entry.name) && file !== "test/docs/links.test.ts") {
          fs.readFileSync(path.join(root, file), "utf8")
            .split("\n")
            .forEach((line, k) => {
              if (OUTSIDE.test(line)) offenders.push(`${file}:${k + 1}`);
            });
        }
      }
    };
    for (const dir of ["src", "test", "bench", "scripts"]) walk(dir);
    expect(offenders).toEqual([]);
    expect(OUTSIDE.test(" * The spec (/work/shared/spec/methods.md) wins")).toBe(true);
  });
});
