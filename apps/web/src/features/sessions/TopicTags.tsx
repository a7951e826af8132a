import { useTranslation } from 'react-i18next';

/** A session's topics as small tags, listed for screen readers. */
export function TopicTags({ topics }: { topics: readonly string[] }) {
  const { t } = useTranslation();
  if (topics.length === 0) return null;
  return (
    <ul className="plain-list tag-list" aria-label={t('sessions.topics')}>
      {topics.map((topic) => (
        <li key={topic} className="tag">
          {topic}
        </li>
      ))}
    </ul>
  );
}
