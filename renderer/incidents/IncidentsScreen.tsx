// Screen wired into the navigation; its content is being built.
export function IncidentsScreen() {
  return (
    <section className="screen">
      <h1>Incidents</h1>
    </section>
  );
}
