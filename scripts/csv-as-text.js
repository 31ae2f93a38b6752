/* global require, module */
/**
 * A .csv file imported as its text outside webpack (whose `asset/source` rule does it for the
 * pane), so src/templates/data/catalogue.ts loads the same way everywhere:
 * - jest: a transform (jest.config.js) whose module exports the file's text;
 * - ts-node (`npm run cli`, `npm run bench`): required first (tsconfig.json, "ts-node".require), it
 *   gives Node's require the same rule.
 */
const fs = require("fs");

require.extensions[".csv"] = (module, filename) => {
  module.exports = fs.readFileSync(filename, "utf8");
};

module.exports = {
  process: (source) => ({ code: `module.exports = ${JSON.stringify(source)};` }),
};
