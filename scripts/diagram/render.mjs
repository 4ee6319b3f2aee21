// Renders BPMN models to SVG (bpmn-js saveSVG) and PNG (a screenshot of the canvas) in headless Chromium.
//
//   node render.mjs [--out-dir DIR] [--png-width PX] FILE.bpmn...
//
// Each FILE becomes DIR/<name>.svg and DIR/<name>.png, where <name> is the file's base name without a
// trailing "Process", in kebab case: LeadLifecycleProcess.bpmn -> lead-lifecycle.svg.
// Uses the Chromium at $CHROMIUM (default /usr/bin/chromium, Debian's package); never downloads a browser.
// Loads bpmn-js's prebuilt viewer bundle from node_modules into a blank page: no network is used.
import { readFile, writeFile, mkdir, access } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const viewerBundle = join(here, 'node_modules', 'bpmn-js', 'dist', 'bpmn-viewer.production.min.js');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const { values: opts, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    'out-dir': { type: 'string', default: join(here, '..', '..', 'docs', 'images') },
    'png-width': { type: 'string', default: '2200' },
  },
});
const outDir = resolve(opts['out-dir']);
const pngWidth = Number.parseInt(opts['png-width'], 10);
if (files.length === 0 || !(pngWidth > 0)) {
  console.error('usage: node render.mjs [--out-dir DIR] [--png-width PX] FILE.bpmn...');
  process.exit(2);
}

/** LeadLifecycleProcess.bpmn -> lead-lifecycle */
function outputName(file) {
  const stem = basename(file).replace(/\.bpmn$/i, '').replace(/Process$/, '') || 'process';
  return stem
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** bpmn-js gives arrow markers random ids; number them in order so reruns write the same bytes. */
function stableMarkerIds(svg) {
  const ids = new Map();
  for (const [, id] of svg.matchAll(/<marker\b[^>]*\bid="([^"]+)"/g)) {
    if (!ids.has(id)) ids.set(id, `marker-${ids.size + 1}`);
  }
  return svg.replace(/\b(marker-[A-Za-z0-9_-]+)\b/g, (m) => ids.get(m) ?? m);
}

try {
  await access(executablePath);
} catch {
  console.error(`No Chromium at ${executablePath}: apt-get install -y chromium (or set CHROMIUM).`);
  process.exit(1);
}
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  for (const file of files) {
    const name = outputName(file);
    const xml = await readFile(file, 'utf8');
    const page = await browser.newPage({ viewport: { width: pngWidth, height: 800 }, deviceScaleFactor: 1 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
      html, body { margin: 0; padding: 0; background: #fff; }
      #canvas { width: ${pngWidth}px; height: 800px; background: #fff; }
    </style></head><body><div id="canvas"></div></body></html>`);
    await page.addScriptTag({ path: viewerBundle });

    const result = await page.evaluate(async ({ xml, pngWidth }) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(xml);
      const { svg } = await viewer.saveSVG();
      const canvas = viewer.get('canvas');
      // Size the canvas to the diagram's aspect ratio at the wanted width, then fit the diagram into it.
      const inner = canvas.getActiveLayer().getBBox();
      const pad = 30;
      const scale = (pngWidth - 2 * pad) / inner.width;
      const height = Math.ceil(inner.height * scale + 2 * pad);
      const container = document.getElementById('canvas');
      container.style.height = `${height}px`;
      canvas.resized();
      canvas.viewbox({
        x: inner.x - pad / scale,
        y: inner.y - pad / scale,
        width: pngWidth / scale,
        height: height / scale,
      });
      return { svg, height, scale, warnings: warnings.map((w) => w.message) };
    }, { xml, pngWidth });

    if (errors.length) throw new Error(`${file}: page errors: ${errors.join('; ')}`);
    for (const w of result.warnings) console.warn(`${file}: import warning: ${w}`);

    const svgPath = join(outDir, `${name}.svg`);
    const pngPath = join(outDir, `${name}.png`);
    await writeFile(svgPath, stableMarkerIds(result.svg).trimEnd() + '\n');
    await page.setViewportSize({ width: pngWidth, height: result.height });
    await page.locator('#canvas').screenshot({ path: pngPath });
    console.log(`${file} -> ${svgPath}, ${pngPath} (${pngWidth}x${result.height}, scale ${result.scale.toFixed(2)})`);
    if (result.warnings.length) failed = true;
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
