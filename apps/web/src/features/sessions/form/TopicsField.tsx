import { SESSION_LIMITS } from '@praxis/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { FieldFrame } from '../../../ui/Field';

const SUGGESTION_CHIPS = 8;

const sameTopic = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * Free topics: typed (Enter or "Add topic" adds one), picked from the network's topics so far (the
 * input's suggestions, and the most used ones as buttons), each removable by its own button.
 */
export function TopicsField({
  value,
  onChange,
  suggestions,
  error,
}: {
  value: readonly string[];
  onChange: (topics: string[]) => void;
  suggestions: readonly string[];
  error?: string;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const full = value.length >= SESSION_LIMITS.topicsMax;
  const offered = suggestions.filter((topic) => !value.some((chosen) => sameTopic(chosen, topic)));

  const add = (text: string) => {
    const topic = text.trim();
    setDraft('');
    if (!topic || full || value.some((chosen) => sameTopic(chosen, topic))) return;
    onChange([...value, topic]);
  };

  return (
    <FieldFrame label={t('sessionForm.topics')} hint={t('sessionForm.topicsHint')} error={error}>
      {(control) => (
        <div className="stack topics-field">
          <div className="inline-form">
            <input
              {...control}
              ref={inputRef}
              className="field__input"
              name="topics"
              list={listId}
              autoComplete="off"
              maxLength={SESSION_LIMITS.topicMax}
              disabled={full}
              value={draft}
              onChange={(event) => {
                setDraft(event.target.value);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add(draft);
                }
              }}
            />
            <Button
              variant="secondary"
              disabled={full}
              onClick={() => {
                add(draft);
                inputRef.current?.focus();
              }}
            >
              {t('sessionForm.addTopic')}
            </Button>
          </div>
          <datalist id={listId}>
            {offered.map((topic) => (
              <option key={topic} value={topic} />
            ))}
          </datalist>
          {value.length > 0 && (
            <ul className="plain-list tag-list" aria-label={t('sessionForm.chosenTopics')}>
              {value.map((topic) => (
                <li key={topic} className="tag tag--removable">
                  {topic}
                  <button
                    type="button"
                    className="tag__remove"
                    aria-label={t('sessionForm.removeTopic', { topic })}
                    onClick={() => {
                      onChange(value.filter((chosen) => chosen !== topic));
                      inputRef.current?.focus();
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {offered.length > 0 && !full && (
            <div className="chip-group" role="group" aria-label={t('sessionForm.usedBefore')}>
              <span className="muted">{t('sessionForm.usedBefore')}</span>
              {offered.slice(0, SUGGESTION_CHIPS).map((topic) => (
                <button
                  key={topic}
                  type="button"
                  className="chip"
                  aria-label={t('sessionForm.addThisTopic', { topic })}
                  onClick={() => {
                    add(topic);
                    inputRef.current?.focus();
                  }}
                >
                  <span aria-hidden="true">+ </span>
                  {topic}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </FieldFrame>
  );
}
