import type { AgendaItem } from '@praxis/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveState } from './liveState';

/** What changed between two states, in words: new hands, new questions, the agenda, the end. */
function describeChange(t: TFunction, before: LiveState, state: LiveState, items: AgendaItem[]): string {
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
  return said.join(' ');
}

/** A sentence for screen readers when something happens in the room: a hand, a question, the agenda. */
export function useAnnouncer(state: LiveState | null, items: AgendaItem[]): string {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [previous, setPrevious] = useState(state);
  // Adjusting state while rendering when the live state changes (no effect, no extra commit).
  if (state !== previous) {
    setPrevious(state);
    if (previous && state) {
      const said = describeChange(t, previous, state, items);
      if (said) setMessage(said);
    }
  }
  return message;
}
