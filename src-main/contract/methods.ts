import { z } from 'zod';
import {
  agentStatusSchema,
  agentStatusStateSchema,
  callSchema,
  dialInputSchema,
  dtmfInputSchema,
  MANUAL_STATUSES,
  screenPopSchema,
  transferInputSchema,
  wrapUpInputSchema,
} from './calls';
import {
  customerDetailSchema,
  customerFiltersSchema,
  customerInputSchema,
  customerSummarySchema,
  duplicateGroupSchema,
  duplicateMatchSchema,
  EXPORT_FORMATS,
  exportResultSchema,
  membershipInputSchema,
  mergeResultSchema,
  orderInputSchema,
  orderSchema,
  orderStatusSchema,
  phoneInputSchema,
  timelineEntrySchema,
} from './customers';
import { importEncodingSchema, importMappingSchema, importPreviewSchema, importResultSchema } from './imports';
import { interactionSchema, messageSchema } from './interactions';
import {
  articleInputSchema,
  articleSchema,
  CANNED_CATEGORIES,
  cannedSchema,
  scriptContentSchema,
  scriptFilterSchema,
  scriptRunSchema,
  scriptSchema,
  scriptSummarySchema,
  scriptVersionSchema,
  searchKindSchema,
  searchResultSchema,
} from './library';
import { categorySchema, channelSchema, idSchema, localeSchema, optionalShortText, timestampSchema } from './primitives';
import { REMINDER_VIEWS, reminderInputSchema, reminderKindSchema, reminderSchema } from './reminders';
import {
  draftInputSchema,
  draftSchema,
  inboxItemSchema,
  noteSchema,
  sendInputSchema,
  TAB_KINDS,
  tabSchema,
  tabStateSchema,
} from './workspace';
import { settingsPatchSchema, settingsSchema } from './settings';
import {
  attachInputSchema,
  caseDetailSchema,
  caseFiltersSchema,
  caseInputSchema,
  casePatchSchema,
  caseSummarySchema,
  caseTransitionSchema,
  handoffInputSchema,
  handoffReplySchema,
  overdueHandoffSchema,
} from './cases';
import { backupNameSchema, backupSchema, base64ChunkSchema, exportAllResultSchema, fileChunkSchema } from './backups';
import { myDaySchema, reportAgentsSchema, reportRangeSchema, reportSummarySchema, risingSchema, voiceSchema } from './reports';
import {
  auditEntrySchema,
  auditFiltersSchema,
  profileInputSchema,
  profilePatchSchema,
  profileSchema,
  sessionSchema,
  setPinSchema,
  workspaceModeSchema,
} from './profiles';
import {
  rubricSchema,
  scenarioContentSchema,
  trainingProgressSchema,
  trainingScenarioSchema,
  trainingScenarioSummarySchema,
  trainingSessionSchema,
  trainingSessionSummarySchema,
  trainingTeamMemberSchema,
} from './training';

const empty = z.object({}).strict();
const callIdInput = z.object({ id: idSchema }).strict();

/**
 * The whole API: method name → input and output schemas. Handlers live in the core; the renderer
 * imports only this module (types and schemas), never Node code.
 */
