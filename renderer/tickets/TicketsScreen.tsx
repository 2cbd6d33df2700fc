// Screen wired into the navigation; its content is being built.
export function TicketsScreen() {
  return (
    <section className="screen">
      <h1>Tickets</h1>
    </section>
  );
}
