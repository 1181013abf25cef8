import { MAX_ATTACHMENT_BYTES } from '../../contract/cases';
import { AppError } from '../../contract/errors';
import type { PartialHandlers } from '../api/handlers';
import type { CasesService } from './casesService';

export function casesHandlers(cases: CasesService): PartialHandlers {
  return {
    'cases.create': (input) => cases.create(input),
    'cases.get': ({ id }) => cases.get(id),
    'cases.list': (filters) => cases.list(filters),
    'cases.update': ({ id, patch }) => cases.update(id, patch),
    'cases.transition': (input) => cases.transition(input),
    'cases.link': ({ id, interactionId, orderId, unlink }) => {
      if (!interactionId && !orderId) throw new AppError('VALIDATION', 'Name an interaction or an order to link.', { issues: [{ path: ['interactionId'], code: 'custom', message: 'required' }] });
      return cases.link(id, { interactionId, orderId }, unlink);
    },
    'cases.handOff': (input) => cases.handOff(input),
    'cases.replyHandoff': (input) => cases.replyHandoff(input),
    'cases.overdueHandoffs': () => cases.overdueHandoffs(),
    'cases.attach': ({ caseId, name, dataBase64 }) => {
      const data = Buffer.from(dataBase64, 'base64');
      if (data.length === 0) throw new AppError('VALIDATION', 'The file is empty.', { reason: 'attachment-empty', issues: [{ path: ['dataBase64'], code: 'custom', message: 'empty' }] });
      if (data.length > MAX_ATTACHMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `An attachment may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`, { reason: 'attachment-too-large', limit: MAX_ATTACHMENT_BYTES });
      return cases.attach(caseId, name, data);
    },
    'cases.attachment': ({ id }) => cases.attachment(id),
    'cases.removeAttachment': ({ id }) => cases.removeAttachment(id),
  };
}
