// Suppliers: the register, alternatives per dependency and the concentration analysis.
export * from './supplier.contracts.ts';
export * from './concentration.ts';
