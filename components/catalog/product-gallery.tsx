import { getTranslations } from "next-intl/server";
import { ProductImage } from "./product-image";

/** Swipeable on phones (CSS scroll-snap, no JavaScript), stacked thumbnails-free on desktop. */
export async function ProductGallery({ name, images }: { name: string; images: string[] }) {
  const t = await getTranslations("product");
  return (
    <section>
      {/* Focusable so keyboard users can scroll the strip with the arrow keys (WCAG 2.1.1). */}
      <ul tabIndex={0} aria-label={t("gallery", { name })} className="scrollbar-none flex snap-x snap-mandatory gap-2 overflow-x-auto md:grid md:grid-cols-1 md:overflow-visible">
        {images.map((key, index) => (
          <li key={key} className="w-[85%] shrink-0 snap-center md:w-full">
            <ProductImage
              imageKey={key}
              alt={t("image", { name, index: index + 1 })}
              sizes="(min-width: 768px) 50vw, 85vw"
              priority={index === 0}
              className="rounded-lg"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
