import type { z } from 'zod';
import type { trainingChannelSchema } from '@contract/training';

export type TrainingChannel = z.infer<typeof trainingChannelSchema>;
