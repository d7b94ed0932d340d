export default function Page() {
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>Nothing but the framework: the floor for LCP, TBT and JavaScript in the same bench run.</p>
    </main>
  );
}
