import type { PartialHandlers } from '../api/handlers';
import type { CustomersService } from './customersService';

export function customersHandlers(service: CustomersService): PartialHandlers {
  return {
    'customers.list': ({ query, offset, limit }) => service.list(query, offset, limit),
    'customers.get': ({ id }) => service.get(id),
    'customers.create': (input) => service.create(input),
    'customers.timeline': ({ customerId, limit, before }) => service.timeline(customerId, limit, before),
  };
}
