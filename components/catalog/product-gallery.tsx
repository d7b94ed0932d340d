import { getTranslations } from "next-intl/server";
import { ProductImage } from "./product-image";

/**
 * Swipeable on phones (CSS scroll-snap, no JavaScript), where it is a compact column beside the
 * title (the next picture peeks out); stacked thumbnails-free on desktop. The first picture is
 * the chosen colour's (lib/catalog/variants.ts, imagesForColour).
 */
export async function ProductGallery({ name, images }: { name: string; images: string[] }) {
  const t = await getTranslations("product");
  return (
    <section>
      {/* Focusable so keyboard users can scroll the strip with the arrow keys (WCAG 2.1.1). */}
      <ul tabIndex={0} aria-label={t("gallery", { name })} className="scrollbar-none flex snap-x snap-mandatory gap-2 overflow-x-auto md:grid md:grid-cols-1 md:overflow-visible">
        {images.map((key, index) => (
          <li key={key} className={`${images.length > 1 ? "w-[88%]" : "w-full"} shrink-0 snap-start md:w-full`}>
            <ProductImage
              imageKey={key}
              alt={t("image", { name, index: index + 1 })}
              sizes="(min-width: 768px) 50vw, 36vw"
              priority={index === 0}
              className="rounded-lg"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
