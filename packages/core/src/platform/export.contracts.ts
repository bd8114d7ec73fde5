// The two forms of a CSV export (server adapters/csv.ts): for people (Dutch names, labels and time) or for
// machines (codes and UTC). The JSON list endpoints stay the API for programs; the machine CSV is kept for
// scripts that read the export.
import { z } from 'zod';

export const EXPORT_FORMATS = ['people', 'machine'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ExportFormatQuerySchema = z.object({
  format: ExportFormatSchema.default('people').describe(
    "'people' (default): Dutch column names and labels, Dutch time (Europe/Amsterdam), ';' separated, with BOM; " +
      "'machine': codes, UTC ISO 8601 instants, ',' separated",
  ),
});
