export * from './version-range.ts';
export * from './csaf-facts.ts';
export * from './product-match.ts';
export * from './advisory.contracts.ts';
export * from './inventory-import.ts';
export * from './cvss.ts';
export * from './csaf-author.ts';
