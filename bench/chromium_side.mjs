// The comparison side of kiosk_bench: Debian's Chromium in kiosk mode showing
// the same articles as static pages (patient-kiosk --export-html), measured
// the same way: cold start to the first article painted, page-to-page
// navigation to painted, and the memory of the whole process tree.
// Prints one JSON object. Driven through playwright-core (npm) with
// Debian's /usr/bin/chromium; under Xvfb it runs headed with --kiosk,
// without a display it uses Chromium's headless mode.
//
//   node bench/chromium_side.mjs --html DIR [--chromium /usr/bin/chromium] [--rounds N]

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const { chromium } = require(path.join(here, '..', '.tools', 'node_modules', 'playwright-core'));

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
    a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const htmlDir = path.resolve(args.html);
const rounds = Number(args.rounds ?? 3);
const executablePath = args.chromium ?? '/usr/bin/chromium';

function treeRssBytes(rootPid) {
    const stats = new Map();
    for (const entry of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
            const line = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
            const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
            stats.set(Number(entry), { parent: Number(fields[1]), rss: Number(fields[21]) });
        } catch { /* the process ended */ }
    }
    let total = 0;
    const pending = [rootPid];
    while (pending.length) {
        const pid = pending.pop();
        if (stats.has(pid)) total += stats.get(pid).rss;
        for (const [child, s] of stats) if (s.parent === pid) pending.push(child);
    }
    return total * 4096;
}

const painted = (page) => page.evaluate(() => new Promise(resolve =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

const articles = fs.readdirSync(path.join(htmlDir, 'en')).filter(f => f.endsWith('.html')).sort();
const url = (name) => 'file://' + path.join(htmlDir, 'en', name);
const headed = Boolean(process.env.DISPLAY);
const launchArgs = ['--no-first-run', '--disable-background-networking', '--disable-component-update',
                    '--disable-sync', '--no-default-browser-check', ...(headed ? ['--kiosk'] : [])];
if (process.getuid && process.getuid() === 0) launchArgs.push('--no-sandbox');

const cold = [];
const navigation = [];
let memoryBytes = 0;
for (let round = 0; round < rounds; ++round) {
    const started = performance.now();
    const browser = await chromium.launch({ executablePath, headless: !headed, args: launchArgs });
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(url(articles[0]), { waitUntil: 'load' });
    await painted(page);
    cold.push(performance.now() - started);
    for (const article of articles.slice(1)) {
        const t0 = performance.now();
        await page.goto(url(article), { waitUntil: 'load' });
        await painted(page);
        navigation.push(performance.now() - t0);
    }
    // Chromium's processes are this script's descendants: the tree minus node itself.
    const ownRss = Number(fs.readFileSync('/proc/self/statm', 'utf8').split(' ')[1]) * 4096;
    memoryBytes = Math.max(memoryBytes, treeRssBytes(process.pid) - ownRss);
    await browser.close();
}

const stats = (samples) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (p) => sorted[Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    return { p50_ms: at(0.5), p95_ms: at(0.95), max_ms: at(1), samples: sorted.length };
};
console.log(JSON.stringify({ headed, cold_start: stats(cold), navigation: stats(navigation),
                             memory_mib: memoryBytes / 1048576 }));
