// Requests for information and crisis communication (import through '@weerbaar/core/crisis').
export * from './requests.contracts.ts';
export * from './requests-rules.ts';
