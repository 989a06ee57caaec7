// Runs Lighthouse (mobile preset, performance only) N times against dist/ served with
// gzip on loopback and prints each run and the medians. Called by lighthouse.sh.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startServer } from './static-server.mjs';

const [lighthouse, runs = '3'] = process.argv.slice(2);
const { server, url } = await startServer({ gzip: true });
// Lighthouse sets its own flags; more of ours (such as disabling background networking) stop it.
const flags = '--headless=new --no-sandbox';
const results = [];
try {
  for (let i = 0; i < Number(runs); i++) {
    // Asynchronously: the server answering Lighthouse runs in this same process.
    const { stdout: out } = await promisify(execFile)(lighthouse, [url, '--quiet', '--only-categories=performance', '--output=json', '--output-path=stdout', `--chrome-flags=${flags}`], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(out);
    const audit = (id) => report.audits[id].numericValue;
    const run = {
      performance: report.categories.performance.score,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      tbt: audit('total-blocking-time'),
    };
    results.push(run);
    console.log(`run ${i + 1}: ${format(run)}`);
  }
} finally {
  server.close();
}
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(`median of ${results.length}: ${format(Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(k)])))}`);

function format(r) {
  const s = (ms) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`;
  return `performance ${r.performance.toFixed(2)}, FCP ${s(r.fcp)}, LCP ${s(r.lcp)}, CLS ${r.cls.toFixed(3).replace('.', ',')}, TBT ${Math.round(r.tbt)} ms`;
}
