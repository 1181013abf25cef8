import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { METHOD_NAMES } from '../contract/methods';
import { createDispatcher, type Dispatch, type Logger } from './api/dispatch';
import { combineHandlers } from './api/handlers';
import { auditHandlers } from './audit/auditHandlers';
import { createAuditor, createAuditRepo, createViewAuditor } from './audit/auditRepo';
import { createGuardedDispatch } from './session/guardedDispatch';
import { createProfilesRepo } from './session/profilesRepo';
import { sessionHandlers } from './session/sessionHandlers';
import { createSessionService, type SessionService } from './session/sessionService';
import { callsHandlers } from './calls/callsHandlers';
import { createAttachmentStore } from './cases/attachmentStore';
import { casesHandlers } from './cases/casesHandlers';
import { reportsHandlers } from './reports/reportsHandlers';
import { createReportsRepo } from './reports/reportsRepo';
import { createReportsService } from './reports/reportsService';
import { createCasesRepo } from './cases/casesRepo';
import { createCasesService, type CasesService } from './cases/casesService';
import { parseQuery } from './search/query';
import { createCallsRepo } from './calls/callsRepo';
import { createCallsService, type CallsService } from './calls/callsService';
import { createCustomerEditRepo } from './customers/customerEditRepo';
import { customersHandlers } from './customers/customersHandlers';
import { createCustomersRepo } from './customers/customersRepo';
import { createCustomersService } from './customers/customersService';
import { MIGRATIONS } from './db/migrations';
import { openDatabase } from './db/open';
import { storageError } from './db/storageErrors';
import { checkStorageWritable } from './db/writeCheck';
import { loadPools } from './demo/pools';
import { seedDemo } from './demo/seedDemo';
import { createEventBus, type EventListener } from './events';
import { AppError } from '../contract/errors';
import type { PartialHandlers } from './api/handlers';
import { maskContacts } from './session/maskContacts';
import { interactionsHandlers } from './interactions/interactionsHandlers';
import { createInteractionsRepo } from './interactions/interactionsRepo';
import { createInteractionsService } from './interactions/interactionsService';
import { createInteractionRecorder } from './interactions/recordInteraction';
import { importHandlers } from './imports/importHandlers';
import { createImportService } from './imports/importService';
import { createArticlesService } from './library/articlesService';
import { syncBuiltins } from './library/builtins';
import { libraryHandlers } from './library/libraryHandlers';
import { createLibraryRepo } from './library/libraryRepo';
import { createScriptsService } from './library/scriptsService';
import { ordersHandlers } from './orders/ordersHandlers';
import { remindersHandlers } from './reminders/remindersHandlers';
import { createRemindersRepo } from './reminders/remindersRepo';
import { createRemindersService } from './reminders/remindersService';
import { createSearchRepo } from './search/searchRepo';
import { createSearchService } from './search/searchService';
import { createOrdersRepo } from './orders/ordersRepo';
import { createOrdersService } from './orders/ordersService';
import { createSettingsRepo } from './settings/settingsRepo';
import { settingsHandlers } from './settings/settingsHandlers';
import { createSettingsService } from './settings/settingsService';
import { ManualClock, OffsetClock, systemClock, type Clock } from './shared/clock';
import { createRandom } from './shared/random';
import { createScheduler } from './shared/scheduler';
import { startIdleWork } from './shared/idleWork';
import { createWalCheckpointer } from './db/walCheckpoint';
import { backupHandlers, dataExportHandlers } from './backups/backupHandlers';
import { createBackupService, type RestoreRequest } from './backups/backupService';
import { createDataExportRepo } from './backups/dataExportRepo';
import { EXPORTS_DIR } from './backups/exportAll';
import { createConversationService } from './workspace/conversationService';
import { createChannelSimulator } from './workspace/simulator';
import { workspaceHandlers } from './workspace/workspaceHandlers';
import { createWorkspaceRepo } from './workspace/workspaceRepo';
import { createWorkspaceService } from './workspace/workspaceService';
import { createIdGenerator } from './shared/ids';
import { createProgressService } from './training/progressService';
import { readTrainingFiles } from './training/resources';
import { syncBuiltinScenarios } from './training/syncScenarios';
import { trainingHandlers } from './training/trainingHandlers';
import { createTrainingRepo } from './training/trainingRepo';
import { createTrainingService } from './training/trainingService';
import { createSimulatorAdapter } from './telephony/simulatorAdapter';

