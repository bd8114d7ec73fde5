// Primitives shared by several areas (delivery, incidents, registration): kept here so that those
// areas need not import each other for them.
import { z } from 'zod';
import { pattern } from './validation-codes.ts';

export const Sha256HexSchema = z
  .string()
  .regex(pattern(/^[0-9a-f]{64}$/, 'sha256'), 'must be a lower-case sha256 hex digest');
