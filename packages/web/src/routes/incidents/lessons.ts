// Lessons learned are kept as one text (IncidentUpdateSchema.lessonsLearned); each non-empty line is
// one lesson, so each can become its own improvement action.

const TITLE_MAX = 200; // IncidentTaskCreateSchema: title at most 200 characters

export function splitLessons(text: string | null): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
}

/** The title an improvement action made from a lesson gets: the lesson, shortened to what a title may hold. */
export function lessonToTitle(lesson: string): string {
  return lesson.length <= TITLE_MAX ? lesson : `${lesson.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}
