/**
 * Product pictures are drawn, not photographed: a flat illustration of the product type in the
 * SKU's colour, rendered to AVIF/WebP by app/images/products/[file]/route.ts.
 *
 * Image keys are `${productSlug}-${n}` (n = 1…9), or `${productSlug}-${n}-${pictureId}` for a
 * picture a catalog import brought (docs/import.md): the id is the picture file's fingerprint,
 * so a new picture gets a new URL and cached copies never go stale. A key alone does not say what to draw: the
 * route looks the product up and passes its category and SKU colours as a `ProductImageSubject`.
 * That way products created later (admin) get a fitting picture too, and a key that belongs to
 * no product is a 404 rather than one more file in the disk cache.
 *
 * Pure module (no framework, no I/O): components, the route and tests share it.
 */

export const IMAGE_WIDTHS = [160, 320, 480, 640, 960] as const;
export const IMAGE_FORMATS = ["avif", "webp"] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];
/** What a listing card (46vw on a phone, 22vw from 1024 px) can ask for, up to a 3x phone screen. */
export const CARD_IMAGE_WIDTHS = [320, 480, 640] as const satisfies readonly ImageWidth[];
/** What a thumbnail of at most 160 CSS pixels can ask for, up to a 3x screen. */
export const THUMBNAIL_IMAGE_WIDTHS = [160, 320, 480] as const satisfies readonly ImageWidth[];
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Every picture is 4:5 (portrait), like fashion photography. */
export const IMAGE_ASPECT = 5 / 4;

export function productImageUrl(key: string, width: ImageWidth, format: ImageFormat): string {
  return `/images/products/${key}-${width}.${format}`;
}

export function productImageSrcSet(key: string, format: ImageFormat, widths: readonly ImageWidth[] = IMAGE_WIDTHS): string {
  return widths.map((width) => `${productImageUrl(key, width, format)} ${width}w`).join(", ");
}

export interface ProductImageFile {
  key: string;
  productSlug: string;
  /** 1-based position of the image in the product's gallery. */
  index: number;
  width: ImageWidth;
  format: ImageFormat;
  /** An imported picture (catalog_pictures) rather than a drawing. */
  pictureId?: string;
}

const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)-([1-9])(?:-([0-9a-f]{16}))?-(\d{2,4})\.(avif|webp)$/;

/** Parses `${slug}-${n}-${width}.${format}`; null for anything the route must not render. */
export function parseProductImageFile(file: string): ProductImageFile | null {
  if (file.length > 200) return null;
  const match = FILE_NAME.exec(file);
  if (!match) return null;
  const [, productSlug, index, pictureId, width, format] = match as unknown as [string, string, string, string | undefined, string, ImageFormat];
  const widthNumber = Number(width);
  if (!(IMAGE_WIDTHS as readonly number[]).includes(widthNumber)) return null;
  return {
    key: pictureId ? `${productSlug}-${index}-${pictureId}` : `${productSlug}-${index}`,
    productSlug,
    index: Number(index),
    width: widthNumber as ImageWidth,
    format,
    ...(pictureId ? { pictureId } : {}),
  };
}

/** The catalog's colour names and the swatch each is drawn with. */
export const PRODUCT_COLOURS = [
  { label: "Noir", hex: "#1f1f22" },
  { label: "Blanc", hex: "#f6f4ef" },
  { label: "Écru", hex: "#ebe2cf" },
  { label: "Beige", hex: "#d9c4a3" },
  { label: "Sable", hex: "#cbb089" },
  { label: "Camel", hex: "#b07f4a" },
  { label: "Marron", hex: "#6a4630" },
  { label: "Bleu marine", hex: "#243252" },
  { label: "Bleu ciel", hex: "#a7c5e2" },
  { label: "Indigo", hex: "#3a4d85" },
  { label: "Vert sauge", hex: "#9db08a" },
  { label: "Kaki", hex: "#6f6f3e" },
  { label: "Vert sapin", hex: "#2f5a45" },
  { label: "Rouge", hex: "#b3261e" },
  { label: "Bordeaux", hex: "#6e1f2e" },
  { label: "Terracotta", hex: "#c3673f" },
  { label: "Rose poudré", hex: "#e6bcb3" },
  { label: "Moutarde", hex: "#d1a12e" },
  { label: "Gris chiné", hex: "#a3a3a0" },
  { label: "Anthracite", hex: "#3e4044" },
  { label: "Lilas", hex: "#b8a6d3" },
  { label: "Corail", hex: "#ee8a72" },
] as const;
export type ColourName = (typeof PRODUCT_COLOURS)[number]["label"];

