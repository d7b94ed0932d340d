/** The bare Next.js page the bench compares the storefront's pages with (docs/benchmarks.md). */
export const metadata = { title: "Bare Next.js page", description: "The framework floor the storefront is measured against." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
