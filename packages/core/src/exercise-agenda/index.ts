// The interdepartmental exercise agenda (issue 16 item 6): contracts, events and the coverage picture.
export * from './agenda.contracts.ts';
export * from './agenda-coverage.ts';
export * from './exercise-agenda.events.ts';