const COLOUR_BY_LABEL = new Map<string, string>(PRODUCT_COLOURS.map((c) => [c.label.toLowerCase(), c.hex]));

/** Soft backdrops for garments too pale to stand out on their own tint. */
const PALE_BACKDROPS = ["#e8ded3", "#dfe6dc", "#dde3ea", "#eadbd8", "#e6e0ea"];

/** FNV-1a: a stable small hash so a key always gets the same variations. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Swatch of a colour name; an unknown name (admin-made SKU) gets a stable palette colour. */
export function colourHex(label: string | null | undefined): string {
  const known = label ? COLOUR_BY_LABEL.get(label.toLowerCase()) : undefined;
  return known ?? PRODUCT_COLOURS[hash(label ?? "") % PRODUCT_COLOURS.length]!.hex;
}

type Rgb = [number, number, number];
const toRgb = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
const mix = (a: string, b: string, amount: number) => {
  const [x, y] = [toRgb(a), toRgb(b)];
  return toHex(x.map((v, i) => v + (y[i]! - v) * amount) as Rgb);
};
const luma = (hex: string) => {
  const [r, g, b] = toRgb(hex);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

interface Tones {
  fill: string;
  shade: string;
  light: string;
  line: string;
}

function tonesOf(fill: string): Tones {
  const dark = luma(fill) < 0.25;
  return {
    fill,
    shade: mix(fill, "#000000", 0.16),
    light: mix(fill, "#ffffff", dark ? 0.22 : 0.35),
    // Outlines must show on black garments as well as on white ones.
    line: dark ? mix(fill, "#ffffff", 0.3) : mix(fill, "#000000", 0.42),
  };
}

/** The flat drawings, in a 400×500 canvas; `focus` is where the detail view zooms. */
interface Drawing {
  /** The silhouette: filled with the colour, clipped for patterns, outlined. */
  body: string;
  details(t: Tones): string;
  focus: [number, number];
  /** Bounds [left, top, right, bottom] of everything drawn, to centre and scale it in the frame. */
  box: [number, number, number, number];
}

const stroke = (d: string, colour: string, width = 3) =>
  `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
const shape = (d: string, colour: string, line?: string) =>
  `<path d="${d}" fill="${colour}"${line ? ` stroke="${line}" stroke-width="3" stroke-linejoin="round"` : ""}/>`;
const dots = (points: [number, number][], colour: string, r = 4) =>
  points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}"/>`).join("");

