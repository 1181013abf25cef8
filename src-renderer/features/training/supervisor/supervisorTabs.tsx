import type { ReactNode } from 'react';

/** A tab of the training page that only supervisors see (team review, scenario editor, rubric). */
export interface TrainingTab {
  id: string;
  /** i18next key of the tab's label. */
  labelKey: string;
  render: () => ReactNode;
}

export const supervisorTabs: TrainingTab[] = [];
