// Screen wired into the navigation; its content is being built.
export function OrdersScreen() {
  return (
    <section className="screen">
      <h1>Orders</h1>
    </section>
  );
}
