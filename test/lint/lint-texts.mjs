/**
 * Lints texts as if they were files of this repository, with its eslint.config.mjs, and prints
 * what no-restricted-imports and no-restricted-globals said about each. Run by test/lint/layers.test.ts in its own Node
 * process: ESLint loads an .mjs config with import(), which Jest's module sandbox does not allow.
 * Input (stdin): [{ "filePath": "src/…", "code": "…" }]. Output (stdout): one message list per text.
 */
import { ESLint } from "eslint";
import path from "path";
import { fileURLToPath } from "url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const texts = JSON.parse(
  await new Promise((resolve) => {
    let input = "";
    process.stdin.on("data", (chunk) => (input += chunk));
    process.stdin.on("end", () => resolve(input));
  })
);
const RULES = new Set(["no-restricted-imports", "no-restricted-globals"]);
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });
const results = [];
for (const { filePath, code } of texts) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  results.push(
    result.messages
      .filter((message) => RULES.has(message.ruleId) || message.fatal)
      .map((message) => message.message)
  );
}
process.stdout.write(JSON.stringify(results));
