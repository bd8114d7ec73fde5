// Checks a risk's scores, residual, treatment and review date against the organisation's matrix and the
// core rules, and turns problems into one validation error naming every field.
import { DomainError, type InvalidParam } from '@weerbaar/core/platform';
import {
  dutchDate,
  nextReviewProblem,
  residualProblems,
  scoreProblems,
  treatmentProblems,
  type RiskMatrixConfig,
  type ScoresInput,
  type TreatmentInput,
} from '@weerbaar/core/risk';

export interface RiskFacts {
  inherent: ScoresInput;
  residual: ScoresInput | null;
  treatment: TreatmentInput | null;
  nextReviewOn?: string | undefined;
}

export function assertRiskValid(matrix: RiskMatrixConfig, f: RiskFacts, now: Date): void {
  const problems: InvalidParam[] = [...scoreProblems(matrix, f.inherent, 'body.inherent')];
  if (f.residual) {
    problems.push(...scoreProblems(matrix, f.residual, 'body.residual'));
    problems.push(...residualProblems(f.inherent, f.residual, 'body.residual'));
  }
  if (f.treatment) problems.push(...treatmentProblems(f.treatment, 'body.treatment'));
  if (f.nextReviewOn !== undefined) {
    const problem = nextReviewProblem(dutchDate(now), f.nextReviewOn, 'body.nextReviewOn');
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw new DomainError('validation_failed', 'The risk is not scored correctly', problems);
}
