import type { PartialHandlers } from '../api/handlers';
import type { ReportsService } from './reportsService';

export function reportsHandlers(reports: ReportsService): PartialHandlers {
  return {
    'reports.summary': (range) => reports.summary(range),
    'reports.rising': (range) => reports.rising(range),
    'reports.agents': (range) => reports.agents(range),
    'reports.myDay': (range) => reports.myDay(range),
    'reports.voice': (range) => reports.voice(range),
  };
}
