import { formatCitation } from '@weerbaar/core/platform';
import { currentLocale } from '../i18n/index.ts';

/**
 * A legal citation from the API ('NIS2 Art. 2(5)(a) (Member State option)') in the reader's language. Every
 * article, source or legal basis shown on screen goes through here, never as the API sent it.
 */
export const cite = (citation: string): string => formatCitation(citation, currentLocale());
