import type { TrainingChannel } from './types';
import { Icon } from '../../app/Icon';

const ICON = { call: 'phone', chat: 'chat', email: 'mail' } as const;

export function ChannelIcon({ channel }: { channel: TrainingChannel }) {
  return <span className={`channel-icon ch-${channel}`}><Icon name={ICON[channel]} size={14} /></span>;
}
