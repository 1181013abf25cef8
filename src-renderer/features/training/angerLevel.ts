import { MAX_ANGER } from '@contract/values/training';

export const ANGER_LEVELS = ['calm', 'uneasy', 'angry', 'furious'] as const;
export type AngerLevel = (typeof ANGER_LEVELS)[number];

/** Six steps of anger read as four words a trainee grasps at a glance; 4 and 5 both mean "about to give up". */
export function angerLevel(anger: number): AngerLevel {
  const a = Math.max(0, Math.min(MAX_ANGER, anger));
  if (a <= 1) return 'calm';
  if (a === 2) return 'uneasy';
  if (a === 3) return 'angry';
  return 'furious';
}
