import type Database from 'better-sqlite3';
import { AppError } from '../../contract/errors';
import type { CustomersRepo } from '../customers/customersRepo';
import type { Clock } from '../shared/clock';
import type { IdGenerator } from '../shared/ids';
import type { OrderRow, OrdersRepo } from './ordersRepo';

type OrderStatus = 'pending-payment' | 'paid' | 'shipped' | 'delivered' | 'completed' | 'cancelled' | 'return-requested' | 'refunded';

function toOrder(row: OrderRow) {
  return {
    id: row.id,
    number: row.number,
    orderedAt: row.ordered_at,
    itemsSummary: row.items_summary,
    amountCents: row.amount_cents,
    currency: row.currency,
    status: row.status as OrderStatus,
    carrier: row.carrier,
    trackingNumber: row.tracking_number,
  };
}

/** Orders kept locally: entered by hand or imported, tracked through shipping and returns. */
type NewOrder = { customerId: string; number: string; orderedAt: number; itemsSummary: string; amountCents: number; currency: string; status: OrderStatus; carrier: string | null; trackingNumber: string | null };

export function createOrdersService(deps: { db: Database.Database; orders: OrdersRepo; customers: CustomersRepo; clock: Clock; newId: IdGenerator }) {
  const createInTransaction = deps.db.transaction((o: NewOrder) => {
        if (!deps.customers.findCustomerById(o.customerId)) throw new AppError('NOT_FOUND', `No customer with id ${o.customerId}.`, { id: o.customerId });
        if (deps.orders.findOrderIdByNumber(o.number)) {
          throw new AppError('CONFLICT', `An order numbered ${o.number} already exists.`, { issues: [{ path: ['number'], code: 'duplicate', message: 'order number already exists' }] });
        }
        const id = deps.newId();
        deps.customers.insertOrder({ ...o, id, carrier: o.carrier || null, trackingNumber: o.trackingNumber || null, now: deps.clock.now() });
        return toOrder(deps.orders.findOrderById(id)!);
  });
  return {
    create: (o: NewOrder) => createInTransaction(o),
    update(p: { id: string; status: OrderStatus; carrier?: string | null; trackingNumber?: string | null }) {
      const row = deps.orders.findOrderById(p.id);
      if (!row) throw new AppError('NOT_FOUND', `No order with id ${p.id}.`, { id: p.id });
      deps.orders.updateOrderStatus({
        id: p.id,
        status: p.status,
        carrier: p.carrier === undefined ? row.carrier : p.carrier || null,
        tracking_number: p.trackingNumber === undefined ? row.tracking_number : p.trackingNumber || null,
        now: deps.clock.now(),
      });
      return toOrder(deps.orders.findOrderById(p.id)!);
    },
  };
}
export type OrdersService = ReturnType<typeof createOrdersService>;
