import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  colourHex,
  drawingFor,
  imageComposition,
  parseProductImageFile,
  PRODUCT_COLOURS,
  productImageSrcSet,
  productImageSvg,
  productImageUrl,
} from "./images";

const dress = { productSlug: "robe-portefeuille-en-lin", category: "robes", colours: ["Terracotta", "Noir"] };

describe("product image URLs", () => {
  it("builds one URL per width and format", () => {
    expect(productImageUrl("robe-portefeuille-en-lin-1", 480, "avif")).toBe("/images/products/robe-portefeuille-en-lin-1-480.avif");
    expect(productImageSrcSet("robe-1", "webp")).toBe(
      "/images/products/robe-1-160.webp 160w, /images/products/robe-1-320.webp 320w, /images/products/robe-1-480.webp 480w, " +
        "/images/products/robe-1-640.webp 640w, /images/products/robe-1-960.webp 960w",
    );
  });

  it("parses the file names it builds, including slugs ending in a number", () => {
    expect(parseProductImageFile("robe-portefeuille-en-lin-2-1-640.webp")).toEqual({
      key: "robe-portefeuille-en-lin-2-1",
      productSlug: "robe-portefeuille-en-lin-2",
      index: 1,
      width: 640,
      format: "webp",
    });
  });

  it("parses an imported picture's file name (its fingerprint after the number)", () => {
    expect(parseProductImageFile("robe-lina-2-2-0123456789abcdef-320.avif")).toEqual({
      key: "robe-lina-2-2-0123456789abcdef",
      productSlug: "robe-lina-2",
      index: 2,
      width: 320,
      format: "avif",
      pictureId: "0123456789abcdef",
    });
  });

  it.each([
    "robe-1-500.avif", // not an offered width
    "robe-1-480.png",
    "robe-480.avif", // no image number
    "Robe-1-480.avif",
    "../robe-1-480.avif",
    "robe--1-480.avif",
    "robe-1-0123456789ABCDEF-480.avif", // fingerprints are lower-case hex
    "robe-1-0123456789abcde-480.avif", // 15 characters
    `${"a".repeat(300)}-1-480.avif`,
  ])("refuses %s", (file) => {
    expect(parseProductImageFile(file)).toBeNull();
  });
});

describe("productImageSvg", () => {
  it("is deterministic, 4:5 at the requested width", () => {
    const svg = productImageSvg("robe-portefeuille-en-lin-1", dress, 320);
    expect(productImageSvg("robe-portefeuille-en-lin-1", dress, 320)).toBe(svg);
    expect(svg).toMatch(/^<svg [^>]*width="320" height="400"/);
    expect(svg).toContain(colourHex("Terracotta"));
  });

  it("shows each colour in turn, then other views", () => {
    expect(imageComposition(1, ["Noir", "Camel"])).toEqual({ colour: "Noir", view: "front" });
    expect(imageComposition(2, ["Noir", "Camel"])).toEqual({ colour: "Camel", view: "front" });
    expect(imageComposition(3, ["Noir", "Camel"])).toEqual({ colour: "Noir", view: "styled" });
    expect(imageComposition(2, ["Noir"])).toEqual({ colour: "Noir", view: "detail" });
    expect(imageComposition(1, [])).toEqual({ colour: null, view: "front" });
    expect(productImageSvg("robe-portefeuille-en-lin-2", dress)).toContain(colourHex("Noir"));
  });

  it("draws the product type named by the slug, else the category's", () => {
    expect(drawingFor("robe-chemise-en-lin", "robes")).toBe("dress");
    expect(drawingFor("chemise-oxford-en-coton-bio", "chemises")).toBe("shirt");
    expect(drawingFor("t-shirt-enfant-raye-en-coton-bio", "enfant")).toBe("tshirt");
    expect(drawingFor("drap-housse-uni-en-lin-lave", "maison")).toBe("linens");
    expect(drawingFor("sacoche-vintage", "sacs-accessoires")).toBe("bag");
    expect(drawingFor("sac-a-main-en-cuir", "sacs-accessoires")).toBe("bag");
    // A clutch has no handle; a backpack, a crossbody and a bucket bag are drawn as such.
    expect(drawingFor("pochette-enveloppe-en-daim", "sacs-accessoires")).toBe("clutch");
    expect(drawingFor("sac-a-dos-en-cuir", "sacs-accessoires")).toBe("backpack");
    expect(drawingFor("sac-besace-en-daim", "sacs-accessoires")).toBe("crossbody");
    expect(drawingFor("sac-seau-en-cuir", "sacs-accessoires")).toBe("bucket");
    expect(drawingFor("objet-mystere", "inconnue")).toBe("hanger");
  });

  it("does not draw two products of one type alike, but draws every colour of one product alike", () => {
    const shapeOf = (svg: string) => svg.replaceAll(/#[0-9a-f]{6}/g, "");
    const [a, b] = ["robe-droite-en-lin", "robe-smockee-en-crepe"].map((slug) => productImageSvg(`${slug}-1`, { productSlug: slug, category: "robes", colours: ["Noir"] }));
    expect(shapeOf(a!)).not.toBe(shapeOf(b!));
    const colours = ["Noir", "Camel"];
    const [noir, camel] = [1, 2].map((n) => productImageSvg(`robe-droite-en-lin-${n}`, { productSlug: "robe-droite-en-lin", category: "robes", colours }));
    expect(shapeOf(noir!)).toBe(shapeOf(camel!));
    expect(noir).not.toBe(camel);
  });

  it("has a swatch for every catalog colour and a stable one for unknown names", () => {
    for (const { label, hex } of PRODUCT_COLOURS) expect(colourHex(label)).toBe(hex);
    expect(colourHex("Fuchsia")).toBe(colourHex("Fuchsia"));
    expect(colourHex("Fuchsia")).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("renders to a real image", async () => {
    const svg = productImageSvg("echarpe-a-carreaux-en-laine-3", { productSlug: "echarpe-a-carreaux-en-laine", category: "sacs-accessoires", colours: ["Rouge"] }, 160);
    const { info } = await sharp(Buffer.from(svg)).webp().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([160, 200]);
  });
});
