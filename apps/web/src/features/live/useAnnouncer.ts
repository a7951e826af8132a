import type { AgendaItem } from '@praxis/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from './liveState';

/** A sentence for screen readers when something happens in the room: a hand, a question, the agenda. */
export function useAnnouncer(state: LiveState | null, items: AgendaItem[]): string {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const previous = useRef<LiveState | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (!before || !state) return;
    const said: string[] = [];
    const handsBefore = new Set(before.hands.map((hand) => hand.userId));
    for (const hand of state.hands) {
      if (!handsBefore.has(hand.userId)) said.push(t('live.announce.handRaised', { name: hand.displayName }));
    }
    const questionsBefore = new Set(before.questions.map((q) => q.id));
    for (const question of state.questions) {
      if (!questionsBefore.has(question.id)) {
        said.push(t('live.announce.newQuestion', { name: question.displayName }));
      }
    }
    if (state.agenda.currentItemId && state.agenda.currentItemId !== before.agenda.currentItemId) {
      const item = items.find((candidate) => candidate.id === state.agenda.currentItemId);
      if (item) said.push(t('live.announce.agendaMoved', { title: item.title }));
    }
    if (state.status === 'ended' && before.status !== 'ended') said.push(t('live.announce.ended'));
    if (said.length > 0) setMessage(said.join(' '));
  }, [state, items, t]);

  return message;
}
