// Job 'mail.log': until SMTP is configured (issue #2) the log is how mail reaches anyone. A body holds
// password-reset and invitation links, which are credentials for whoever reads them, so it is logged
// only where that is wanted (development, the quick start: WEERBAAR_LOG_MAIL_BODIES, off by default when
// NODE_ENV=production); otherwise the log names the mail and its body stays in mail_outbox.
import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { findMail } from '../../repositories/mail-outbox.repository.ts';

export const mailLogJob = defineJob({
  kind: 'mail.log',
  payload: z.object({ mailId: z.uuid() }),
  lane: 'internal',
  async run({ payload, deps }) {
    const mail = await findMail(deps.db, payload.mailId);
    if (!mail) return;
    if (deps.config.logMailBodies) {
      deps.log.info({ to: mail.to_address, subject: mail.subject, body: mail.body }, 'mail (SMTP not configured)');
    } else {
      deps.log.info(
        { mailId: mail.id, to: mail.to_address, subject: mail.subject },
        'mail (SMTP not configured; the body is kept in mail_outbox only)',
      );
    }
  },
});
