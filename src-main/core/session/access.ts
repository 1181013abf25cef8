import type { MethodName } from '../../contract/methods';

/**
 * Who may call what. public: before sign-in (the sign-in screen); read: anyone signed in (a trainee
 * at the live desk sees contact details masked); ui: anyone signed in, changes only the window's own
 * state (tabs); write: agents and supervisors, and trainees inside the training workspace;
 * supervisor: bulk or irreversible access to customers' data and to other people's profiles.
 * A Record over every method name: a new method does not compile until its access is decided.
 */
export type Access = 'public' | 'read' | 'ui' | 'write' | 'supervisor';

export const METHOD_ACCESS: Record<MethodName, Access> = {
  'app.info': 'public',
  'settings.get': 'public',
  'settings.update': 'write',
  'session.current': 'public',
  'session.signIn': 'public',
  'session.signOut': 'public',
  'session.setMode': 'ui',
  'profiles.list': 'public',
  'profiles.create': 'supervisor',
  'profiles.update': 'supervisor',
  // Own PIN for anyone signed in; the service refuses another's unless a supervisor asks.
  'profiles.setPin': 'ui',
  'profiles.unlock': 'supervisor',
  'profiles.remove': 'supervisor',
  'trainingWorkspace.reset': 'supervisor',
  'audit.list': 'supervisor',
  'audit.export': 'supervisor',

  // Practice is for everyone signed in (trainees above all); it never touches customers.
  'training.scenarios': 'ui',
  'training.scenario': 'ui',
  'training.exportScenario': 'ui',
  'training.rubric': 'ui',
  'training.start': 'ui',
  'training.reply': 'ui',
  'training.stop': 'ui',
  // Own sessions and progress for anyone; another profile's only for a supervisor (checked in the service).
  'training.session': 'ui',
  'training.sessions': 'ui',
  'training.progress': 'ui',
  'training.saveScenario': 'supervisor',
  'training.removeScenario': 'supervisor',
  'training.importScenario': 'supervisor',
  'training.saveRubric': 'supervisor',
  'training.comment': 'supervisor',
  'training.assign': 'supervisor',
  'training.assignments': 'supervisor',
  'training.team': 'supervisor',

  'customers.list': 'read',
  'customers.facets': 'read',
  'customers.get': 'read',
  'customers.create': 'write',
  'customers.update': 'write',
  'customers.setMembership': 'write',
  'customers.findDuplicates': 'read',
  'customers.duplicateGroups': 'read',
  'customers.merge': 'write',
  'customers.erase': 'supervisor',
  'customers.export': 'supervisor',
  'customers.timeline': 'read',
  'orders.create': 'write',
  'orders.update': 'write',
  'imports.begin': 'supervisor',
  'imports.append': 'supervisor',
  'imports.preview': 'supervisor',
  'imports.commit': 'supervisor',
  'imports.cancel': 'supervisor',
  'search.query': 'read',

  'scripts.list': 'read',
  'scripts.get': 'read',
  'scripts.create': 'write',
  'scripts.update': 'write',
  'scripts.duplicate': 'write',
  'scripts.delete': 'write',
  'scripts.versions': 'read',
  'scripts.restore': 'write',
  'scripts.export': 'read',
  'scripts.import': 'write',
  'scripts.saveRun': 'write',
  'scripts.runsForInteraction': 'read',
  'articles.list': 'read',
  'articles.get': 'read',
  'articles.create': 'write',
  'articles.update': 'write',
  'articles.suggest': 'read',
  'canned.save': 'write',
  'canned.list': 'read',

  'inbox.list': 'read',
  'inbox.count': 'read',
  'interactions.send': 'write',
  'interactions.update': 'write',
  'interactions.markRead': 'write',
  'interactions.linkCustomer': 'write',
  'interactions.get': 'read',
  'interactions.attachment': 'read',
  'outbox.retry': 'write',
  'drafts.get': 'read',
  'drafts.save': 'write',
  'drafts.discard': 'write',
  'tabs.list': 'read',
  'tabs.open': 'ui',
  'tabs.close': 'ui',
  'tabs.move': 'ui',
  'tabs.pin': 'ui',
  'tabs.setState': 'ui',
  'notes.list': 'read',
  'notes.save': 'write',
  'notes.delete': 'write',
  'notes.versions': 'read',

  'calls.dial': 'write',
  'calls.answer': 'write',
  'calls.reject': 'write',
  'calls.hangUp': 'write',
  'calls.hold': 'write',
  'calls.resume': 'write',
  'calls.mute': 'write',
  'calls.transfer': 'write',
  'calls.dtmf': 'write',
  'calls.wrapUp': 'write',
  'calls.link': 'write',
  'calls.get': 'read',
  'calls.live': 'read',
  'calls.recent': 'read',
  'calls.screenPop': 'read',
  'agent.status': 'read',
  'agent.setStatus': 'write',
  'agent.statusTotals': 'read',

  'reminders.list': 'read',
  'reminders.counts': 'read',
  'reminders.create': 'write',
  'reminders.snooze': 'write',
  'reminders.complete': 'write',
  'reminders.cancel': 'write',

  'cases.create': 'write',
  'cases.get': 'read',
  'cases.list': 'read',
  'cases.update': 'write',
  'cases.transition': 'write',
  'cases.link': 'write',
  'cases.handOff': 'write',
  'cases.replyHandoff': 'write',
  'cases.overdueHandoffs': 'read',
  'cases.attach': 'write',
  'cases.attachment': 'read',
  'cases.removeAttachment': 'write',
  'backups.list': 'supervisor',
  'backups.create': 'supervisor',
  'backups.remove': 'supervisor',
  'backups.read': 'supervisor',
  'backups.uploadBegin': 'supervisor',
  'backups.uploadAppend': 'supervisor',
  'backups.uploadCancel': 'supervisor',
  'backups.restore': 'supervisor',
  'data.exportAll': 'supervisor',
  'data.readExport': 'supervisor',
  'reports.summary': 'read',
  'reports.rising': 'read',
  // Colleagues' figures side by side are for the supervisor; everyone sees their own day.
  'reports.agents': 'supervisor',
  'reports.myDay': 'read',
  'reports.voice': 'read',

  // Exist only with --test-controls (never for users); they move the clock and fake arrivals.
  'test.advanceClock': 'public',
  'test.simulateCall': 'public',
  'test.customerHangsUp': 'public',
  'test.simulateInbound': 'public',
};

/** Settings a trainee may change: how the window looks to them, nothing about the desk. */
export const TRAINEE_SETTINGS = new Set(['language', 'theme']);

/**
 * Methods that always run against the live database, whichever workspace is shown: the session,
 * profiles, the audit trail and settings belong to the install, not to a workspace.
 */
export function runsOnLiveDatabase(method: MethodName): boolean {
  return /^(app|settings|session|profiles|audit|trainingWorkspace|training|backups|data)\./.test(method);
}

/** Library content (scripts, knowledge, canned replies, training) holds no customer's contact details. */
export function carriesCustomerData(method: MethodName): boolean {
  return !/^(app|settings|session|profiles|scripts|articles|canned|training)\./.test(method);
}