const DRAWINGS = {
  dress: {
    body: "M164 88 Q200 120 236 88 L258 96 Q248 150 240 208 L304 418 Q200 442 96 418 L160 208 Q152 150 142 96 Z",
    details: (t) =>
      stroke("M160 208 Q200 220 240 208", t.line) +
      stroke("M186 236 L168 420 M214 236 L232 420 M200 240 L200 428", t.shade, 2.5),
    focus: [200, 180],
    box: [96, 88, 304, 442],
  },
  slipDress: {
    body: "M166 132 Q200 146 234 132 Q248 172 240 208 L304 418 Q200 442 96 418 L160 208 Q152 172 166 132 Z",
    details: (t) =>
      stroke("M170 134 L164 86 M230 134 L236 86", t.line, 4) +
      stroke("M160 208 Q200 220 240 208", t.line) +
      stroke("M186 236 L168 420 M214 236 L232 420 M200 240 L200 428", t.shade, 2.5),
    focus: [200, 170],
    box: [96, 84, 304, 442],
  },
  skirt: {
    body: "M140 110 L260 110 L262 136 L314 404 Q200 428 86 404 L138 136 Z",
    details: (t) => shape("M140 110 L260 110 L262 136 L138 136 Z", t.shade, t.line) + stroke("M170 150 L150 412 M200 150 L200 420 M230 150 L250 412", t.shade, 2.5),
    focus: [200, 150],
    box: [86, 110, 314, 428],
  },
  shirt: {
    body: "M150 92 L112 104 Q92 112 86 140 L64 330 L104 338 L128 190 L132 424 L268 424 L272 190 L296 338 L336 330 L314 140 Q308 112 288 104 L250 92 Q200 118 150 92 Z",
    details: (t) =>
      shape("M150 92 L200 120 L176 148 L146 104 Z M250 92 L200 120 L224 148 L254 104 Z", t.light, t.line) +
      stroke("M200 122 L200 424", t.line, 2.5) +
      dots([[208, 166], [208, 214], [208, 262], [208, 310], [208, 358]], t.line) +
      stroke("M222 176 L256 176 L256 212 L222 212 Z", t.shade, 2.5) +
      stroke("M66 316 L106 324 M294 324 L334 316", t.line, 2.5),
    focus: [200, 140],
    box: [64, 92, 336, 424],
  },
  tshirt: {
    body: "M152 92 L100 112 L66 178 L112 198 L134 160 L134 418 L266 418 L266 160 L288 198 L334 178 L300 112 L248 92 Q200 130 152 92 Z",
    details: (t) => stroke("M152 92 Q200 130 248 92", t.shade, 8) + stroke("M72 166 L116 186 M284 186 L328 166", t.shade, 2.5),
    focus: [200, 130],
    box: [66, 92, 334, 418],
  },
  sweater: {
    body: "M155 92 L112 104 Q92 112 86 140 L66 320 L106 326 L130 190 L132 396 L268 396 L270 190 L294 326 L334 320 L314 140 Q308 112 288 104 L245 92 Q200 116 155 92 Z",
    details: (t) =>
      shape("M132 396 L268 396 L268 422 L132 422 Z M66 320 L106 326 L103 348 L63 342 Z M294 326 L334 320 L337 342 L297 348 Z", t.shade, t.line) +
      stroke("M155 92 Q200 116 245 92", t.shade, 9) +
      stroke("M200 140 q14 16 0 32 q-14 16 0 32 q14 16 0 32 q-14 16 0 32 q14 16 0 32 q-14 16 0 32", t.light, 5) +
      stroke("M150 402 L150 418 M170 402 L170 418 M190 402 L190 418 M210 402 L210 418 M230 402 L230 418 M250 402 L250 418", t.line, 2),
    focus: [200, 200],
    box: [63, 92, 337, 422],
  },
  trousers: {
    body: "M142 86 L258 86 L276 428 L214 428 L200 176 L186 428 L124 428 Z",
    details: (t) =>
      stroke("M142 106 L258 106", t.line) +
      stroke("M200 106 L200 170", t.line, 2.5) +
      stroke("M150 106 Q172 128 145 152 M250 106 Q228 128 255 152", t.line, 2.5) +
      stroke("M166 186 L156 424 M234 186 L244 424", t.shade, 2.5) +
      shape("M160 86 L168 86 L168 108 L160 108 Z M232 86 L240 86 L240 108 L232 108 Z", t.shade),
    focus: [200, 120],
    box: [124, 86, 276, 428],
  },
  shorts: {
    body: "M132 150 L268 150 L292 332 L214 344 L200 236 L186 344 L108 332 Z",
    details: (t) =>
      shape("M132 150 L268 150 L270 176 L130 176 Z", t.shade, t.line) +
      stroke("M190 176 Q186 196 178 204 M210 176 Q214 196 222 204", t.light, 3) +
      stroke("M112 318 L186 328 M214 328 L288 318", t.shade, 2.5),
    focus: [200, 190],
    box: [108, 150, 292, 344],
  },
  leggings: {
    body: "M152 86 L248 86 L256 430 L222 430 L202 170 L198 170 L178 430 L144 430 Z",
    details: (t) => shape("M152 86 L248 86 L249 114 L151 114 Z", t.shade, t.line) + stroke("M244 130 L254 420 M156 130 L146 420", t.light, 4),
    focus: [200, 130],
    box: [144, 86, 256, 430],
  },
  jacket: {
    body: "M152 90 L110 102 Q90 110 84 140 L64 340 L104 346 L126 200 L128 424 L272 424 L274 200 L296 346 L336 340 L316 140 Q310 110 290 102 L248 90 Z",
    details: (t) =>
      shape("M160 92 L200 232 L240 92 Z", "#f4f1ea") +
      shape("M156 90 L200 234 L182 168 L148 134 Z M244 90 L200 234 L218 168 L252 134 Z", t.shade, t.line) +
      stroke("M200 234 L200 424", t.line, 2.5) +
      dots([[210, 282], [210, 332]], t.line, 5) +
      stroke("M140 330 L182 330 M218 330 L260 330", t.line, 2.5),
    focus: [200, 170],
    box: [64, 90, 336, 424],
  },
  coat: {
    body: "M150 88 L108 100 Q88 108 82 140 L62 360 L102 366 L124 206 L122 462 L278 462 L276 206 L298 366 L338 360 L318 140 Q312 108 292 100 L250 88 Z",
    details: (t) =>
      shape("M162 90 L200 200 L238 90 Z", "#f4f1ea") +
      shape("M152 88 L200 204 L176 150 L138 126 Z M248 88 L200 204 L224 150 L262 126 Z", t.shade, t.line) +
      shape("M124 238 L276 238 L276 256 L124 256 Z", t.shade, t.line) +
      dots([[178, 288], [222, 288], [178, 336], [222, 336]], t.line, 5) +
      stroke("M200 256 L200 462", t.line, 2.5),
    focus: [200, 160],
    box: [62, 88, 338, 462],
  },
  sneaker: {
    body: "M84 346 Q80 304 104 292 L160 280 Q176 278 186 290 L204 306 Q222 318 252 320 L306 326 Q338 332 338 352 L338 356 L84 356 Z",
    details: (t) =>
      shape("M72 352 L342 352 Q352 352 352 364 L352 372 Q352 384 338 384 L86 384 Q70 384 70 368 Z", "#f7f5f0", "#8c8a85") +
      shape("M292 324 Q336 330 338 352 L300 352 Q300 336 292 324 Z", t.shade) +
      stroke("M176 292 L196 284 M186 304 L208 296", t.light, 5) +
      stroke("M84 352 L84 316 Q98 312 102 324 L106 352", t.line, 2.5) +
      stroke("M130 336 Q200 318 262 336", t.shade, 4),
    focus: [200, 320],
    box: [70, 278, 352, 384],
  },
  boot: {
    body: "M132 120 L214 120 L218 292 Q224 304 250 312 L312 330 Q338 338 338 362 L338 376 L124 376 L128 300 Z",
    details: (t) =>
      shape("M166 150 Q176 220 166 300 L198 300 Q188 220 198 150 Z", t.shade) +
      shape("M118 372 L344 372 L344 394 L118 394 Z", "#3a2e26") +
      shape("M120 394 L172 394 L170 412 L122 412 Z", "#3a2e26") +
      shape("M140 120 L140 96 L158 96 L158 120 Z", t.shade, t.line),
    focus: [230, 320],
    box: [118, 96, 344, 412],
  },
  loafer: {
    body: "M74 352 Q78 300 124 290 L206 284 Q272 282 320 308 Q344 324 342 352 Z",
    details: (t) =>
      shape("M66 350 L350 350 L350 370 Q350 380 338 380 L80 380 Q66 380 66 368 Z", "#3a2e26") +
      stroke("M206 290 Q250 286 296 306 Q300 328 260 334 Q220 336 206 318 Z", t.line, 2.5) +
      shape("M214 306 L262 306 L262 318 L214 318 Z", t.shade),
    focus: [250, 310],
    box: [66, 282, 350, 380],
  },
  bag: {
    body: "M104 214 Q104 204 114 204 L286 204 Q296 204 296 214 L314 408 Q316 424 300 424 L100 424 Q84 424 86 408 Z",
    details: (t) =>
      stroke("M150 204 Q150 120 200 120 Q250 120 250 204", t.shade, 14) +
      shape("M104 214 L296 214 L290 286 Q200 314 110 286 Z", t.shade, t.line) +
      shape("M190 292 L210 292 L210 310 L190 310 Z", "#d6b56b", "#9b7d3a"),
    focus: [200, 290],
    box: [86, 113, 314, 424],
  },
  crossbody: {
    body: "M112 250 Q112 238 124 238 L276 238 Q288 238 288 250 L296 396 Q296 410 282 410 L118 410 Q104 410 104 396 Z",
    details: (t) =>
      stroke("M122 244 L160 70 Q200 56 240 70 L278 244", t.shade, 5) +
      shape("M112 244 L288 244 L284 322 Q200 342 116 322 Z", t.shade, t.line) +
      `<circle cx="200" cy="326" r="8" fill="#d6b56b" stroke="#9b7d3a" stroke-width="2"/>`,
    focus: [200, 320],
    box: [104, 60, 296, 410],
  },
  bucket: {
    body: "M124 196 Q200 178 276 196 L300 392 Q302 420 272 422 L128 422 Q98 420 100 392 Z",
    details: (t) =>
      stroke("M138 200 Q200 96 262 200", t.shade, 10) +
      shape("M124 196 Q200 178 276 196 L278 214 Q200 198 122 214 Z", t.shade, t.line) +
      stroke("M140 214 L146 224 M170 206 L172 218 M200 204 L200 216 M230 206 L228 218 M260 214 L254 224", t.light, 3),
    focus: [200, 210],
    box: [100, 142, 302, 422],
  },
  backpack: {
    body: "M128 170 Q128 132 166 128 L234 128 Q272 132 272 170 L284 412 Q284 428 268 428 L132 428 Q116 428 116 412 Z",
    details: (t) =>
      stroke("M176 128 Q176 100 200 100 Q224 100 224 128", t.shade, 10) +
      shape("M128 170 Q200 126 272 170 L274 236 Q200 262 126 236 Z", t.shade, t.line) +
      shape("M146 296 L254 296 L256 396 Q256 404 248 404 L152 404 Q144 404 144 396 Z", t.shade, t.line) +
      stroke("M156 314 L244 314", t.line, 2.5),
    focus: [200, 300],
    box: [116, 92, 284, 428],
  },
  clutch: {
    body: "M82 236 L318 236 Q332 236 332 250 L332 350 Q332 364 318 364 L82 364 Q68 364 68 350 L68 250 Q68 236 82 236 Z",
    details: (t) =>
      shape("M70 242 Q72 236 82 236 L318 236 Q328 236 330 242 L200 318 Z", t.shade, t.line) +
      `<circle cx="200" cy="316" r="8" fill="#d6b56b" stroke="#9b7d3a" stroke-width="2"/>`,
    focus: [200, 300],
    box: [68, 236, 332, 364],
  },
  tote: {
    body: "M108 196 L292 196 L308 440 L92 440 Z",
    details: (t) =>
      stroke("M146 196 L146 120 Q146 100 166 100 Q186 100 186 120 L186 196 M214 196 L214 120 Q214 100 234 100 Q254 100 254 120 L254 196", t.shade, 9) +
      shape("M104 250 L296 250 L298 276 L102 276 Z", t.light) +
      stroke("M110 206 L290 206", t.line, 2),
    focus: [200, 220],
    box: [92, 96, 308, 440],
  },
  scarf: {
    body: "M160 80 Q200 70 240 80 L236 300 Q240 360 262 420 L226 428 Q212 370 206 320 L198 320 Q190 370 176 430 L140 422 Q160 360 164 300 Z",
    details: (t) =>
      stroke("M162 120 Q200 112 238 120 M163 160 Q200 152 237 160", t.light, 6) +
      stroke("M142 424 L136 446 M152 426 L148 448 M164 428 L160 450 M174 430 L172 452 M228 428 L230 450 M240 426 L244 448 M252 424 L258 446", t.line, 2.5),
    focus: [200, 140],
    box: [136, 72, 262, 452],
  },
  beanie: {
    body: "M116 330 Q112 170 200 160 Q288 170 284 330 Z",
    details: (t) =>
      shape("M108 300 L292 300 L292 352 Q200 364 108 352 Z", t.shade, t.line) +
      stroke("M132 306 L132 352 M156 306 L156 356 M180 306 L180 358 M204 306 L204 358 M228 306 L228 358 M252 306 L252 356 M276 306 L276 352", t.line, 2) +
      `<circle cx="200" cy="150" r="30" fill="${t.light}" stroke="${t.line}" stroke-width="3"/>`,
    focus: [200, 300],
    box: [108, 120, 292, 362],
  },
  linens: {
    body: "M112 196 L288 196 Q302 196 302 210 L302 250 Q302 264 288 264 L112 264 Q98 264 98 250 L98 210 Q98 196 112 196 Z",
    details: (t) =>
      shape("M104 262 L296 262 Q310 262 310 276 L310 318 Q310 332 296 332 L104 332 Q90 332 90 318 L90 276 Q90 262 104 262 Z", t.shade, t.line) +
      shape("M96 330 L304 330 Q318 330 318 344 L318 386 Q318 400 304 400 L96 400 Q82 400 82 386 L82 344 Q82 330 96 330 Z", t.fill, t.line) +
      shape("M228 190 L246 190 L246 404 L228 404 Z", "#efe9dd") +
      stroke("M110 248 L288 248 M102 316 L296 316 M96 384 L302 384", t.light, 2.5),
    focus: [236, 260],
    box: [82, 190, 318, 404],
  },
  cushion: {
    body: "M92 170 Q200 150 308 170 Q326 270 308 370 Q200 390 92 370 Q74 270 92 170 Z",
    details: (t) =>
      stroke("M104 182 Q200 164 296 182 Q312 270 296 358 Q200 376 104 358 Q88 270 104 182 Z", t.shade, 2.5) +
      stroke("M200 270 L120 196 M200 270 L280 196 M200 270 L120 344 M200 270 L280 344", t.shade, 2) +
      `<circle cx="200" cy="270" r="9" fill="${t.light}" stroke="${t.line}" stroke-width="3"/>`,
    focus: [200, 270],
    box: [78, 152, 322, 388],
  },
  hanger: {
    body: "M110 214 L290 214 L296 400 Q296 416 280 416 L120 416 Q104 416 104 400 Z",
    details: (t) =>
      stroke("M200 150 Q200 104 222 104 Q240 104 240 122 Q240 136 222 144 L200 156 L96 214 L304 214 Z", "#8c8a85", 5) +
      shape("M170 300 L230 300 L230 340 L170 340 Z", t.light, t.line),
    focus: [200, 220],
    box: [94, 102, 306, 416],
  },
} satisfies Record<string, Drawing>;

