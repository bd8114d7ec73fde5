import { z } from 'zod';
import { pageParam } from '../../url/url-query.ts';

// Filters live in the URL (?sector=Health&province=utrecht), so a filtered register can be bookmarked
// and shared; `entity` opens one entity's detail above the list.
const text = z.string().max(200).optional();

export const RegistryQuerySchema = z.object({
  q: text,
  sector: text,
  classification: text,
  province: text,
  page: pageParam,
  entity: z.string().max(100).optional(),
});
