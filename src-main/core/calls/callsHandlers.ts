import { AppError } from '../../contract/errors';
import type { PartialHandlers } from '../api/handlers';
import type { TelephonySimulator } from '../telephony/simulatorAdapter';
import type { CallsService } from './callsService';

export function callsHandlers(deps: {
  calls: CallsService;
  simulator: TelephonySimulator | null;
  /** A customer's first phone, for a simulated call from them. */
  phoneOf: (customerId: string) => string | null;
  testControls: boolean;
}): PartialHandlers {
  const { calls } = deps;
  const testOnly = () => new AppError('FORBIDDEN', 'Test controls are off. Start the web host with --test-controls to use them.', { reason: 'test-controls' });
  return {
    'calls.dial': ({ number, customerId }) => calls.dial(number, customerId),
    'calls.answer': ({ id }) => calls.answer(id),
    'calls.reject': ({ id }) => calls.reject(id),
    'calls.hangUp': ({ id }) => calls.hangUp(id),
    'calls.hold': ({ id }) => calls.hold(id),
    'calls.resume': ({ id }) => calls.resume(id),
    'calls.mute': ({ id, muted }) => calls.mute(id, muted),
    'calls.transfer': ({ id, target }) => calls.transfer(id, target),
    'calls.dtmf': ({ id, digits }) => calls.sendDtmf(id, digits),
    'calls.wrapUp': (input) => calls.wrapUp(input),
    'calls.link': ({ id, ...links }) => calls.link(id, links),
    'calls.get': ({ id }) => calls.get(id),
    'calls.live': () => ({ items: calls.live() }),
    'calls.recent': ({ limit }) => ({ items: calls.recent(limit) }),
    'calls.screenPop': ({ number }) => calls.screenPop(number),
    'agent.status': () => calls.status(),
    'agent.setStatus': ({ status }) => calls.setStatus(status),
    'agent.statusTotals': ({ from, to }) => ({ totals: calls.statusTotals(from, to) }),
    'test.simulateCall': ({ customerId, number }) => {
      if (!deps.testControls || !deps.simulator) throw testOnly();
      if (!calls.canRing()) throw new AppError('CONFLICT', 'The agent is not available: simulated calls do not ring.', { reason: 'agent-unavailable' });
      const from = number ?? (customerId ? deps.phoneOf(customerId) : null);
      if (customerId && !from) throw new AppError('NOT_FOUND', 'That customer has no phone number.', { id: customerId });
      const before = new Set(calls.live().map((c) => c.id));
      deps.simulator.ringIn(from ?? undefined);
      const rang = calls.live().find((c) => !before.has(c.id));
      if (!rang) throw new AppError('INTERNAL', 'The simulated call did not ring.');
      return { id: rang.id };
    },
    'test.customerHangsUp': ({ id }) => {
      if (!deps.testControls || !deps.simulator) throw testOnly();
      calls.get(id);
      deps.simulator.customerHangsUp(calls.adapterIdOf(id));
      return { ok: true };
    },
  };
}