export type DrawingName = keyof typeof DRAWINGS;

/** The product noun a slug starts with decides the drawing ("robe-portefeuille…" → dress). */
const DRAWING_BY_NOUN: [string, DrawingName][] = [
  ["robe-a-bretelles", "slipDress"],
  ["robe", "dress"],
  ["jupe", "skirt"],
  ["chemise", "shirt"],
  ["chemisier", "shirt"],
  ["blouse", "shirt"],
  ["surchemise", "shirt"],
  ["t-shirt", "tshirt"],
  ["polo", "tshirt"],
  ["debardeur", "tshirt"],
  ["pull", "sweater"],
  ["gilet", "sweater"],
  ["cardigan", "sweater"],
  ["sweat", "sweater"],
  ["pantalon", "trousers"],
  ["jean", "trousers"],
  ["chino", "trousers"],
  ["salopette", "trousers"],
  ["legging", "leggings"],
  ["short", "shorts"],
  ["veste", "jacket"],
  ["blazer", "jacket"],
  ["blouson", "jacket"],
  ["manteau", "coat"],
  ["trench", "coat"],
  ["parka", "coat"],
  ["caban", "coat"],
  ["baskets", "sneaker"],
  ["tennis", "sneaker"],
  ["chaussures", "sneaker"],
  ["bottines", "boot"],
  ["boots", "boot"],
  ["mocassins", "loafer"],
  ["derbies", "loafer"],
  ["ballerines", "loafer"],
  ["sac-a-dos", "backpack"],
  ["sac-bandouliere", "crossbody"],
  ["sac-besace", "crossbody"],
  ["sac-seau", "bucket"],
  ["sac", "bag"],
  ["pochette", "clutch"],
  ["cabas", "tote"],
  ["tote-bag", "tote"],
  ["echarpe", "scarf"],
  ["foulard", "scarf"],
  ["bonnet", "beanie"],
  ["housse", "linens"],
  ["drap", "linens"],
  ["nappe", "linens"],
  ["serviette", "linens"],
  ["plaid", "linens"],
  ["coussin", "cushion"],
];

