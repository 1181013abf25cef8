import { AppError } from '../../contract/errors';
import type { PartialHandlers } from '../api/handlers';
import type { ConversationService } from './conversationService';
import type { ChannelSimulator } from './simulator';
import type { WorkspaceService } from './workspaceService';

export function workspaceHandlers(deps: {
  conversations: ConversationService;
  workspace: WorkspaceService;
  simulator: ChannelSimulator;
  /** Present only when the host was started with test controls. */
  advanceClock: ((ms: number) => number) | null;
}): PartialHandlers {
  const { conversations: c, workspace: w } = deps;
  const testOnly = () => new AppError('FORBIDDEN', 'Test controls are off. Start the web host with --test-controls to use them.', { reason: 'test-controls' });
  return {
    'inbox.list': ({ channels, categories }) => c.inbox(channels, categories),
    'inbox.count': () => c.inboxCount(),
    'interactions.send': (input) => c.send(input),
    'interactions.attachment': ({ messageId, attachmentId }) => c.attachment(messageId, attachmentId),
    'interactions.update': ({ id, category, status }) => c.update(id, category, status),
    'interactions.markRead': ({ id }) => c.markRead(id),
    'interactions.linkCustomer': ({ id, customerId }) => c.linkCustomer(id, customerId),
    'outbox.retry': ({ messageId }) => c.retry(messageId),
    'drafts.get': ({ interactionId }) => w.getDraft(interactionId),
    'drafts.save': (d) => w.saveDraft(d),
    'drafts.discard': ({ interactionId }) => w.discardDraft(interactionId),
    'tabs.list': () => w.listTabs(),
    'tabs.open': ({ kind, refId }) => w.openTab(kind, refId),
    'tabs.close': ({ id }) => w.closeTab(id),
    'tabs.move': ({ id, position }) => w.moveTab(id, position),
    'tabs.pin': ({ id, pinned }) => w.pinTab(id, pinned),
    'tabs.setState': ({ id, state }) => w.setTabState(id, state),
    'notes.list': (by) => w.listNotes(by),
    'notes.save': (n) => w.saveNote(n),
    'notes.delete': ({ id }) => w.deleteNote(id),
    'notes.versions': ({ id }) => w.noteVersions(id),
    'test.advanceClock': ({ ms }) => {
      if (!deps.advanceClock) throw testOnly();
      return { now: deps.advanceClock(ms) };
    },
    'test.simulateInbound': (opts) => {
      if (!deps.advanceClock) throw testOnly();
      const interactionId = deps.simulator.inboundNow(opts);
      if (!interactionId) throw new AppError('NOT_FOUND', 'The simulator has nothing to send (no word pools).');
      return { interactionId };
    },
  };
}
