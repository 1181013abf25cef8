import type { EndReason } from '../../contract/calls';

/**
 * What a telephony or CTI provider tells the core. A call is named by the id the core gave it when
 * dialling, or by the id the adapter gave it when it started ringing in.
 */
export type TelephonyEvent =
  | { type: 'ringing'; callId: string; direction: 'inbound' | 'outbound'; number: string }
  | { type: 'answered'; callId: string }
  | { type: 'held'; callId: string }
  | { type: 'resumed'; callId: string }
  | { type: 'muted'; callId: string }
  | { type: 'unmuted'; callId: string }
  | { type: 'transferred'; callId: string; target: string }
  | { type: 'ended'; callId: string; reason: EndReason }
  | { type: 'failed'; callId: string; message: string };

/**
 * One interface for every way of making calls: the built-in simulator today, a SIP/WebRTC softphone
 * (JsSIP, SIP.js) or a vendor CTI later. Commands are requests; the state changes only when the
 * matching event arrives, so an adapter may answer synchronously (the simulator) or over a network.
 */
export interface TelephonyAdapter {
  readonly name: string;
  dial(callId: string, number: string): void;
  answer(callId: string): void;
  reject(callId: string): void;
  hangUp(callId: string): void;
  hold(callId: string): void;
  resume(callId: string): void;
  mute(callId: string): void;
  unmute(callId: string): void;
  transfer(callId: string, target: string): void;
  sendDtmf(callId: string, digits: string): void;
  onEvent(listener: (event: TelephonyEvent) => void): () => void;
  dispose(): void;
}
