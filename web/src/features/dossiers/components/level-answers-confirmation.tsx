import { App, Alert, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '#shared/dossiers/dossiers.schemas.js';
import { defaultRegimes } from '#shared/regimes/regimes.js';
import { isApiError } from '../../../lib/api-error.js';
import { useFormat } from '../../../lib/format.js';
import { dossierKeys } from '../api/dossiers.js';
import type { DossierDraft } from '../api/draft.js';
import { useUpdateDossier } from '../api/save-dossier.js';
import { factOrder, guidedQuestions } from './level-questions.js';

/** Every system's answers complete, and the same as the dossier holds (nothing waits for the autosave). */
function answersState(dossier: Dossier, draft: DossierDraft): 'incomplete' | 'unsaved' | 'saved' {
  const rules = defaultRegimes[draft.regime].rules;
  let unsaved = draft.regime !== dossier.regime;
  for (const system of dossier.systems) {
    const complete = guidedQuestions(rules, draft.answers[system.systemId] ?? {}).complete;
    if (!complete) return 'incomplete';
    const stored = system.assessment?.answers;
    if (!stored || factOrder.some((fact) => JSON.stringify(complete[fact]) !== JSON.stringify(stored[fact])))
      unsaved = true;
  }
  return unsaved ? 'unsaved' : 'saved';
}

interface ConfirmationProps {
  dossier: Dossier;
  draft: DossierDraft;
  editable: boolean;
}

/**
 * Whether the officer confirmed the level answers (submission needs it), and the call to confirm them.
 * Answers changed after a confirmation need confirming again: the autosave sends them without it, the
 * server clears the confirmation, and only this button sends `confirmLevelAnswers: true`, for the answers
 * the dossier holds once the autosave has saved them.
 */
export function LevelAnswersConfirmation({ dossier, draft, editable }: ConfirmationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useUpdateDossier(dossier.id);
  const state = answersState(dossier, draft);
  const confirmedAt = dossier.levelAnswersConfirmedAt;

  if (confirmedAt && state !== 'unsaved') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="answers-confirmation"
        data-confirmed="true"
        title={t('ui.levelForm.answersConfirmed', { at: format.dateTime(confirmedAt) })}
      />
    );
  }
  const confirm = async () => {
    try {
      await save.mutateAsync({ version: dossier.version, confirmLevelAnswers: true });
      void message.success(t('ui.levelForm.answersConfirmedNow'));
    } catch (error) {
      if (isApiError(error) && error.code === 'stale_version') {
        await queryClient.invalidateQueries({ queryKey: dossierKeys.one(dossier.id) });
        void message.warning(t('ui.levelForm.confirmAgainAfterSave'));
      } else void message.error(error instanceof Error ? error.message : String(error));
    }
  };
  const note =
    state === 'incomplete'
      ? t('ui.levelForm.answerAllToConfirm')
      : state === 'unsaved'
        ? t('ui.levelForm.savingBeforeConfirm')
        : undefined;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="answers-confirmation"
      data-confirmed="false"
      title={confirmedAt ? t('ui.levelForm.answersChanged') : t('ui.levelForm.answersNotConfirmed')}
      description={
        editable ? (
          <>
            {note && <div style={{ marginBottom: 8 }}>{note}</div>}
            <Button type="primary" onClick={() => void confirm()} loading={save.isPending} disabled={state !== 'saved'}>
              {t('ui.levelForm.confirmAnswers')}
            </Button>
          </>
        ) : undefined
      }
    />
  );
}
