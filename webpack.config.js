/**
 * Builds the add-in (task pane + function commands) and the browser page.
 *   npm run dev-server   https://localhost:3000/ with the Office dev certificate
 *   npm run build        production build into dist/; set ADDIN_BASE_URL=https://host/path/
 *                        to rewrite every manifest URL onto the server that will host dist/.
 */
const fs = require("fs");
const path = require("path");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/** The base URL the manifest should point at in production (always ending with "/"). */
function productionBaseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || "").trim();
  if (!raw) return null;
  const url = new URL(raw); // throws on a malformed value: better than a broken manifest
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites every development URL of the manifest onto `base` (AppDomain gets the origin). */
function rewriteManifest(content, base) {
  const origin = new URL(base).origin;
  return content.toString().split(DEV_URL).join(base).split(DEV_ORIGIN).join(origin);
}

async function httpsOptions() {
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/** Page entries: name → script and HTML template; the browser page is optional while it is written. */
function pageEntries() {
  const pages = [
    { name: "taskpane", script: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
    { name: "commands", script: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
    {
      name: "standalone",
      script: "./src/standalone/index.tsx",
      template: "./src/standalone/standalone.html",
    },
  ];
  return pages.filter((page) => {
    const present =
      fs.existsSync(path.join(__dirname, page.script)) && fs.existsSync(path.join(__dirname, page.template));
    if (!present)
      console.warn(`webpack: skipping the "${page.name}" page (${page.script} or its template is missing)`);
    return present;
  });
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const base = dev ? null : productionBaseUrl();
  if (!dev && !base) {
    console.warn(
      "webpack: ADDIN_BASE_URL is not set; dist/manifest.xml keeps https://localhost:3000/ (fine for local testing only).",
    );
  }
  // `--env manifestOnly`: just the copied assets and manifest (quick, for the manifest tests).
  const pages = env.manifestOnly ? [] : pageEntries();

  return {
    devtool: dev ? "source-map" : false,
    entry: pages.length
      ? Object.fromEntries(pages.map((page) => [page.name, page.script]))
      : { placeholder: "./src/adapters/office/address.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".jsx", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // es2020 modules keep `new Worker(new URL("./worker.ts", import.meta.url))` visible to webpack.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", noEmit: false } },
          },
        },
        { test: /\.css$/, type: "asset/source" },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The manifest's SupportUrl and LearnMoreUrl: a help page per language.
          { from: "help/*.html", to: "help/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (base ? rewriteManifest(content, base) : content),
          },
        ],
      }),
    ],
    // Fluent UI and ExcelJS make large bundles by nature; the limits below flag a real regression.
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 6_000_000, maxAssetSize: 6_000_000 },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.rewriteManifest = rewriteManifest;
