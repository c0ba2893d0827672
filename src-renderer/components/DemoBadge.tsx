/** Marks generated demo data so it is never mistaken for a real athlete's. */
export function DemoBadge() {
  return (
    <span className="badge demo" title="Generated demo data">
      DEMO
    </span>
  );
}
