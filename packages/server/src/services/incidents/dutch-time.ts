// Texts for people (timeline, reminders, mails) show Dutch time; storage and the API stay UTC.
const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'long',
  timeStyle: 'short',
});

export const formatDutchTime = (instant: Date | string): string =>
  `${AMSTERDAM.format(new Date(instant))} (Nederlandse tijd)`;
