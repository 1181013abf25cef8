import type { ReactNode } from 'react';
import { RubricTab } from './RubricTab';
import { ScenariosTab } from './ScenariosTab';
import { TeamTab } from './TeamTab';

/** A tab of the training page that only supervisors see (team review, scenario editor, rubric). */
export interface TrainingTab {
  id: string;
  /** i18next key of the tab's label. */
  labelKey: string;
  render: () => ReactNode;
}

export const supervisorTabs: TrainingTab[] = [
  { id: 'team', labelKey: 'training.supervisor.tabs.team', render: () => <TeamTab /> },
  { id: 'scenarios', labelKey: 'training.supervisor.tabs.scenarios', render: () => <ScenariosTab /> },
  { id: 'rubric', labelKey: 'training.supervisor.tabs.rubric', render: () => <RubricTab /> },
];
