import { useState } from 'react';
import { Alert, Button, Card, Skeleton, Tabs } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import { QueryError } from '../../../components/ui/query-error.js';
import { useFormat } from '../../../lib/format.js';
import { useSession } from '../../auth/index.js';
import { useOrganisations } from '../../organisations/index.js';
import { useRegimes } from '../api/regimes.js';
import { RegimeDetails } from './regime-details.js';
import { RegimeEditor } from './regime-editor.js';
import { administersTopLevel } from './top-level-admin.js';

/**
 * "Chế độ pháp lý": one tab per regime, each rule with its citation, the clocks and the forms; an administrator of
 * a top-level organisation edits one regime at a time (the other tabs wait until the draft is saved or dropped).
 */
export function RegimesScreen() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const regimes = useRegimes();
  const session = useSession();
  const organisations = useOrganisations();
  const [active, setActive] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<RegimeId | null>(null);
  const known = session.data !== undefined && organisations.data !== undefined;
  const editable = known && administersTopLevel(session.data?.user, organisations.data ?? []);

  if (regimes.isError) return <QueryError error={regimes.error} onRetry={() => void regimes.refetch()} />;
  if (!regimes.data) return <Skeleton active />;

  return (
    <>
      {known && !editable && (
        <Alert type="info" showIcon title={t('ui.regimes.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        <Tabs
          activeKey={active ?? regimes.data[0]?.id}
          onChange={setActive}
          items={regimes.data.map((regime) => ({
            key: regime.id,
            label: regime.name[locale],
            disabled: editing !== null && editing !== regime.id,
            children:
              editing === regime.id ? (
                <RegimeEditor regime={regime} onClose={() => setEditing(null)} />
              ) : (
                <RegimeDetails
                  regime={regime}
                  actions={
                    editable && (
                      <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(regime.id)}>
                        {t('ui.regimes.edit')}
                      </Button>
                    )
                  }
                />
              ),
          }))}
        />
      </Card>
    </>
  );
}
