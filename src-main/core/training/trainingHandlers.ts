import type { PartialHandlers } from '../api/handlers';
import type { ProgressService } from './progressService';
import type { TrainingService } from './trainingService';

export function trainingHandlers(training: TrainingService, progress: ProgressService): PartialHandlers {
  return {
    'training.scenarios': ({ language }) => training.scenarios(language),
    'training.scenario': ({ id }) => training.scenario(id),
    'training.saveScenario': ({ id, content }) => training.saveScenario(id, content),
    'training.removeScenario': ({ id }) => training.removeScenario(id),
    'training.importScenario': ({ json }) => training.importScenario(json),
    'training.exportScenario': ({ id }) => training.exportScenario(id),
    'training.rubric': ({ language }) => training.rubric(language),
    'training.saveRubric': ({ rubric }) => training.saveRubric(rubric),
    'training.start': ({ scenarioId }) => training.start(scenarioId),
    'training.reply': ({ sessionId, text, elapsedMs }) => training.reply(sessionId, text, elapsedMs),
    'training.stop': ({ sessionId }) => training.stop(sessionId),
    'training.session': ({ id }) => training.session(id),
    'training.sessions': (f) => training.sessions(f),
    'training.progress': ({ profileId }) => progress.progress(profileId),
    'training.comment': ({ sessionId, lineIndex, text }) => training.comment(sessionId, lineIndex, text),
    'training.assign': ({ profileId, scenarioIds, assigned }) => progress.assign(profileId, scenarioIds, assigned),
    'training.assignments': ({ profileId }) => progress.assignments(profileId),
    'training.team': () => progress.team(),
  };
}
