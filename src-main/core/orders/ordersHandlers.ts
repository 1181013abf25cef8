import type { PartialHandlers } from '../api/handlers';
import type { EventBus } from '../events';
import type { OrdersService } from './ordersService';

export function ordersHandlers(service: OrdersService, events: EventBus): PartialHandlers {
  return {
    'orders.create': (input) => {
      const order = service.create(input);
      events.emit('customers.changed', { ids: [input.customerId] });
      return order;
    },
    'orders.update': (input) => service.update(input),
  };
}
