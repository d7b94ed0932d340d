import { LegalPageView, legalPageMetadata } from "@/components/legal/legal-page";

type Props = { params: Promise<{ locale: string }> };

// Rendered on the first request, then cached like the other static pages (docs/legal-pages.md).
export function generateStaticParams() {
  return [];
}

export const generateMetadata = ({ params }: Props) => legalPageMetadata("mentions-legales", params);

export default function Page({ params }: Props) {
  return <LegalPageView page="mentions-legales" params={params} />;
}
