import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyButtonProps {
  value: string;
  /** Accessible name when several copy buttons share a page, e.g. "Token kopiëren". */
  label?: string;
}

export function CopyButton({ value, label }: CopyButtonProps) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed' | undefined>();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setResult('copied');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin); the text stays selectable.
      setResult('failed');
    }
  }

  return (
    <span className="weerbaar-copy">
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void copy()}>
        {label ?? t('common.copy')}
      </button>
      <span role="status" className="weerbaar-copy__status">
        {result === 'copied' && t('common.copied')}
        {result === 'failed' && t('common.copyFailed')}
      </span>
    </span>
  );
}
