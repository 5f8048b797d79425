import { useEffect, useState } from 'react';
import { assessLevel } from '#shared/level-assessments/level-assessments.contract.js';
import type { LevelAnswers } from '#shared/level-assessments/level-answers.schemas.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import type { MatchedRule } from '#shared/regimes/determine-level.js';
import { call } from '../../../lib/api.js';

interface ServerAssessment {
  /** The answers it was computed for (JSON), to tell a current result from a stale one. */
  key: string;
  level: number | null;
  matchedRules: MatchedRule[];
}

type ServerCheck =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'confirmed'; result: ServerAssessment }
  /** The server could not be asked (offline, or it does not offer the endpoint): the local result stands. */
  | { state: 'unavailable' };

const DEBOUNCE_MS = 600;

/**
 * Confirms the browser's instant result with the server's (POST /api/level-assessments), a moment
 * after the answers stop changing. The server holds the regime as the administrator corrected it,
 * so where the two differ the server's answer is the one shown.
 */
export function useServerAssessment(regime: RegimeId, answers: LevelAnswers | null, enabled = true): ServerCheck {
  const key = answers && enabled ? JSON.stringify([regime, answers]) : '';
  // The server's latest answer and the key it answers for; what is shown is derived from it and the
  // current key, so nothing is set while rendering or at the start of the effect.
  const [answered, setAnswered] = useState<{ key: string; check: ServerCheck } | null>(null);
  useEffect(() => {
    if (!key) return;
    // The request is made from the key itself, so the effect depends on nothing else.
    const [keyRegime, keyAnswers] = JSON.parse(key) as [RegimeId, LevelAnswers];
    const controller = new AbortController();
    const timer = setTimeout(() => {
      call(assessLevel, { body: { regime: keyRegime, answers: keyAnswers }, signal: controller.signal })
        .then((result) =>
          setAnswered({
            key,
            check: { state: 'confirmed', result: { key, level: result.level, matchedRules: result.matchedRules } },
          }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError'))
            setAnswered({ key, check: { state: 'unavailable' } });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);
  if (!key) return { state: 'idle' };
  return answered?.key === key ? answered.check : { state: 'checking' };
}
