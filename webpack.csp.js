/* global require, module */
/**
 * The task pane page's Content-Security-Policy (a <meta http-equiv> in taskpane.html, so it holds
 * wherever the files are hosted), and the webpack plugin that puts it there.
 *
 * What the pane needs, and so what the policy allows:
 * - scripts: the add-in's own bundles ('self') and office.js's host — in production office.js comes
 *   from https://appsforoffice.microsoft.com, and loads its host- and language-specific files from
 *   the same place; development and preview serve office.js from the add-in's own server. No eval:
 *   neither the bundles (devtool "source-map") nor office.js need it. An inline script the page
 *   carries (the preview's CustomFunctions stand-in) is allowed by its hash, nothing else inline;
 * - styles: the add-in's own and the page's inline <style> by hash. Fluent UI's Griffel inserts
 *   its rules through the CSSOM (insertRule), and React sets style properties through the CSSOM,
 *   which a policy does not govern — so no 'unsafe-inline' (the end-to-end test records any
 *   violation);
 * - connections: the add-in's own host only. office.js talks to Excel by postMessage or the
 *   host's bridge, which a policy does not govern; its optional telemetry (a frame from
 *   telemetryservice.firstpartyapps.oaspapps.com, reports to *.pipe.aria.microsoft.com) and
 *   sign-in library (alcdn.msauth.net) are not allowed — Kinerja uses neither and sends nothing.
 *   The dev server's live reload needs its websocket on localhost;
 * - frames: office.js's host, for its own prompt when Excel on the web runs on a host it does not
 *   trust yet (AgaveErrorUX, from office.js's folder);
 * - images: the add-in's own and data: URLs; no plugins (object-src), no <base>, no forms.
 */
const crypto = require("crypto");

/**
 * The policy, as the content of the page's <meta http-equiv="Content-Security-Policy">.
 * @param {object} options
 * @param {string} [options.officeJsOrigin] where office.js comes from, if not the add-in's host
 * @param {string[]} [options.inlineScripts] the texts of the page's inline scripts
 * @param {string[]} [options.inlineStyles] the texts of the page's inline <style> elements
 * @param {boolean} [options.devServer] allow the dev server's live-reload websocket
 */
function contentSecurityPolicy({
  officeJsOrigin,
  inlineScripts = [],
  inlineStyles = [],
  devServer = false,
} = {}) {
  const office = officeJsOrigin ? [officeJsOrigin] : [];
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...office, ...inlineScripts.map(sha256)],
    // The empty text's hash lets Griffel add its empty <style> elements, which it then fills
    // through the CSSOM; any element with text in it still needs its own hash.
    "style-src": ["'self'", sha256(""), ...inlineStyles.map(sha256)],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(devServer ? ["ws://localhost:*", "wss://localhost:*"] : [])],
    "frame-src": ["'self'", ...office],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

function sha256(text) {
  return `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * Puts the policy into taskpane.html, at the top of <head> (before any script), with the hashes of
 * its inline scripts and styles as the page finally has them: after webpack's minimizers, which
 * rewrite inline code in HTML too.
 */
class ContentSecurityPolicyPlugin {
  /** @param {{ officeJsOrigin?: string, devServer?: boolean, page?: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const page = this.options.page || "taskpane.html";
    compiler.hooks.thisCompilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ContentSecurityPolicyPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const asset = compilation.getAsset(page);
          if (!asset) return;
          const html = asset.source.source().toString();
          const inner = (tag) =>
            [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi"))]
              .filter((match) => !/\ssrc=/i.test(match[1] || ""))
              .map((match) => match[2]);
          const policy = contentSecurityPolicy({
            officeJsOrigin: this.options.officeJsOrigin,
            devServer: this.options.devServer,
            inlineScripts: inner("script"),
            inlineStyles: inner("style"),
          });
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
          // After the charset declaration (which must come first), before anything else.
          const charset = /<meta charset=[^>]*>/i;
          const at = charset.test(html) ? charset : /<head>/i;
          compilation.updateAsset(
            page,
            new sources.RawSource(html.replace(at, (tag) => tag + meta))
          );
        }
      );
    });
  }
}

module.exports = { contentSecurityPolicy, ContentSecurityPolicyPlugin };
