import { loadConfig } from '../config.ts';
import { findMail } from '../repositories/mail-outbox.repository.ts';
import type { JobHandler } from './job-runner.ts';

type Log = (msg: string, extra?: Record<string, unknown>) => void;

/**
 * Job 'mail.log': until SMTP is configured (issue #2) the log is how mail reaches anyone. A body holds
 * password-reset and invitation links, which are credentials for whoever reads them, so it is logged
 * only where that is wanted (development, the quick start: WEERBAAR_LOG_MAIL_BODIES, off by default when
 * NODE_ENV=production); otherwise the log names the mail and its body stays in mail_outbox.
 */
export function mailLogHandler(log: Log, logBodies: boolean = loadConfig(process.env).logMailBodies): JobHandler {
  return async (trx, job) => {
    const mail = await findMail(trx, String(job.payload.mailId));
    if (!mail) return;
    if (logBodies) {
      log('mail (SMTP not configured)', { to: mail.to_address, subject: mail.subject, body: mail.body });
    } else {
      log('mail (SMTP not configured; the body is kept in mail_outbox only)', {
        mailId: mail.id,
        to: mail.to_address,
        subject: mail.subject,
      });
    }
  };
}
