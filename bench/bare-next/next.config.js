/** A default Next.js configuration: only the output folder is the bench's (docs/benchmarks.md). */
export default { distDir: ".next-bench" };
