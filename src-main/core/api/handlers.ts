import type { MethodName, MethodOutput, MethodParsedInput } from '../../contract/methods';

export type Handler<M extends MethodName> = (input: MethodParsedInput<M>) => MethodOutput<M>;
export type HandlerMap = { [M in MethodName]: Handler<M> };
export type PartialHandlers = Partial<HandlerMap>;

/**
 * Joins the handlers each domain registers. Two domains claiming one method, or a contract
 * method nobody handles, is a programming error caught at start-up (and by a unit test).
 */
export function combineHandlers(methodNames: readonly MethodName[], ...groups: PartialHandlers[]): HandlerMap {
  const all: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (name in all) throw new Error(`Two domains register the method ${name}`);
      all[name] = handler;
    }
  }
  const missing = methodNames.filter((m) => !(m in all));
  if (missing.length > 0) throw new Error(`No handler for: ${missing.join(', ')}`);
  return all as HandlerMap;
}
