import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ProceedingsAgendaItem,
  ProceedingsAttendance,
  ProceedingsAttendanceGroup,
  ProceedingsQuestion,
  ProceedingsVisibility,
} from '@praxis/contracts';
import {
  extractCommitments,
  notesPlainText,
  notesToHtml,
  notesToMarkdown,
  yDocToNotes,
} from '@praxis/notes-schema';
import { DataSource } from 'typeorm';
import { NotesStore } from '../notes/notes-store.service';
import { sanitizeNotesHtml } from './sanitize-notes';

const TOP_QUESTIONS = 10;
const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });
const COMMITMENT_TEXT_MAX = 2000;

export interface DraftCommitment {
  delegationId: string;
  countryCode: string;
  organization: string;
  text: string;
  dueDate: string | null;
}

export interface ProceedingsDraft {
  html: string;
  markdown: string;
  notesText: string;
  agenda: ProceedingsAgendaItem[];
  attendance: ProceedingsAttendance;
  questions: ProceedingsQuestion[];
  commitments: DraftCommitment[];
  countries: string[];
}

/** Gathers what a proceedings version holds: the notes rendered and sanitised, and the session's record. */
@Injectable()
export class ProceedingsContent {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notes: NotesStore,
  ) {}

  async draft(
    session: { id: string; networkId: string },
    visibility: ProceedingsVisibility,
  ): Promise<ProceedingsDraft> {
    const doc = await this.notes.document(session.id);
    const notes = yDocToNotes(doc);
    doc.destroy();
    const [agenda, attendance, questions, delegations] = await Promise.all([
      this.agenda(session.id),
      this.attendance(session.id, visibility),
      this.questions(session.id),
      this.delegations(session.networkId),
    ]);
    const commitments = extractCommitments(notes).flatMap((found) => {
      const delegation = delegations.get(found.delegationId);
      if (!delegation) return [];
      return [
        {
          delegationId: found.delegationId,
          countryCode: delegation.countryCode,
          organization: delegation.organization,
          text: found.text.slice(0, COMMITMENT_TEXT_MAX),
          dueDate: found.dueDate,
        },
      ];
    });
    const countries = new Set<string>([
      ...attendance.groups.flatMap((group) => (group.countryCode ? [group.countryCode] : [])),
      ...commitments.map((commitment) => commitment.countryCode),
      ...agenda.flatMap((item) => item.presenterCountries),
    ]);
    return {
      html: sanitizeNotesHtml(notesToHtml(notes)),
      markdown: notesToMarkdown(notes),
      notesText: notesPlainText(notes),
      agenda: agenda.map(({ presenterCountries: _, ...item }) => item),
      attendance,
      questions,
      commitments,
      countries: [...countries].sort(),
    };
  }

  private async agenda(
    sessionId: string,
  ): Promise<(ProceedingsAgendaItem & { presenterCountries: string[] })[]> {
    const rows: {
      title: string;
      kind: ProceedingsAgendaItem['kind'];
      minutes: number;
      started: Date | null;
      ended: Date | null;
      people: string[] | null;
      delegations: { countryCode: string; organization: string }[] | null;
    }[] = await this.dataSource.query(
      `SELECT a.title, a.kind, a.minutes, a.actual_started_at AS started, a.actual_ended_at AS ended,
         (SELECT array_agg(u.display_name ORDER BY array_position(a.presenter_ids, u.id))
            FROM users u WHERE u.id = ANY(a.presenter_ids)) AS people,
         (SELECT json_agg(json_build_object('countryCode', d.country_code, 'organization', d.organization)
                          ORDER BY array_position(a.presenter_delegation_ids, d.id))
            FROM delegations d WHERE d.id = ANY(a.presenter_delegation_ids)) AS delegations
       FROM agenda_items a WHERE a.session_id = $1 ORDER BY a.position`,
      [sessionId],
    );
    return rows.map((row) => ({
      title: row.title,
      kind: row.kind,
      minutes: row.minutes,
      presenters: [
        ...(row.delegations ?? []).map(
          (d) => `${COUNTRY_NAMES.of(d.countryCode) ?? d.countryCode} — ${d.organization}`,
        ),
        ...(row.people ?? []),
      ],
      presenterCountries: (row.delegations ?? []).map((d) => d.countryCode),
      startedAt: row.started?.toISOString() ?? null,
      endedAt: row.ended?.toISOString() ?? null,
    }));
  }

  /** Each person once, with the delegation they sat with last; names only for members-only proceedings. */
  private async attendance(
    sessionId: string,
    visibility: ProceedingsVisibility,
  ): Promise<ProceedingsAttendance> {
    const rows: {
      delegation_id: string | null;
      country_code: string | null;
      organization: string | null;
      name: string;
    }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (a.user_id) a.delegation_id, a.country_code, d.organization, u.display_name AS name
       FROM attendance a JOIN users u ON u.id = a.user_id
       LEFT JOIN delegations d ON d.id = a.delegation_id
       WHERE a.session_id = $1 AND a.joined_at IS NOT NULL
       ORDER BY a.user_id, a.joined_at DESC`,
      [sessionId],
    );
    const groups = new Map<string, ProceedingsAttendanceGroup>();
    for (const row of rows) {
      const key = row.delegation_id ?? `country:${row.country_code ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          countryCode: row.country_code?.trim() ?? null,
          delegationId: row.delegation_id,
          organization: row.organization,
          count: 0,
          ...(visibility === 'members' ? { names: [] } : {}),
        };
        groups.set(key, group);
      }
      group.count += 1;
      group.names?.push(row.name);
    }
    const sorted = [...groups.values()].sort(
      (a, b) =>
        (a.countryCode ?? '~').localeCompare(b.countryCode ?? '~') ||
        (a.organization ?? '').localeCompare(b.organization ?? ''),
    );
    for (const group of sorted) group.names?.sort((a, b) => a.localeCompare(b));
    return {
      total: rows.length,
      countries: new Set(rows.flatMap((row) => (row.country_code ? [row.country_code] : []))).size,
      groups: sorted,
    };
  }

  /** The answered questions and the most voted ones, most voted first. */
  private async questions(sessionId: string): Promise<ProceedingsQuestion[]> {
    const rows: { text: string; answered: boolean; votes: number }[] = await this.dataSource.query(
      `SELECT q.text, q.answered_at IS NOT NULL AS answered, count(v.user_id)::int AS votes
       FROM questions q LEFT JOIN question_votes v ON v.question_id = q.id
       WHERE q.session_id = $1 AND q.deleted_at IS NULL
       GROUP BY q.id ORDER BY votes DESC, q.asked_at`,
      [sessionId],
    );
    return rows.filter((row, index) => row.answered || index < TOP_QUESTIONS);
  }

  private async delegations(
    networkId: string,
  ): Promise<Map<string, { countryCode: string; organization: string }>> {
    const rows: { id: string; country_code: string; organization: string }[] =
      await this.dataSource.query(
        'SELECT id, country_code, organization FROM delegations WHERE network_id = $1',
        [networkId],
      );
    return new Map(
      rows.map((row) => [
        row.id,
        { countryCode: row.country_code, organization: row.organization },
      ]),
    );
  }
}
