import { productImageSrcSet, productImageUrl } from "@/lib/catalog/images";

/**
 * AVIF with a WebP fallback at responsive widths, sized 4:5 so nothing shifts while loading.
 * `priority` marks the page's largest image (LCP): eager and high fetch priority.
 */
export function ProductImage({
  imageKey,
  alt,
  sizes,
  priority = false,
  className = "",
}: {
  imageKey: string;
  alt: string;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    <picture>
      <source type="image/avif" srcSet={productImageSrcSet(imageKey, "avif")} sizes={sizes} />
      <img
        src={productImageUrl(imageKey, 480, "webp")}
        srcSet={productImageSrcSet(imageKey, "webp")}
        sizes={sizes}
        alt={alt}
        width={480}
        height={600}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : "auto"}
        decoding="async"
        className={`aspect-[4/5] h-auto w-full bg-stone-100 object-cover ${className}`}
      />
    </picture>
  );
}