/** When the name says nothing we know, the category still does. */
const DRAWING_BY_CATEGORY: Record<string, DrawingName> = {
  robes: "dress",
  chemises: "shirt",
  pulls: "sweater",
  pantalons: "trousers",
  "vestes-manteaux": "jacket",
  chaussures: "sneaker",
  "sacs-accessoires": "bag",
  maison: "linens",
  sport: "leggings",
  enfant: "tshirt",
};

export function drawingFor(productSlug: string, category: string): DrawingName {
  const byNoun = DRAWING_BY_NOUN.find(([noun]) => productSlug === noun || productSlug.startsWith(`${noun}-`));
  return byNoun?.[1] ?? DRAWING_BY_CATEGORY[category] ?? "hanger";
}

type Pattern = "stripes" | "dots" | "checks";
const PATTERN_WORDS: [RegExp, Pattern][] = [
  [/-(raye|rayee|rayes|rayees|mariniere|a-rayures)(-|$)/, "stripes"],
  [/-(fleuri|fleurie|fleuris|fleuries|a-pois|imprime|imprimee|liberty)(-|$)/, "dots"],
  [/-(a-carreaux|vichy|ecossais|ecossaise|pied-de-poule)(-|$)/, "checks"],
];

function patternDefs(pattern: Pattern, t: Tones): string {
  const contrast = luma(t.fill) < 0.5 ? mix(t.fill, "#ffffff", 0.75) : mix(t.fill, "#000000", 0.45);
  const tiles: Record<Pattern, string> = {
    stripes: `<pattern id="p" width="24" height="24" patternUnits="userSpaceOnUse"><rect y="0" width="24" height="8" fill="${contrast}"/></pattern>`,
    dots: `<pattern id="p" width="28" height="28" patternUnits="userSpaceOnUse"><circle cx="7" cy="7" r="4" fill="${contrast}"/><circle cx="21" cy="21" r="4" fill="${contrast}"/></pattern>`,
    checks: `<pattern id="p" width="32" height="32" patternUnits="userSpaceOnUse"><rect width="16" height="32" fill="${contrast}" opacity=".35"/><rect width="32" height="16" fill="${contrast}" opacity=".35"/></pattern>`,
  };
  return tiles[pattern];
}

