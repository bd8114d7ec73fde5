import type { TlpLabel } from '@weerbaar/core/sharing';
import { useTranslation } from 'react-i18next';

// The official TLP 2.0 colours (FIRST, "TLP 2.0 colour codes"): coloured text on a black background.
const TLP_COLOURS: Record<TlpLabel, string> = {
  CLEAR: '#FFFFFF',
  GREEN: '#33FF00',
  AMBER: '#FFC000',
  'AMBER+STRICT': '#FFC000',
  RED: '#FF2B2B',
};

/** A TLP 2.0 label as FIRST draws it, with what it means as its title. */
export function TlpBadge({ tlp }: { tlp: TlpLabel }) {
  const { t } = useTranslation();
  return (
    <span
      style={{ background: '#000000', color: TLP_COLOURS[tlp], padding: '0 0.4em', fontWeight: 700 }}
      title={t(`tlp.meaning.${tlp}`)}
    >
      TLP:{tlp}
    </span>
  );
}
