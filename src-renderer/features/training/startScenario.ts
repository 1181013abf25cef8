import { call } from '../../api/client';
import { hrefFor } from '../../app/route';

/** Starts a fresh session of a scenario and opens it; the caller shows any error. */
export async function startScenario(scenarioId: string): Promise<void> {
  const session = await call('training.start', { scenarioId });
  location.hash = hrefFor({ page: 'training', view: null, sessionId: session.id });
}
