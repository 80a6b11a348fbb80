// What a scene check needs only after "Prüfen": judging (the quiz's scoring, which validates answers with zod/mini)
// and the feedback. One module, so that it is one chunk, loaded after the page (see SceneCheck).
export { checkScene } from '@/lib/quiz/scene-check';
export { QuestionFeedback } from '@/components/quiz/QuestionFeedback';