export interface CoreOptions {
  /** Folder holding the database file; created if missing. Use ':memory:' in tests. */
  dataDir: string;
  resourcesDir: string;
  version?: string;
  clock?: Clock;
  logger?: Logger;
  /** false: never seed (--no-demo); undefined: follow the demoData setting on a fresh database. */
  demo?: boolean;
  demoCustomers?: number;
  nativeBinding?: string;
  checkOutputs?: boolean;
  /** Enables test.* methods (moving the clock, simulated arrivals). Never on for users. */
  testControls?: boolean;
  /** false keeps the channel simulator from generating arrivals (benchmarks). */
  simulator?: boolean;
  /**
   * 'training': the practice database of synthetic customers, opened by the live core when someone
   * enters training; it has no profiles or permissions of its own (the live core checks them).
   */
  workspace?: 'live' | 'training';
  /**
   * Test seam, never set by the shells: runs on the core's own connection right after it opens, so
   * tests can make writes fail the way a read-only folder or a full disk does (PRAGMA query_only,
   * max_page_count) on that connection.
   */
  onDatabaseOpen?: (db: Database.Database) => void;
  /** Swaps the database for a validated backup; given by createRestorableCore, which owns the swap. */
  restorer?: (request: RestoreRequest) => void;
  /** Set when this core opens a database just restored from a backup: recorded in its audit trail. */
  restoredFrom?: { from: string; beforeRestore: string; actor: string };
}

export interface Core {
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  close(): void;
  readonly dbPath: string;
}

export const DB_FILE_NAME = 'workstation.sqlite';
/** The training workspace's folder inside the data folder. */
export const TRAINING_DIR = 'training';
const TRAINING_CUSTOMERS = 150;
const FIRST_PROFILE_NAME = { 'zh-CN': '主管', 'zh-TW': '主管', en: 'Supervisor' } as const;
/** Events that concern the install, passed on whichever workspace the window shows. */
const LIVE_EVENTS = new Set<string>(['session.changed', 'settings.changed']);

/** The training database has no profiles: the live core answers these before routing. */
const notInTraining = Object.fromEntries(
  (['session.current', 'session.signIn', 'session.signOut', 'session.setMode', 'profiles.list', 'profiles.create', 'profiles.update', 'profiles.setPin', 'profiles.unlock', 'profiles.remove', 'trainingWorkspace.reset'] as const).map((m) => [
    m,
    () => {
      throw new AppError('UNAVAILABLE', 'Profiles are kept in the live database.', { reason: 'live-only' });
    },
  ]),
) as PartialHandlers;
/** Practice records belong to profiles, so they live in the live database too (the guard routes them there). */
const trainingNotHere = Object.fromEntries(
  METHOD_NAMES.filter((m) => m.startsWith('training.')).map((m) => [
    m,
    () => {
      throw new AppError('UNAVAILABLE', 'Practice sessions are kept in the live database.', { reason: 'live-only' });
    },
  ]),
) as PartialHandlers;
const consoleLogger: Logger = {
  error: (message, err) => console.error(`[core] ${message}`, err ?? ''),
  warn: (message) => console.warn(`[core] ${message}`),
};

