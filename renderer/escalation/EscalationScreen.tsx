// Screen wired into the navigation; its content is being built.
export function EscalationScreen() {
  return (
    <section className="screen">
      <h1>Escalation</h1>
    </section>
  );
}
