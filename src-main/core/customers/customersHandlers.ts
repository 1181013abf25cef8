import type { PartialHandlers } from '../api/handlers';
import type { Auditor, ViewAuditor } from '../audit/auditRepo';
import type { EventBus } from '../events';
import type { Clock } from '../shared/clock';
import { exportCustomers } from './customerExport';
import type { CustomersService } from './customersService';

export function customersHandlers(service: CustomersService, events: EventBus, audit: Auditor, views: ViewAuditor, clock: Clock): PartialHandlers {
  const changed = <T>(ids: string[], value: T): T => {
    events.emit('customers.changed', { ids });
    return value;
  };
  return {
    'customers.list': ({ query, filters, offset, limit }) => service.list(query, filters, offset, limit),
    'customers.facets': () => service.facets(),
    'customers.get': ({ id }) => {
      const customer = service.get(id);
      views.viewed('customer', id);
      return customer;
    },
    'customers.create': (input) => {
      const created = service.create(input);
      audit('customer.create', 'customer', created.id);
      return changed([created.id], created);
    },
    'customers.update': ({ id, customer }) => {
      const updated = service.update(id, customer);
      audit('customer.update', 'customer', id);
      return changed([id], updated);
    },
    'customers.setMembership': ({ customerId, membership }) => {
      const updated = service.setMembership(customerId, membership);
      audit('customer.membership', 'customer', customerId);
      return changed([customerId], updated);
    },
    'customers.findDuplicates': ({ phones, emails, excludeId }) => service.findDuplicates(phones, emails, excludeId),
    'customers.duplicateGroups': ({ limit }) => service.duplicateGroups(limit),
    'customers.merge': ({ keepId, mergeId }) => changed([keepId, mergeId], service.merge(keepId, mergeId)),
    'customers.erase': ({ id }) => changed([id], service.erase(id)),
    'customers.export': (params) => exportCustomers(service, audit, params, clock.now()),
    'customers.timeline': ({ customerId, limit, before, channels }) => service.timeline(customerId, limit, before, channels),
  };
}
