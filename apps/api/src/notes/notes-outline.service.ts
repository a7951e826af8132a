import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LOCALE, isSupportedLocale, type Locale } from '@praxis/contracts';
import { addAgendaSections, type OutlineLabels, type OutlineSection } from '@praxis/notes-schema';
import { DataSource } from 'typeorm';
import type * as Y from 'yjs';

const LABELS: Record<Locale, OutlineLabels> = {
  en: { presenters: 'Presenters', commitments: 'Commitments' },
  fr: { presenters: 'Intervenants', commitments: 'Engagements' },
  pt: { presenters: 'Apresentadores', commitments: 'Compromissos' },
  es: { presenters: 'Ponentes', commitments: 'Compromisos' },
};

export const OUTLINE_ORIGIN = 'praxis-outline';

/**
 * The agenda's sections in a session's notes, in the language of whoever first opened them (kept in the
 * document, so later sections match).
 */
@Injectable()
export class NotesOutline {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async apply(doc: Y.Doc, sessionId: string, preferredLocale: string): Promise<void> {
    const meta = doc.getMap<unknown>('praxis');
    const stored = meta.get('locale');
    const locale: Locale = isSupportedLocale(stored)
      ? stored
      : isSupportedLocale(preferredLocale)
        ? preferredLocale
        : DEFAULT_LOCALE;
    const sections = await this.sections(sessionId, locale);
    doc.transact(() => {
      if (stored === undefined) meta.set('locale', locale);
      addAgendaSections(doc, sections, LABELS[locale], OUTLINE_ORIGIN);
    }, OUTLINE_ORIGIN);
  }

  private async sections(sessionId: string, locale: Locale): Promise<OutlineSection[]> {
    const rows: {
      id: string;
      title: string;
      people: string[] | null;
      delegations: { country_code: string; organization: string }[] | null;
    }[] = await this.dataSource.query(
      `SELECT a.id, a.title,
         (SELECT array_agg(u.display_name ORDER BY array_position(a.presenter_ids, u.id))
            FROM users u WHERE u.id = ANY(a.presenter_ids)) AS people,
         (SELECT json_agg(json_build_object('country_code', d.country_code, 'organization', d.organization)
                          ORDER BY array_position(a.presenter_delegation_ids, d.id))
            FROM delegations d WHERE d.id = ANY(a.presenter_delegation_ids)) AS delegations
       FROM agenda_items a WHERE a.session_id = $1 ORDER BY a.position`,
      [sessionId],
    );
    const regions = new Intl.DisplayNames([locale], { type: 'region' });
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      presenters: [
        ...(row.delegations ?? []).map(
          (d) => `${regions.of(d.country_code) ?? d.country_code} — ${d.organization}`,
        ),
        ...(row.people ?? []),
      ],
    }));
  }
}
