import type { OutboxEntry, SubmissionKind, SubmissionSender } from '@weerbaar/core/delivery';
import type { Trx } from '../../db/database.ts';
import { indexReceivedIncidentReports } from '../inbox/inbox-intake.ts';
import { registrationHooks } from '../registry/registration-intake.ts';

/** A submission as the authority received it, with its payload. */
export interface ReceivedSubmissionRecord {
  orgId: string;
  id: string;
  kind: SubmissionKind;
  sender: SubmissionSender;
  submittedAt: Date;
  receivedAt: Date;
  authorityReference: string;
  payload: Record<string, unknown>;
  payloadDigest: string;
}

/** What a kind of submission does beyond the common delivery, in the delivery's own transaction. */
export interface SubmissionHooks {
  /** Entity side, after the receipt is stored. */
  onDelivered?(trx: Trx, entry: OutboxEntry & { orgId: string }): Promise<void>;
  /**
   * Authority side, only the first time an id is received (never for a repeat). Gets every new
   * submission of its kind in one intake batch, in the order they were numbered.
   */
  onReceived?(trx: Trx, received: readonly ReceivedSubmissionRecord[]): Promise<void>;
}

// One line per kind (docs/DELIVERY.md).
export const SUBMISSION_HOOKS: { [K in SubmissionKind]?: SubmissionHooks } = {
  registration: registrationHooks,
  // Entity side of an incident report: the incidents subscriber on 'submission.delivered'.
  'incident-report': { onReceived: indexReceivedIncidentReports },
};
