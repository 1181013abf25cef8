import type Database from 'better-sqlite3';

/** Statements for editing, merging, erasing and finding duplicate customers. */
export function createCustomerEditRepo(db: Database.Database) {
  const updateCore = db.prepare(`
    UPDATE customers SET full_name = @full_name, surname = @surname, honorific = @honorific, company = @company,
      language = @language, preferred_channel = @preferred_channel, best_time = @best_time, preferences = @preferences,
      is_key_account = @is_key_account, owner = @owner, search_name = @search_name, name_pinyin = @name_pinyin,
      name_initials = @name_initials, updated_at = @updated_at
    WHERE id = @id`);
  const clearPhones = db.prepare('DELETE FROM customer_phones WHERE customer_id = ?');
  const clearEmails = db.prepare('DELETE FROM customer_emails WHERE customer_id = ?');
  const clearHandles = db.prepare('DELETE FROM customer_handles WHERE customer_id = ?');
  const clearTags = db.prepare('DELETE FROM customer_tags WHERE customer_id = ?');
  const deleteMembership = db.prepare('DELETE FROM memberships WHERE customer_id = ?');
  const deleteCustomer = db.prepare('DELETE FROM customers WHERE id = ?');
  const countOwned = db.prepare(`
    SELECT
      (SELECT count(*) FROM interactions WHERE customer_id = @id) AS interactions,
      (SELECT count(*) FROM messages WHERE interaction_id IN (SELECT id FROM interactions WHERE customer_id = @id)) AS messages,
      (SELECT count(*) FROM orders WHERE customer_id = @id) AS orders`);

  const phonesMatching = db.prepare(`
    SELECT DISTINCT customer_id FROM customer_phones WHERE normalized IN (SELECT value FROM json_each(@values))`).pluck();
  const emailsMatching = db.prepare(`
    SELECT DISTINCT customer_id FROM customer_emails WHERE email_lower IN (SELECT value FROM json_each(@values))`).pluck();
  const phoneGroups = db.prepare(`
    SELECT normalized AS value, json_group_array(DISTINCT customer_id) AS ids FROM customer_phones
    GROUP BY normalized HAVING count(DISTINCT customer_id) > 1 LIMIT ?`);
  const emailGroups = db.prepare(`
    SELECT email_lower AS value, json_group_array(DISTINCT customer_id) AS ids FROM customer_emails
    GROUP BY email_lower HAVING count(DISTINCT customer_id) > 1 LIMIT ?`);

  // Merge: move what the kept customer lacks; exact duplicates stay behind and go with the merged row.
  const movePhones = db.prepare(`
    UPDATE customer_phones SET customer_id = @keep, position = position + 100, updated_at = @now
    WHERE customer_id = @merge AND normalized NOT IN (SELECT normalized FROM customer_phones WHERE customer_id = @keep)`);
  const moveEmails = db.prepare(`
    UPDATE customer_emails SET customer_id = @keep, position = position + 100, updated_at = @now
    WHERE customer_id = @merge AND email_lower NOT IN (SELECT email_lower FROM customer_emails WHERE customer_id = @keep)`);
  const moveHandles = db.prepare(`
    UPDATE customer_handles SET customer_id = @keep, updated_at = @now
    WHERE customer_id = @merge AND (channel || ':' || handle_lower) NOT IN
      (SELECT channel || ':' || handle_lower FROM customer_handles WHERE customer_id = @keep)`);
  const copyTags = db.prepare('INSERT OR IGNORE INTO customer_tags (customer_id, tag) SELECT @keep, tag FROM customer_tags WHERE customer_id = @merge');
  const moveOrders = db.prepare('UPDATE orders SET customer_id = @keep, updated_at = @now WHERE customer_id = @merge');
  const moveInteractions = db.prepare('UPDATE interactions SET customer_id = @keep, updated_at = @now WHERE customer_id = @merge');
  // Notes, reminders and cases belong to the person, not the duplicate record: they move too.
  const moveNotes = db.prepare('UPDATE notes SET customer_id = @keep, updated_at = @now WHERE customer_id = @merge');
  const moveReminders = db.prepare('UPDATE reminders SET customer_id = @keep, updated_at = @now WHERE customer_id = @merge');
  const moveCases = db.prepare('UPDATE cases SET customer_id = @keep, updated_at = @now WHERE customer_id = @merge');
  const moveMembership = db.prepare(`
    UPDATE memberships SET customer_id = @keep, updated_at = @now
    WHERE customer_id = @merge AND NOT EXISTS (SELECT 1 FROM memberships WHERE customer_id = @keep)`);
  const fillBlanks = db.prepare(`
    UPDATE customers SET
      company = coalesce(company, (SELECT company FROM customers WHERE id = @merge)),
      best_time = coalesce(best_time, (SELECT best_time FROM customers WHERE id = @merge)),
      owner = coalesce(owner, (SELECT owner FROM customers WHERE id = @merge)),
      preferred_channel = coalesce(preferred_channel, (SELECT preferred_channel FROM customers WHERE id = @merge)),
      preferences = CASE
        WHEN (SELECT preferences FROM customers WHERE id = @merge) = '' THEN preferences
        WHEN preferences = '' THEN (SELECT preferences FROM customers WHERE id = @merge)
        ELSE preferences || char(10) || (SELECT preferences FROM customers WHERE id = @merge) END,
      is_key_account = max(is_key_account, (SELECT is_key_account FROM customers WHERE id = @merge)),
      last_contact_at = max(coalesce(last_contact_at, 0), coalesce((SELECT last_contact_at FROM customers WHERE id = @merge), 0)),
      updated_at = @now
    WHERE id = @keep`);

  return {
    updateCustomerCore: (row: Record<string, unknown>) => updateCore.run(row),
    clearContactPoints: (customerId: string) => {
      clearPhones.run(customerId);
      clearEmails.run(customerId);
      clearHandles.run(customerId);
      clearTags.run(customerId);
    },
    deleteMembership: (customerId: string) => deleteMembership.run(customerId),
    deleteCustomer: (customerId: string) => deleteCustomer.run(customerId).changes,
    countOwnedRecords: (customerId: string) => countOwned.get({ id: customerId }) as { interactions: number; messages: number; orders: number },
    findIdsByNormalizedPhones: (values: string[]) => phonesMatching.all({ values: JSON.stringify(values) }) as string[],
    findIdsByEmails: (values: string[]) => emailsMatching.all({ values: JSON.stringify(values) }) as string[],
    listPhoneDuplicateGroups: (limit: number) => phoneGroups.all(limit) as { value: string; ids: string }[],
    listEmailDuplicateGroups: (limit: number) => emailGroups.all(limit) as { value: string; ids: string }[],
    mergeInto: (keep: string, merge: string, now: number) => {
      const p = { keep, merge, now };
      const moved = {
        phones: movePhones.run(p).changes,
        emails: moveEmails.run(p).changes,
        handles: moveHandles.run(p).changes,
        tags: copyTags.run({ keep, merge }).changes,
        orders: moveOrders.run(p).changes,
        interactions: moveInteractions.run(p).changes,
        notes: moveNotes.run(p).changes,
        reminders: moveReminders.run(p).changes,
        cases: moveCases.run(p).changes,
        membership: moveMembership.run(p).changes > 0,
      };
      fillBlanks.run(p);
      return moved;
    },
  };
}
export type CustomerEditRepo = ReturnType<typeof createCustomerEditRepo>;