export const methods = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      demoSeeded: z.boolean(),
      /** The core's clock, so countdowns in the window agree with the core's deadlines. */
      now: timestampSchema,
      testControls: z.boolean(),
    }),
  },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },
  'customers.list': {
    input: z
      .object({
        query: z.string().max(200).default(''),
        filters: customerFiltersSchema.default({}),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ items: z.array(customerSummarySchema), total: z.number().int() }),
  },
  'customers.facets': {
    input: empty,
    output: z.object({
      tags: z.array(z.object({ value: z.string(), count: z.number().int() })),
      tiers: z.array(z.object({ value: z.string(), count: z.number().int() })),
      owners: z.array(z.object({ value: z.string(), count: z.number().int() })),
    }),
  },
  'customers.get': { input: z.object({ id: idSchema }).strict(), output: customerDetailSchema },
  'customers.create': { input: customerInputSchema.strict(), output: customerDetailSchema },
  'customers.update': {
    input: z.object({ id: idSchema, customer: customerInputSchema.strict() }).strict(),
    output: customerDetailSchema,
  },
  'customers.setMembership': {
    input: z.object({ customerId: idSchema, membership: membershipInputSchema.nullable() }).strict(),
    output: customerDetailSchema,
  },
  'customers.findDuplicates': {
    input: z
      .object({
        phones: z.array(z.string().max(40)).max(20).default([]),
        emails: z.array(z.string().max(254)).max(20).default([]),
        excludeId: idSchema.optional(),
      })
      .strict(),
    output: z.object({ items: z.array(duplicateMatchSchema) }),
  },
  'customers.duplicateGroups': {
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.object({ groups: z.array(duplicateGroupSchema) }),
  },
  'customers.merge': {
    input: z
      .object({ keepId: idSchema, mergeId: idSchema })
      .strict()
      .refine((v) => v.keepId !== v.mergeId, { message: 'a customer cannot be merged into itself', path: ['mergeId'] }),
    output: mergeResultSchema,
  },
  'customers.erase': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({
      erased: z.object({ interactions: z.number().int(), messages: z.number().int(), orders: z.number().int() }),
    }),
  },
  'customers.export': {
    input: z
      .object({ format: z.enum(EXPORT_FORMATS), query: z.string().max(200).default(''), filters: customerFiltersSchema.default({}) })
      .strict(),
    output: exportResultSchema,
  },
  'orders.create': { input: orderInputSchema, output: orderSchema },
  'orders.update': {
    input: z
      .object({
        id: idSchema,
        status: orderStatusSchema,
        carrier: optionalShortText(60).nullable().optional(),
        trackingNumber: optionalShortText(60).nullable().optional(),
      })
      .strict(),
    output: orderSchema,
  },
  'audit.list': {
    input: auditFiltersSchema,
    output: z.object({ items: z.array(auditEntrySchema), next: z.object({ at: timestampSchema, id: idSchema }).nullable() }),
  },
  'audit.export': {
    input: z.object({ filters: auditFiltersSchema.omit({ before: true, limit: true }).default({}) }).strict(),
    output: z.object({ fileName: z.string(), content: z.string(), count: z.number().int() }),
  },
  'search.query': {
    input: z
      .object({
        text: z.string().trim().min(1).max(200),
        kinds: z.array(searchKindSchema).min(1).max(6).optional(),
        order: z.enum(['newest', 'relevance']).default('newest'),
        limit: z.number().int().min(1).max(100).default(30),
        before: z.number().int().positive().optional(),
      })
      .strict(),
    output: z.object({ items: z.array(searchResultSchema), next: z.number().int().nullable() }),
  },
  'scripts.list': { input: scriptFilterSchema, output: z.object({ items: z.array(scriptSummarySchema) }) },
  'scripts.get': { input: z.object({ id: idSchema }).strict(), output: scriptSchema },
  'scripts.create': { input: z.object({ content: scriptContentSchema }).strict(), output: scriptSchema },
  'scripts.update': { input: z.object({ id: idSchema, content: scriptContentSchema }).strict(), output: scriptSchema },
  'scripts.duplicate': { input: z.object({ id: idSchema }).strict(), output: scriptSchema },
  'scripts.delete': { input: z.object({ id: idSchema }).strict(), output: z.object({ deleted: z.boolean() }) },
  'scripts.versions': { input: z.object({ id: idSchema }).strict(), output: z.object({ items: z.array(scriptVersionSchema) }) },
  'scripts.restore': { input: z.object({ id: idSchema, version: z.number().int().min(1) }).strict(), output: scriptSchema },
  'scripts.export': { input: z.object({ id: idSchema }).strict(), output: z.object({ filename: z.string(), content: z.string() }) },
  'scripts.import': { input: z.object({ json: z.string().min(2).max(1_000_000) }).strict(), output: scriptSchema },
  'scripts.saveRun': {
    input: z
      .object({
        runId: idSchema.optional(),
        scriptId: idSchema,
        interactionId: idSchema.nullable().default(null),
        customerId: idSchema.nullable().default(null),
        path: z.array(z.string().max(40)).max(500),
        checked: z.array(z.string().max(40)).max(500),
      })
      .strict(),
    output: scriptRunSchema,
  },
  'scripts.runsForInteraction': { input: z.object({ interactionId: idSchema }).strict(), output: z.object({ items: z.array(scriptRunSchema) }) },
  'articles.list': {
    input: z.object({ language: localeSchema.optional(), category: z.string().max(40).optional() }).strict(),
    output: z.object({ items: z.array(articleSchema.omit({ body: true })) }),
  },
  'articles.get': { input: z.object({ id: idSchema }).strict(), output: articleSchema },
  'articles.create': { input: z.object({ article: articleInputSchema }).strict(), output: articleSchema },
  'articles.update': { input: z.object({ id: idSchema, article: articleInputSchema }).strict(), output: articleSchema },
  'articles.suggest': {
    input: z.object({ text: z.string().max(20_000), language: localeSchema.optional(), limit: z.number().int().min(1).max(20).default(5) }).strict(),
    output: z.object({ items: z.array(articleSchema.omit({ body: true })) }),
  },
  'canned.save': {
    input: z
      .object({
        id: idSchema.optional(),
        language: localeSchema,
        title: z.string().trim().min(1).max(200),
        category: z.enum(CANNED_CATEGORIES),
        shortcut: z.string().regex(/^[a-z0-9-]{1,20}$/, 'lower-case letters, digits and -'),
        body: z.string().trim().min(1).max(20_000),
      })
      .strict(),
    output: cannedSchema,
  },
  'canned.list': { input: z.object({ language: localeSchema.optional() }).strict(), output: z.object({ items: z.array(cannedSchema) }) },
  'inbox.list': {
    input: z.object({ channels: z.array(channelSchema).max(9).optional(), categories: z.array(categorySchema).max(8).optional() }).strict(),
    output: z.object({ items: z.array(inboxItemSchema), now: timestampSchema }),
  },
  /** How many conversations wait for a reply (the inbox's rows, up to the 1,000 it shows), for the badge. */
  'inbox.count': { input: empty, output: z.object({ waiting: z.number().int().min(0).max(1000) }) },
  'interactions.send': { input: sendInputSchema, output: messageSchema },
  'interactions.update': {
    input: z.object({ id: idSchema, category: categorySchema.optional(), status: z.enum(['open', 'waiting', 'resolved']).optional() }).strict(),
    output: interactionSchema,
  },
  'interactions.markRead': { input: z.object({ id: idSchema }).strict(), output: z.object({ ok: z.boolean() }) },
  'interactions.linkCustomer': { input: z.object({ id: idSchema, customerId: idSchema }).strict(), output: interactionSchema },
  'outbox.retry': { input: z.object({ messageId: idSchema }).strict(), output: messageSchema },
  'drafts.get': { input: z.object({ interactionId: idSchema }).strict(), output: draftSchema.nullable() },
  'drafts.save': { input: draftInputSchema, output: draftSchema },
  'drafts.discard': { input: z.object({ interactionId: idSchema }).strict(), output: z.object({ discarded: z.boolean() }) },
  'tabs.list': { input: empty, output: z.object({ items: z.array(tabSchema) }) },
  'tabs.open': { input: z.object({ kind: z.enum(TAB_KINDS), refId: idSchema }).strict(), output: tabSchema },
  'tabs.close': { input: z.object({ id: idSchema }).strict(), output: z.object({ closed: z.boolean() }) },
  'tabs.move': { input: z.object({ id: idSchema, position: z.number().int().min(0).max(10_000) }).strict(), output: z.object({ items: z.array(tabSchema) }) },
  'tabs.pin': { input: z.object({ id: idSchema, pinned: z.boolean() }).strict(), output: z.object({ items: z.array(tabSchema) }) },
  'tabs.setState': { input: z.object({ id: idSchema, state: tabStateSchema }).strict(), output: tabSchema },
  'notes.list': {
    input: z.object({ customerId: idSchema.optional(), interactionId: idSchema.optional() }).strict(),
    output: z.object({ items: z.array(noteSchema) }),
  },
  'notes.save': {
    input: z
      .object({
        id: idSchema.optional(),
        customerId: idSchema.nullable().default(null),
        interactionId: idSchema.nullable().default(null),
        body: z.string().max(1_048_576),
        pinned: z.boolean().default(false),
      })
      .strict(),
    output: noteSchema,
  },
  'notes.delete': { input: z.object({ id: idSchema }).strict(), output: z.object({ deleted: z.boolean() }) },
  'calls.dial': { input: dialInputSchema, output: callSchema },
  'calls.answer': { input: callIdInput, output: callSchema },
  'calls.reject': { input: callIdInput, output: callSchema },
  'calls.hangUp': { input: callIdInput, output: callSchema },
  'calls.hold': { input: callIdInput, output: callSchema },
  'calls.resume': { input: callIdInput, output: callSchema },
  'calls.mute': { input: z.object({ id: idSchema, muted: z.boolean() }).strict(), output: callSchema },
  'calls.transfer': { input: transferInputSchema, output: callSchema },
  'calls.dtmf': { input: dtmfInputSchema, output: callSchema },
  'calls.wrapUp': { input: wrapUpInputSchema, output: callSchema },
  'calls.link': {
    input: z.object({ id: idSchema, customerId: idSchema.optional(), scriptId: idSchema.optional(), orderId: idSchema.optional(), caseId: idSchema.optional() }).strict(),
    output: callSchema,
  },
  'calls.get': { input: callIdInput, output: callSchema },
  'calls.live': { input: empty, output: z.object({ items: z.array(callSchema) }) },
  'calls.recent': { input: z.object({ limit: z.number().int().min(1).max(200).default(30) }).strict(), output: z.object({ items: z.array(callSchema) }) },
  'calls.screenPop': { input: z.object({ number: z.string().trim().min(1).max(40) }).strict(), output: screenPopSchema },
  'agent.status': { input: empty, output: agentStatusStateSchema },
  'agent.setStatus': { input: z.object({ status: z.enum(MANUAL_STATUSES) }).strict(), output: agentStatusStateSchema },
  'agent.statusTotals': {
    input: z.object({ from: timestampSchema, to: timestampSchema }).strict(),
    output: z.object({ totals: z.record(agentStatusSchema, z.number().int().nonnegative()) }),
  },
  'test.advanceClock': { input: z.object({ ms: z.number().int().min(0).max(366 * 86_400_000) }).strict(), output: z.object({ now: timestampSchema }) },
  'test.simulateCall': {
    input: z.object({ customerId: idSchema.optional(), number: phoneInputSchema.optional() }).strict(),
    output: z.object({ id: idSchema }),
  },
  'test.customerHangsUp': { input: callIdInput, output: z.object({ ok: z.boolean() }) },
  'test.simulateInbound': {
    input: z
      .object({
        channel: channelSchema.optional(),
        customerId: idSchema.optional(),
        body: z.string().min(1).max(10_000).optional(),
        html: z.string().max(500_000).optional(),
        subject: z.string().max(300).optional(),
      })
      .strict(),
    output: z.object({ interactionId: idSchema }),
  },
  'reminders.list': {
    input: z.object({ view: z.enum(REMINDER_VIEWS), kind: reminderKindSchema.optional(), customerId: idSchema.optional() }).strict(),
    output: z.object({ items: z.array(reminderSchema), now: timestampSchema }),
  },
  // overdue is counted up to 1000 (a badge shows 999+ beyond).
  'reminders.counts': { input: empty, output: z.object({ overdue: z.number().int().max(1000), today: z.number().int() }) },
  'reminders.create': { input: reminderInputSchema, output: reminderSchema },
  'reminders.snooze': { input: z.object({ id: idSchema, until: timestampSchema }).strict(), output: reminderSchema },
  'reminders.complete': { input: z.object({ id: idSchema, outcome: z.string().trim().max(2000).default('') }).strict(), output: reminderSchema },
  'reminders.cancel': { input: z.object({ id: idSchema }).strict(), output: reminderSchema },
  'notes.versions': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ items: z.array(z.object({ body: z.string(), savedAt: timestampSchema })) }),
  },
  'imports.begin': { input: empty, output: z.object({ importId: idSchema }) },
  'imports.append': {
    input: z.object({ importId: idSchema, chunk: z.string().max(2_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64') }).strict(),
    output: z.object({ bytes: z.number().int() }),
  },
  'imports.preview': {
    input: z
      .object({ importId: idSchema, encoding: importEncodingSchema.default('auto'), mapping: importMappingSchema.optional() })
      .strict(),
    output: importPreviewSchema,
  },
  'imports.commit': {
    input: z
      .object({
        importId: idSchema,
        encoding: importEncodingSchema.default('auto'),
        mapping: importMappingSchema,
        skipInvalid: z.boolean(),
      })
      .strict(),
    output: importResultSchema,
  },
  'imports.cancel': { input: z.object({ importId: idSchema }).strict(), output: z.object({ cancelled: z.boolean() }) },
  'customers.timeline': {
    input: z
      .object({
        customerId: idSchema,
        channels: z.array(channelSchema).max(9).optional(),
        before: z.object({ at: timestampSchema, id: idSchema }).strict().optional(),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
    output: z.object({
      items: z.array(timelineEntrySchema),
      next: z.object({ at: timestampSchema, id: idSchema }).nullable(),
    }),
  },
  'interactions.get': { input: z.object({ id: idSchema }).strict(), output: interactionSchema },
  'interactions.attachment': {
    input: z.object({ messageId: idSchema, attachmentId: idSchema }).strict(),
    output: z.object({ id: idSchema, name: z.string(), mime: z.string(), dataBase64: z.string() }),
  },
  'cases.create': { input: caseInputSchema, output: caseDetailSchema },
  'cases.get': { input: z.object({ id: idSchema }).strict(), output: caseDetailSchema },
  'cases.list': { input: caseFiltersSchema, output: z.object({ items: z.array(caseSummarySchema), now: timestampSchema }) },
  'cases.update': { input: z.object({ id: idSchema, patch: casePatchSchema }).strict(), output: caseDetailSchema },
  'cases.transition': { input: caseTransitionSchema, output: caseDetailSchema },
  'cases.link': {
    input: z.object({ id: idSchema, interactionId: idSchema.optional(), orderId: idSchema.optional(), unlink: z.boolean().default(false) }).strict(),
    output: caseDetailSchema,
  },
  'cases.handOff': { input: handoffInputSchema, output: caseDetailSchema },
  'cases.replyHandoff': { input: handoffReplySchema, output: caseDetailSchema },
  'cases.overdueHandoffs': { input: empty, output: z.object({ items: z.array(overdueHandoffSchema), now: timestampSchema }) },
  'cases.attach': { input: attachInputSchema, output: caseDetailSchema },
  'cases.attachment': { input: z.object({ id: idSchema }).strict(), output: z.object({ id: idSchema, name: z.string(), mime: z.string(), dataBase64: z.string() }) },
  'reports.summary': { input: reportRangeSchema, output: reportSummarySchema },
  'reports.rising': { input: reportRangeSchema, output: risingSchema },
  'reports.agents': { input: reportRangeSchema, output: reportAgentsSchema },
  'reports.myDay': { input: reportRangeSchema, output: myDaySchema },
  'reports.voice': { input: reportRangeSchema, output: voiceSchema },
  'cases.removeAttachment': { input: z.object({ id: idSchema }).strict(), output: caseDetailSchema },

  // Backups and the data owner's full export (supervisors). A backup is written in the background:
  // backups.create answers at once and backups.changed follows when the file is complete.
  'backups.list': { input: empty, output: z.object({ items: z.array(backupSchema), folder: z.string(), running: z.boolean() }) },
  'backups.create': { input: z.object({ label: z.string().trim().max(40).default('') }).strict(), output: z.object({ name: z.string() }) },
  'backups.remove': { input: z.object({ name: backupNameSchema }).strict(), output: z.object({ removed: z.literal(true) }) },
  /** One chunk of a backup file for the window to save where the user chooses. */
  'backups.read': { input: z.object({ name: backupNameSchema, offset: z.number().int().min(0).max(2 ** 45).default(0) }).strict(), output: fileChunkSchema },
  'backups.uploadBegin': { input: empty, output: z.object({ uploadId: idSchema }) },
  'backups.uploadAppend': { input: z.object({ uploadId: idSchema, chunk: base64ChunkSchema }).strict(), output: z.object({ bytes: z.number().int() }) },
  'backups.uploadCancel': { input: z.object({ uploadId: idSchema }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /**
   * Validates the file at once (refused: nothing changes), then backs up the current data and swaps
   * the database; app.restored follows.
   */
  'backups.restore': {
    input: z
      .object({ name: backupNameSchema.optional(), uploadId: idSchema.optional() })
      .strict()
      .refine((v) => (v.name === undefined) !== (v.uploadId === undefined), { message: 'a backup name or an upload, not both', path: ['name'] }),
    output: z.object({ beforeRestore: z.string() }),
  },
  'data.exportAll': { input: empty, output: exportAllResultSchema },
  'data.readExport': { input: z.object({ name: z.string().min(1).max(200), offset: z.number().int().min(0).max(2 ** 45).default(0) }).strict(), output: fileChunkSchema },

  // Profiles and the session: who is at the desk, in which workspace (live or training).
  'session.current': { input: empty, output: sessionSchema },
  'session.signIn': { input: z.object({ id: idSchema, pin: z.string().max(12).optional() }).strict(), output: sessionSchema },
  'session.signOut': { input: empty, output: sessionSchema },
  'session.setMode': { input: z.object({ mode: workspaceModeSchema }).strict(), output: sessionSchema },
  'profiles.list': { input: empty, output: z.object({ items: z.array(profileSchema) }) },
  'profiles.create': { input: profileInputSchema, output: profileSchema },
  'profiles.update': { input: profilePatchSchema, output: profileSchema },
  'profiles.setPin': { input: setPinSchema, output: profileSchema },
  'profiles.unlock': { input: z.object({ id: idSchema }).strict(), output: profileSchema },
  'profiles.remove': { input: z.object({ id: idSchema }).strict(), output: z.object({ removed: z.literal(true) }) },
  /** Throws the training workspace's synthetic data away; it is seeded afresh on next use. */
  'trainingWorkspace.reset': { input: empty, output: z.object({ reset: z.literal(true) }) },
  // Training: practice against simulated customers, scored; progress; supervisors' review and editing.
  'training.scenarios': {
    input: z.object({ language: localeSchema.optional() }).strict(),
    output: z.object({ items: z.array(trainingScenarioSummarySchema) }),
  },
  'training.scenario': { input: z.object({ id: idSchema }).strict(), output: trainingScenarioSchema },
  /** id null: a new scenario (or a copy of a built-in, which stays read-only). */
  'training.saveScenario': { input: z.object({ id: idSchema.nullable(), content: scenarioContentSchema }).strict(), output: trainingScenarioSchema },
  'training.removeScenario': { input: z.object({ id: idSchema }).strict(), output: z.object({ removed: z.literal(true) }) },
  'training.importScenario': { input: z.object({ json: z.string().max(1_000_000) }).strict(), output: trainingScenarioSchema },
  'training.exportScenario': { input: z.object({ id: idSchema }).strict(), output: z.object({ fileName: z.string(), json: z.string() }) },
  'training.rubric': { input: z.object({ language: localeSchema }).strict(), output: rubricSchema },
  'training.saveRubric': { input: z.object({ rubric: rubricSchema }).strict(), output: rubricSchema },
  'training.start': { input: z.object({ scenarioId: idSchema }).strict(), output: trainingSessionSchema },
  /** elapsedMs: from the customer's line appearing to the reply being sent, measured in the window. */
  'training.reply': {
    input: z.object({ sessionId: idSchema, text: z.string().trim().min(1).max(2000), elapsedMs: z.number().int().min(0).max(3_600_000) }).strict(),
    output: trainingSessionSchema,
  },
  'training.stop': { input: z.object({ sessionId: idSchema }).strict(), output: trainingSessionSchema },
  'training.session': { input: z.object({ id: idSchema }).strict(), output: trainingSessionSchema },
  /** Own sessions; a supervisor may ask for anyone's (profileId) or everyone's (profileId omitted, all: true). */
  'training.sessions': {
    input: z
      .object({
        profileId: idSchema.optional(),
        all: z.boolean().default(false),
        scenarioId: idSchema.optional(),
        before: timestampSchema.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ items: z.array(trainingSessionSummarySchema) }),
  },
  'training.progress': { input: z.object({ profileId: idSchema.optional() }).strict(), output: trainingProgressSchema },
  'training.comment': {
    input: z.object({ sessionId: idSchema, lineIndex: z.number().int().min(0).max(1000), text: z.string().trim().min(1).max(2000) }).strict(),
    output: trainingSessionSchema,
  },
  'training.assign': {
    input: z.object({ profileId: idSchema, scenarioIds: z.array(idSchema).max(200), assigned: z.boolean().default(true) }).strict(),
    output: z.object({ assigned: z.array(idSchema) }),
  },
  'training.assignments': { input: z.object({ profileId: idSchema }).strict(), output: z.object({ assigned: z.array(idSchema) }) },
  'training.team': { input: empty, output: z.object({ items: z.array(trainingTeamMemberSchema) }) },
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
