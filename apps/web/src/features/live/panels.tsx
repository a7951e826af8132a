import { LIVE_LIMITS, type AgendaItem, type LiveAck, type Participant } from '@praxis/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Country } from '../../ui/Country';
import { translateError } from '../../i18n/translateError';
import { ackErrorText } from './ackError';
import { formatDuration, itemTimer, useNow } from './agendaTimer';
import type { LiveState } from './liveState';
import type { useLiveSession } from './useLiveSession';

export type LiveActions = ReturnType<typeof useLiveSession>['actions'];
type Ack = LiveAck<unknown>;

/** Runs an action and keeps its failure, in words, for display next to the control. */
function useAckRunner() {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<Ack>): Promise<boolean> => {
    setBusy(true);
    try {
      const ack = await action();
      setError(ack.ok ? undefined : ackErrorText(t, ack));
      return ack.ok;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function AckError({ error }: { error?: string }) {
  return error ? (
    <p className="alert live-error" role="alert">
      {error}
    </p>
  ) : null;
}

// ---- Agenda ----

export function AgendaTimer({ item, itemStartedAt }: { item: AgendaItem; itemStartedAt: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const { elapsed, remaining } = itemTimer(itemStartedAt, item.minutes, now);
  return (
    <p className="live-timer">
      <span>{t('live.agenda.elapsed', { elapsed: formatDuration(elapsed) })}</span>
      {' · '}
      <span className={remaining < 0 ? 'live-timer--over' : undefined}>
        {remaining >= 0
          ? t('live.agenda.remaining', { remaining: formatDuration(remaining) })
          : t('live.agenda.over', { over: formatDuration(-remaining) })}
      </span>
    </p>
  );
}

export function AgendaPanel({
  items,
  state,
  actions,
  onEndSession,
}: {
  items: AgendaItem[];
  state: LiveState;
  actions: LiveActions;
  onEndSession: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { error, busy, run } = useAckRunner();
  const [confirming, setConfirming] = useState(false);
  const [endError, setEndError] = useState<unknown>();
  const { currentItemId, currentIndex, itemStartedAt } = state.agenda;
  const canModerate = state.you.canModerate;
  const ended = state.status === 'ended';

  return (
    <div className="stack live-panel">
      {items.length === 0 ? (
        <p>{t('live.agenda.empty')}</p>
      ) : (
        <>
          {currentItemId === null && (
            <p>{state.agenda.finished ? t('live.agenda.finished') : t('live.agenda.notStarted')}</p>
          )}
          <ol className="live-agenda">
            {items.map((item) => {
              const current = item.id === currentItemId;
              return (
                <li
                  key={item.id}
                  className={
                    current ? 'live-agenda__item live-agenda__item--current' : 'live-agenda__item'
                  }
                  aria-current={current ? 'step' : undefined}
                >
                  <div className="live-agenda__row">
                    <span className="live-agenda__title">{item.title}</span>
                    <span className="live-agenda__minutes">
                      {t('live.agenda.minutes', { count: item.minutes })}
                    </span>
                  </div>
                  {current && (
                    <>
                      <Badge tone="success">{t('live.agenda.current')}</Badge>
                      {itemStartedAt && <AgendaTimer item={item} itemStartedAt={itemStartedAt} />}
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {canModerate && !ended && (
        <div className="button-row">
          {items.length > 0 &&
            (currentItemId === null && !state.agenda.finished ? (
              <Button busy={busy} onClick={() => void run(actions.startAgenda)}>
                {t('live.agenda.start')}
              </Button>
            ) : (
              <>
                <Button
                  variant="secondary"
                  disabled={busy || (currentIndex === 0 && !state.agenda.finished)}
                  onClick={() => void run(actions.backAgenda)}
                >
                  {t('live.agenda.previous')}
                </Button>
                {!state.agenda.finished && (
                  <Button busy={busy} onClick={() => void run(actions.advanceAgenda)}>
                    {t('live.agenda.next')}
                  </Button>
                )}
              </>
            ))}
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('live.agenda.endSession')}
          </Button>
        </div>
      )}
      <AckError error={error} />
      {confirming && (
        <ConfirmDialog
          title={t('live.agenda.endConfirm')}
          confirmLabel={t('live.agenda.endSession')}
          error={endError}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            onEndSession().then(
              () => setConfirming(false),
              (failure: unknown) => setEndError(failure),
            );
          }}
        >
          <p>{t('live.agenda.endConfirm')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

// ---- Hands ----

export function HandsPanel({ state, actions }: { state: LiveState; actions: LiveActions }) {
  const { t } = useTranslation();
  const { error, busy, run } = useAckRunner();
  const mine = state.hands.some((hand) => hand.userId === state.you.userId);
  return (
    <div className="stack live-panel">
      <div className="button-row">
        {mine ? (
          <Button
            variant="secondary"
            busy={busy}
            onClick={() => void run(() => actions.lowerHand())}
          >
            {t('live.hands.lower')}
          </Button>
        ) : (
          <Button busy={busy} onClick={() => void run(actions.raiseHand)}>
            <span aria-hidden="true">✋ </span>
            {t('live.hands.raise')}
          </Button>
        )}
      </div>
      <AckError error={error} />
      {state.hands.length === 0 ? (
        <p>{t('live.hands.empty')}</p>
      ) : (
        <ol className="live-list" aria-label={t('live.hands.queue')}>
          {state.hands.map((hand) => (
            <li key={hand.userId} className="live-list__item">
              <span>
                {hand.displayName}
                {hand.countryCode && (
                  <>
                    {' · '}
                    <Country code={hand.countryCode} />
                  </>
                )}
              </span>
              {state.you.canModerate && hand.userId !== state.you.userId && (
                <Button
                  variant="quiet"
                  onClick={() => void run(() => actions.lowerHand(hand.userId))}
                >
                  {t('live.hands.lowerFor', { name: hand.displayName })}
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

// ---- Chat ----

export function ChatPanel({ state, actions }: { state: LiveState; actions: LiveActions }) {
  const { t } = useTranslation();
  const { error, busy, run } = useAckRunner();
  const [text, setText] = useState('');
  const inputId = useId();
  const counterId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await run(() => actions.sendChat(text.trim()))) setText('');
  };
  return (
    <div className="stack live-panel">
      {state.chat.length === 0 ? (
        <p>{t('live.chat.empty')}</p>
      ) : (
        <ol className="live-chat" aria-label={t('live.chat.history')}>
          {state.chat.map((message) => (
            <li key={message.id} className="live-chat__message">
              <p className="live-chat__meta">
                <strong>{message.displayName}</strong>
                {message.countryCode && (
                  <>
                    {' · '}
                    <Country code={message.countryCode} />
                  </>
                )}
              </p>
              <p className="live-chat__text pre-line">{message.text}</p>
              {state.you.canModerate && (
                <Button
                  variant="quiet"
                  onClick={() => void run(() => actions.deleteChat(message.id))}
                >
                  {t('live.chat.delete', { name: message.displayName })}
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      <form className="stack live-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={inputId}>{t('live.chat.message')}</label>
        <textarea
          id={inputId}
          className="field__input field__input--area"
          rows={2}
          maxLength={LIVE_LIMITS.chatMax}
          value={text}
          aria-describedby={counterId}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <div className="live-form__row">
          <span id={counterId} className="field__hint">
            {t('live.chat.counter', { count: text.length, max: LIVE_LIMITS.chatMax })}
          </span>
          <Button type="submit" busy={busy} disabled={text.trim() === ''}>
            {t('live.chat.send')}
          </Button>
        </div>
        <AckError error={error} />
      </form>
    </div>
  );
}

// ---- Q&A ----

export function QuestionsPanel({ state, actions }: { state: LiveState; actions: LiveActions }) {
  const { t } = useTranslation();
  const { error, busy, run } = useAckRunner();
  const [text, setText] = useState('');
  const inputId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await run(() => actions.ask(text.trim()))) setText('');
  };
  return (
    <div className="stack live-panel">
      <form className="stack live-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={inputId}>{t('live.qa.question')}</label>
        <textarea
          id={inputId}
          className="field__input field__input--area"
          rows={2}
          maxLength={LIVE_LIMITS.questionMax}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="live-form__row">
          <span className="field__hint">
            {t('live.chat.counter', { count: text.length, max: LIVE_LIMITS.questionMax })}
          </span>
          <Button type="submit" busy={busy} disabled={text.trim() === ''}>
            {t('live.qa.ask')}
          </Button>
        </div>
      </form>
      <AckError error={error} />
      {state.questions.length === 0 ? (
        <p>{t('live.qa.empty')}</p>
      ) : (
        <ol className="live-list" aria-label={t('live.qa.list')}>
          {state.questions.map((question) => (
            <li key={question.id} className="live-question">
              <p className="pre-line">{question.text}</p>
              <p className="live-chat__meta">
                {question.displayName}
                {' · '}
                {t('live.qa.votes', { count: question.votes })}
                {question.answered && (
                  <>
                    {' '}
                    <Badge tone="success">{t('live.qa.answered')}</Badge>
                  </>
                )}
              </p>
              <div className="button-row">
                <Button
                  variant="secondary"
                  aria-pressed={question.votedByMe}
                  disabled={question.votedByMe}
                  onClick={() => void run(() => actions.upvote(question.id))}
                >
                  <span aria-hidden="true">▲ </span>
                  {question.votedByMe ? t('live.qa.voted') : t('live.qa.upvote')}
                </Button>
                {state.you.canModerate && (
                  <>
                    <Button
                      variant="quiet"
                      onClick={() =>
                        void run(() => actions.markAnswered(question.id, !question.answered))
                      }
                    >
                      {question.answered ? t('live.qa.markOpen') : t('live.qa.markAnswered')}
                    </Button>
                    <Button
                      variant="quiet"
                      onClick={() => void run(() => actions.deleteQuestion(question.id))}
                    >
                      {t('live.qa.delete')}
                    </Button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

// ---- People ----

export type ModerationKind = 'mute' | 'remove' | 'allowPresenting' | 'stopPresenting';

export function PeoplePanel({
  state,
  onModerate,
}: {
  state: LiveState;
  onModerate: (action: ModerationKind, userId: string) => Promise<{ appliedToVideo: boolean }>;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const groups = new Map<string | null, Participant[]>();
  for (const person of state.presence.participants) {
    groups.set(person.countryCode, [...(groups.get(person.countryCode) ?? []), person]);
  }
  const counts = new Map(state.presence.byCountry.map((entry) => [entry.countryCode, entry.count]));
  const act = (action: ModerationKind, userId: string) => {
    setMessage(undefined);
    setFailure(undefined);
    onModerate(action, userId).then(
      (result) =>
        setMessage(result.appliedToVideo ? t('live.people.done') : t('live.people.doneNoVideo')),
      (error: unknown) => setFailure(translateError(t, error)),
    );
  };
  return (
    <div className="stack live-panel">
      <p>{t('live.people.count', { count: state.presence.participants.length })}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <AckError error={failure} />
      {[...groups.entries()].map(([country, people]) => (
        <section key={country ?? 'none'} className="live-people__group">
          <h3 className="live-people__country">
            {country ? <Country code={country} /> : t('live.people.noCountry')} (
            {counts.get(country) ?? people.length})
          </h3>
          <ul className="live-list">
            {people.map((person) => (
              <li key={person.userId} className="live-list__item">
                <span>
                  {person.displayName}
                  {person.userId === state.you.userId && ` ${t('live.people.you')}`}
                </span>
                {state.you.canModerate && person.userId !== state.you.userId && (
                  <span className="button-row live-people__actions">
                    {(['mute', 'remove', 'allowPresenting', 'stopPresenting'] as const).map(
                      (action) => (
                        <Button
                          key={action}
                          variant={action === 'remove' ? 'danger' : 'quiet'}
                          aria-label={`${t(`live.people.${action}`)}: ${person.displayName}`}
                          onClick={() => act(action, person.userId)}
                        >
                          {t(`live.people.${action}`)}
                        </Button>
                      ),
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