/** What the route knows about the product behind a key. */
export interface ProductImageSubject {
  productSlug: string;
  category: string;
  /** The product's SKU colour names in display order (may be empty). */
  colours: readonly string[];
}

export type ImageView = "front" | "detail" | "styled";
const VIEWS: ImageView[] = ["front", "detail", "styled"];

/**
 * Image n shows the n-th colour from the front while there are colours left, otherwise the
 * front, a close-up and a styled shot in turn, like a photographer's set.
 */
export function imageComposition(index: number, colours: readonly string[]): { colour: string | null; view: ImageView } {
  const position = index - 1;
  const colour = colours.length > 0 ? (colours[position % colours.length] ?? null) : null;
  const view = colours.length > 1 && index <= colours.length ? "front" : VIEWS[position % VIEWS.length]!;
  return { colour, view };
}

/**
 * Two products of one type are not drawn identically: the slug seeds the proportions (a bit
 * wider or narrower, longer or shorter) and a trim (none, one band, two thin bands) clipped to
 * the silhouette. Every picture of one product gets the same, only the colour changes.
 */
function variety(productSlug: string, { box }: Drawing) {
  const seed = hash(`shape:${productSlug}`);
  const sx = 0.86 + (seed % 7) * 0.04;
  const sy = 0.92 + ((seed >>> 3) % 5) * 0.04;
  const [left, top, right, bottom] = box;
  const [cx, cy] = [(left + right) / 2, (top + bottom) / 2];
  const scaled: Drawing["box"] = [cx + (left - cx) * sx, cy + (top - cy) * sy, cx + (right - cx) * sx, cy + (bottom - cy) * sy];
  const trim = (seed >>> 6) % 3;
  const at = top + (bottom - top) * (0.55 + ((seed >>> 8) % 5) * 0.06);
  const band = (y: number, height: number, colour: string) => `<rect x="0" y="${Math.round(y)}" width="400" height="${height}" fill="${colour}" clip-path="url(#b)"/>`;
  return {
    box: scaled,
    point: ([x, y]: [number, number]): [number, number] => [cx + (x - cx) * sx, cy + (y - cy) * sy],
    transform: `translate(${cx} ${cy}) scale(${sx.toFixed(2)} ${sy.toFixed(2)}) translate(${-cx} ${-cy})`,
    trim: (t: Tones) => (trim === 1 ? band(at, 16, t.light) : trim === 2 ? band(at, 5, t.line) + band(at + 12, 5, t.line) : ""),
  };
}