/** Creates the data folder and opens the database; a folder that cannot be written says so (UNAVAILABLE). */
function openStore(options: CoreOptions, dbPath: string, clock: Clock): Database.Database {
  try {
    if (dbPath !== ':memory:') fs.mkdirSync(options.dataDir, { recursive: true });
    return openDatabase(dbPath, { nativeBinding: options.nativeBinding, now: () => clock.now() }).db;
  } catch (err) {
    throw storageError(err, { dataDir: options.dataDir }) ?? err;
  }
}

/** Composition root: the same core runs in the Electron worker, the web host's worker and tests. */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? (options.testControls ? new OffsetClock() : systemClock);
  const logger = options.logger ?? consoleLogger;
  const inMemory = options.dataDir === ':memory:';
  const dbPath = inMemory ? ':memory:' : path.join(options.dataDir, DB_FILE_NAME);
  const db = openStore(options, dbPath, clock);
  const settingsRepo = createSettingsRepo(db);
  try {
    options.onDatabaseOpen?.(db);
    checkStorageWritable(inMemory ? null : options.dataDir, () => settingsRepo.writeSetting('lastStartedAt', JSON.stringify(clock.now()), clock.now()));
  } catch (err) {
    db.close();
    throw err;
  }

  const events = createEventBus();
  const newId = createIdGenerator(clock);
  const customersRepo = createCustomersRepo(db);
  const interactionsRepo = createInteractionsRepo(db);
  const settings = createSettingsService(db, settingsRepo, clock);
  const isLive = options.workspace !== 'training';
  const session: SessionService | null = isLive
    ? createSessionService({
        db, repo: createProfilesRepo(db), clock, newId,
        firstProfileName: () => settings.read().agentName || FIRST_PROFILE_NAME[settings.read().language],
      })
    : null;
  session?.bootstrap();
  const auditRepo = createAuditRepo(db);
  const actor = () => session?.actorName() ?? (isLive ? settings.read().agentName || 'local' : 'training');
  // Replies, notes, cases and reminders are signed by whoever is signed in; the setting names a desk without profiles.
  const agentName = () => session?.actorName() ?? settings.read().agentName;
  const audit = createAuditor(auditRepo, { newId, now: () => clock.now(), actor });
  const views = createViewAuditor(auditRepo, { newId, now: () => clock.now(), actor });
  const searchRepo = createSearchRepo(db);
  const stopIdleWork = startIdleWork([searchRepo.mergeSome, createWalCheckpointer(db)]);
  const library = createLibraryRepo(db);
  let cases: CasesService | null = null;
  const attachments = createAttachmentStore(options.dataDir);
  const customers = createCustomersService({
    db, customers: customersRepo, edits: createCustomerEditRepo(db), interactions: interactionsRepo, clock, newId, audit,
    beforeErase: (id) => {
      searchRepo.removeMessagesOfCustomer(id);
      // Evidence files are the customer's data too; the rows go with the customer's cascade.
      for (const file of cases?.attachmentFilesOfCustomer(id) ?? []) attachments.remove(file);
      for (const list of interactionsRepo.listAttachmentsOfCustomer(id)) {
        for (const a of JSON.parse(list) as { file?: string }[]) if (a.file) attachments.remove(a.file);
      }
    },
    moreTimeline: (id, before, limit, channels) => cases?.timelineEntries(id, before, limit, channels) ?? [],
  });
  const ordersRepo = createOrdersRepo(db);
  const orders = createOrdersService({ db, orders: ordersRepo, customers: customersRepo, clock, newId });
  const imports = createImportService({ db, customers, customersRepo, settings: settingsRepo, audit, clock, newId });
  const interactions = createInteractionsService(interactionsRepo);
  const record = createInteractionRecorder({ interactions: interactionsRepo, customers: customersRepo, newId, index: searchRepo.indexDocument });
  syncBuiltins({ db, resourcesDir: options.resourcesDir, library, search: searchRepo, settings: settingsRepo, newId, now: clock.now(), logger });
  const scripts = createScriptsService({ db, library, search: searchRepo, clock, newId });
  const articles = createArticlesService({ db, library, search: searchRepo, clock, newId });

  const seededKey = 'demoSeededAt';
  const isSeeded = () => settingsRepo.readAllSettings().some((s) => s.key === seededKey);
  const fresh = !customersRepo.hasCustomers() && !isSeeded();
  if (fresh && options.demo !== false && settings.read().demoData) {
    seedDemo(
      { db, pools: loadPools(options.resourcesDir), customersService: customers, customersRepo, record, newId, now: clock.now() },
      // Practice customers differ from the demo desk's, so nobody mistakes one workspace for the other.
      { customers: options.demoCustomers ?? 400, seed: options.workspace === 'training' ? 20270101 : 20261125 },
    );
    settingsRepo.writeSetting(seededKey, JSON.stringify(clock.now()), clock.now());
  }

  const scheduler = createScheduler(clock);
  const workspaceRepo = createWorkspaceRepo(db);
  let pools: ReturnType<typeof loadPools> | null | undefined;
  const poolsOnce = () => {
    if (pools === undefined) {
      try {
        pools = loadPools(options.resourcesDir);
      } catch {
        pools = null;
      }
    }
    return pools;
  };
  let simulator: ReturnType<typeof createChannelSimulator> | null = null;
  const conversations = createConversationService({
    db, repo: workspaceRepo, interactionsRepo, interactions, customers: customersRepo, record, search: searchRepo, settings, clock, scheduler, events, newId, agentName,
    connector: () => (settings.read().simulator.enabled ? (simulator?.connector ?? null) : null),
    files: attachments,
    onDelivered: (id, channel) => simulator?.maybeAnswer(channel, interactionsRepo.findInteractionById(id)?.customer_id ?? null),
  });
  simulator = createChannelSimulator({
    db, pools: poolsOnce, random: createRandom(clock.now() % 2 ** 31), clock, scheduler, settings, receive: (m) => conversations.receive(m),
  });
  conversations.resume();
  // The inbox is the first screen: read it once while the window is still loading its script, so
  // its first real call finds the pages in memory (60 ms cold at 2M messages, 5 ms warm).
  const warmInbox = setTimeout(() => {
    try {
      conversations.inbox();
    } catch {
      // The window's own call reports whatever this met.
    }
  }, 0);
  warmInbox.unref?.();
  if (options.simulator !== false) simulator.start();
  events.subscribe((name) => {
    // --no-simulator (benchmarks, tests) holds even when settings change.
    if (name === 'settings.changed' && options.simulator !== false) simulator?.restart();
  });
  const reminders = createRemindersService({ db, repo: createRemindersRepo(db), settings, clock, scheduler, events, newId, agentName });
  reminders.start();
  events.subscribe((name, payload) => {
    if (name === 'customers.changed') reminders.refreshRenewals((payload as { ids: string[] }).ids);
  });
  let calls: CallsService | null = null;
  const workspace = createWorkspaceService({
    db, repo: workspaceRepo, interactions: interactionsRepo, settings, clock, newId, agentName,
    index: (id, at, text) => searchRepo.indexDocument('note', id, at, text),
    unindex: (id) => searchRepo.removeDocument('note', id),
    beforeClose: (kind, refId) => {
      if (kind === 'interaction') calls?.assertClosable(refId);
    },
  });

  const randomPhone = db.prepare('SELECT raw FROM customer_phones WHERE rowid >= (abs(random()) % (SELECT coalesce(max(rowid), 1) FROM customer_phones)) LIMIT 1').pluck();
  const firstPhone = db.prepare('SELECT raw FROM customer_phones WHERE customer_id = ? ORDER BY position LIMIT 1').pluck();
  const telephony = createSimulatorAdapter({
    clock, scheduler, newId, random: createRandom((clock.now() + 7) % 2 ** 31),
    // With test controls, calls ring only when a test asks: a stray call would change what tests see.
    rate: () => ({ enabled: settings.read().simulator.enabled && !options.testControls, perHour: settings.read().calls.inboundPerHour }),
    // Four callers in five are known customers; the rest are numbers the agent has never seen.
    pickCaller: () => (Math.random() < 0.8 ? ((randomPhone.get() as string | undefined) ?? null) : null),
    // No live call rings while the desk is in training or a trainee is signed in: nobody could answer it.
    canRing: () => (calls?.canRing() ?? false) && (session === null || (session.mode() === 'live' && !['trainee', null].includes(session.role()))),
    hangupChance: options.testControls ? 0 : 0.1,
  });
  cases = createCasesService({
    db, repo: createCasesRepo(db), settings, clock, scheduler, events, newId, files: attachments, agentName,
    customerExists: (id) => customersRepo.findCustomerById(id) !== undefined,
    interactionOf: (id) => {
      const it = interactionsRepo.findInteractionById(id);
      return it ? { customerId: it.customer_id } : null;
    },
    orderOf: (id) => {
      const o = ordersRepo.findOrderById(id);
      return o ? { customerId: o.customer_id } : null;
    },
    firstPhoneOf: (id) => (firstPhone.get(id) as string | undefined) ?? null,
    scheduleFollowUp: (r) => reminders.create({ kind: 'follow-up', customerId: r.customerId, interactionId: null, caseId: r.caseId, phone: r.phone, reason: r.reason, dueAt: r.dueAt }).id,
    index: (id, at, text) => searchRepo.indexDocument('case', id, at, text),
    searchIds: (text, limit) => {
      const q = parseQuery(text, searchRepo.expandWord);
      return q ? searchRepo.findNewest(q.match, ['case'], limit).map((h) => h.ref_id) : null;
    },
  });
  cases.start();
  calls = createCallsService({
    db, repo: createCallsRepo(db), countOpenCases: (id) => cases?.countOpenCases(id) ?? 0, interactions: interactionsRepo, customers: customersRepo, record, settings, clock, events, adapter: telephony.adapter,
    openTab: (id) => {
      workspace.openTab('interaction', id);
    },
    linkCustomer: (id, customerId) => conversations.linkCustomer(id, customerId),
  });
  calls.start();
  if (options.simulator !== false) telephony.start();
  events.subscribe((name) => {
    if (name === 'settings.changed' || name === 'agent.status') telephony.restart();
  });
  // Backups are of the live database only: the training workspace holds made-up data.
  const backups =
    isLive && !inMemory
      ? createBackupService({
          db, dataDir: options.dataDir, clock, scheduler, settings: () => settings.read().backups, events, audit, actor, newId, logger,
          migrations: MIGRATIONS, nativeBinding: options.nativeBinding, restorer: options.restorer,
        })
      : null;
  if (isLive && !inMemory) fs.rmSync(path.join(options.dataDir, EXPORTS_DIR), { recursive: true, force: true });
  if (options.restoredFrom) audit('backup.restored', 'backup', null, { from: options.restoredFrom.from, beforeRestore: options.restoredFrom.beforeRestore }, options.restoredFrom.actor);
  backups?.start();
  events.subscribe((name) => {
    if (name === 'settings.changed') backups?.reconsider();
  });
  let trainingApi: PartialHandlers = trainingNotHere;
  if (session) {
    const trainingRepo = createTrainingRepo(db);
    const files = readTrainingFiles(options.resourcesDir);
    syncBuiltinScenarios({ db, repo: trainingRepo, files, newId, now: clock.now(), logger });
    const trainingService = createTrainingService({
      db, repo: trainingRepo, me: () => session.session().profile, clock, newId, audit,
      shippedRubrics: Object.fromEntries(files.flatMap((f) => (f.rubric ? [[f.language, f.rubric]] : []))),
    });
    const progress = createProgressService({ db, repo: trainingRepo, training: trainingService, profiles: () => session.list(), language: () => settings.read().language, clock, audit });
    trainingApi = trainingHandlers(trainingService, progress);
  }
  const movable = clock instanceof OffsetClock || clock instanceof ManualClock ? clock : null;
  const advanceClock =
    options.testControls && movable
      ? (ms: number) => {
          movable.advance(ms);
          scheduler.runDue();
          events.emit('clock.changed', { now: clock.now() });
          return clock.now();
        }
      : null;

  // The training workspace: its own database of synthetic customers, opened on first use.
  let training: Core | null = null;
  const trainingListeners = new Set<EventListener>();
  const trainingCore = (): Core => {
    if (!training) {
      training = createCore({
        ...options, workspace: 'training', demo: true, demoCustomers: Math.min(options.demoCustomers ?? TRAINING_CUSTOMERS, TRAINING_CUSTOMERS),
        dataDir: inMemory ? ':memory:' : path.join(options.dataDir, TRAINING_DIR),
      });
      training.subscribe((name, payload) => {
        if (session?.mode() === 'training') for (const l of trainingListeners) l(name, payload);
      });
    }
    return training;
  };
  const resetTraining = () => {
    training?.close();
    training = null;
    if (!inMemory) fs.rmSync(path.join(options.dataDir, TRAINING_DIR), { recursive: true, force: true });
  };

  const handlers = combineHandlers(
    METHOD_NAMES,
    {
      'app.info': () => ({
        version: options.version ?? '0.0.0',
        schemaVersion: MIGRATIONS.at(-1)?.version ?? 0,
        dataDir: options.dataDir,
        demoSeeded: isSeeded(),
        now: clock.now(),
        testControls: options.testControls === true,
      }),
    },
    settingsHandlers(settings, events),
    customersHandlers(customers, events, audit, views, clock),
    ordersHandlers(orders, events),
    importHandlers(imports, events),
    auditHandlers(auditRepo, views, audit, () => clock.now()),
    session ? sessionHandlers(session, events, audit, resetTraining) : notInTraining,
    trainingApi,
    workspaceHandlers({ conversations, workspace, simulator, advanceClock }),
    remindersHandlers(reminders),
    libraryHandlers({ scripts, articles, search: createSearchService({ db, search: searchRepo, library }), library, searchRepo, newId, now: () => clock.now() }),
    interactionsHandlers(interactions),
    casesHandlers(cases),
    reportsHandlers(createReportsService({ repo: createReportsRepo(db), statusTotals: (from, to) => calls!.statusTotals(from, to), currentAgent: agentName })),
    callsHandlers({ calls, simulator: telephony, phoneOf: (id) => (firstPhone.get(id) as string | undefined) ?? null, testControls: options.testControls === true }),
    backupHandlers(backups),
    dataExportHandlers({
      repo: createDataExportRepo(db), dataDir: isLive && !inMemory ? options.dataDir : null, audit, now: () => clock.now(), schemaVersion: MIGRATIONS.at(-1)?.version ?? 0,
    }),
  );
  const liveDispatch = createDispatcher(handlers, logger, { checkOutputs: options.checkOutputs ?? true });
  const dispatch = session ? createGuardedDispatch({ live: liveDispatch, training: () => trainingCore().dispatch, session, logger }) : liveDispatch;

  return {
    dispatch,
    subscribe: (listener) => {
      const fromLive = events.subscribe((name, payload) => {
        const mode = session?.mode() ?? 'live';
        if (mode === 'training' && !LIVE_EVENTS.has(name)) return;
        listener(name, session?.session().masked ? maskContacts(payload) : payload);
      });
      trainingListeners.add(listener);
      return () => {
        fromLive();
        trainingListeners.delete(listener);
      };
    },
    dbPath,
    close: () => {
      views.flush(true);
      backups?.close();
      training?.close();
      training = null;
      telephony.adapter.dispose();
      clearTimeout(warmInbox);
      scheduler.stop();
      stopIdleWork();
      db.close();
    },
  };
}
