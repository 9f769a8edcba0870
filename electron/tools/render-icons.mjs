// Renders the PNG icons from their SVG sources in assets/ with Chromium
// (Debian's /usr/bin/chromium, or CHROMIUM_PATH). Run after editing an SVG:
//   node electron/tools/render-icons.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './ensure-built.mjs';

const assets = path.join(ROOT, 'assets');
const TARGETS = [
  // [source, output, size, recolour for light panels]
  // One 1024 px master: electron-builder derives the Windows .ico and macOS .icns from it.
  ['icon.svg', 'icon.png', 1024, null],
  // Linux desktops pick from a folder of sizes.
  ...[16, 32, 48, 64, 128, 256, 512].map((size) => ['icon.svg', `icons/${size}x${size}.png`, size, null]),
  ['tray.svg', 'trayTemplate.png', 32, null], // macOS template: black + alpha
  ['tray.svg', 'tray.png', 32, '#0f6e5c'], // Windows and Linux light panels
  ['tray.svg', 'tray-on-dark.png', 32, '#8fe0cc'], // Windows and Linux dark panels
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [source, output, size, colour] of TARGETS) {
    let svg = fs.readFileSync(path.join(assets, source), 'utf8');
    if (colour) svg = svg.replaceAll('#000000', colour);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    fs.mkdirSync(path.dirname(path.join(assets, output)), { recursive: true });
    await page.screenshot({ path: path.join(assets, output), omitBackground: true });
    process.stdout.write(`assets/${output} (${size}x${size})\n`);
  }
} finally {
  await browser.close();
}