/** Scales a drawing to fill the frame's stage (at most 1.6×) and centres it. */
function placement({ box: [left, top, right, bottom] }: Pick<Drawing, "box">) {
  const scale = Math.min(300 / (right - left), 380 / (bottom - top), 1.6);
  const dx = 200 - ((left + right) / 2) * scale;
  const dy = 245 - ((top + bottom) / 2) * scale;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    transform: `translate(${round(dx)} ${round(dy)}) scale(${round(scale)})`,
    at: ([x, y]: [number, number]): [number, number] => [round(x * scale + dx), round(y * scale + dy)],
  };
}

/** A standalone SVG, `width` pixels wide at 4:5, for the image `key` of `subject`. */
export function productImageSvg(key: string, subject: ProductImageSubject, width: number = 480): string {
  const index = Number(/-(\d+)$/.exec(key)?.[1] ?? 1);
  const { colour, view } = imageComposition(index, subject.colours);
  const fill = colourHex(colour ?? subject.productSlug);
  const tones = tonesOf(fill);
  const drawing: Drawing = DRAWINGS[drawingFor(subject.productSlug, subject.category)];
  const pattern = PATTERN_WORDS.find(([words]) => words.test(subject.productSlug))?.[1];
  const backdrop =
    luma(fill) > 0.72 ? PALE_BACKDROPS[hash(subject.productSlug) % PALE_BACKDROPS.length]! : mix(fill, "#ffffff", 0.84);

  const varied = variety(subject.productSlug, drawing);
  const place = placement(varied);
  const [focusX, focusY] = place.at(varied.point(drawing.focus));
  const [, groundY] = place.at([0, varied.box[3]]);
  const viewTransform = {
    front: "",
    detail: `translate(200 250) scale(1.6) translate(${-focusX} ${-focusY})`,
    styled: "rotate(-6 200 250) translate(20 25) scale(0.9)",
  }[view];
  const scenery = {
    front: `<ellipse cx="200" cy="${groundY + 10}" rx="130" ry="10" fill="#000" opacity=".07"/>`,
    detail: "",
    styled: `<circle cx="200" cy="236" r="176" fill="${mix(backdrop, "#ffffff", 0.45)}"/>`,
  }[view];

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.round(width * IMAGE_ASPECT)}" viewBox="0 0 400 500">`,
    `<defs><clipPath id="b"><path d="${drawing.body}"/></clipPath>${pattern ? patternDefs(pattern, tones) : ""}</defs>`,
    `<rect width="400" height="500" fill="${view === "detail" ? mix(backdrop, "#000000", 0.04) : backdrop}"/>`,
    scenery,
    `<g${viewTransform ? ` transform="${viewTransform}"` : ""}><g transform="${place.transform}"><g transform="${varied.transform}">`,
    shape(drawing.body, fill),
    pattern ? `<rect width="400" height="500" fill="url(#p)" clip-path="url(#b)"/>` : varied.trim(tones),
    stroke(drawing.body, tones.line),
    drawing.details(tones),
    `</g></g></g></svg>`,
  ].join("");
}
