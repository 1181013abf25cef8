import type Database from 'better-sqlite3';

export interface OrderRow {
  id: string;
  customer_id: string;
  number: string;
  ordered_at: number;
  items_summary: string;
  amount_cents: number;
  currency: string;
  status: string;
  carrier: string | null;
  tracking_number: string | null;
}

export function createOrdersRepo(db: Database.Database) {
  const byId = db.prepare('SELECT * FROM orders WHERE id = ?');
  const byNumber = db.prepare('SELECT id FROM orders WHERE number = ?').pluck();
  const update = db.prepare(`
    UPDATE orders SET status = @status, carrier = @carrier, tracking_number = @tracking_number, updated_at = @now WHERE id = @id`);
  return {
    findOrderById: (id: string) => byId.get(id) as OrderRow | undefined,
    findOrderIdByNumber: (number: string) => byNumber.get(number) as string | undefined,
    updateOrderStatus: (row: { id: string; status: string; carrier: string | null; tracking_number: string | null; now: number }) => update.run(row),
  };
}
export type OrdersRepo = ReturnType<typeof createOrdersRepo>;
