#!/usr/bin/env node
/**
 * Renders the PWA icons (public/icons/*.png) from the two SVGs next to them, with sharp.
 * The PNGs are committed (small); run this again after changing an SVG.
 * "any" icons have rounded corners; the maskable one fills the square and keeps the mark in
 * the central safe zone (80 %), since launchers crop it to their own shape.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "public", "icons");
const jobs = [
  ["icon.svg", "icon-192.png", 192],
  ["icon.svg", "icon-512.png", 512],
  ["icon.svg", "apple-touch-icon.png", 180],
  ["icon-maskable.svg", "icon-maskable-512.png", 512],
];
for (const [source, target, size] of jobs) {
  await sharp(path.join(dir, source), { density: 300 }).resize(size, size).png({ compressionLevel: 9, palette: true }).toFile(path.join(dir, target));
  console.log(`icons: ${target} (${size}×${size})`);
}
