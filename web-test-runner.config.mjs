// Browser tests: every tests/**/*.test.ts except the Node-only folders, in Debian's headless
// Chromium (CHROME_PATH overrides). Never a downloaded browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';

/**
 * CommonJS-only packages do not load in the browser as ES modules: serve each as an ES module
 * bundled by esbuild (the app build bundles them the same way). Maps package to its named exports.
 */
const COMMONJS = { '@mozilla/readability': ['Readability', 'isProbablyReaderable'] };
function commonJsPlugin() {
  return {
    name: 'commonjs-packages',
    async serve(context) {
      const pkg = Object.keys(COMMONJS).find((p) => context.path === `/node_modules/${p}/index.js`);
      if (!pkg) return undefined;
      const result = await build({
        stdin: { contents: `export { ${COMMONJS[pkg].join(', ')} } from '${pkg}';`, resolveDir: process.cwd() },
        bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

/** Prints one parseable line with the totals, read by tests/run-all.ts. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      console.log(`WTR TOTALS ${passed} passed, ${failed} failed`);
    },
  };
}

export default {
  files: ['tests/**/*.test.ts', '!tests/core/**', '!tests/cli/**', '!tests/e2e/**'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [commonJsPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), totalsReporter()],
};
