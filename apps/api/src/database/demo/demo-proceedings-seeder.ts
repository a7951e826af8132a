import { Injectable } from '@nestjs/common';
import { notesSchema, type NotesNode } from '@praxis/notes-schema';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { User } from '../../auth/entities/user.entity';
import { ProceedingsService } from '../../proceedings/proceedings.service';
import { DEMO_IDS } from './demo-accounts';
import { DEMO_PROCEEDINGS, type DemoProceedings } from './demo-proceedings';

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Gives the demo's past sessions what a real one leaves behind: notes (with commitments), attendance
 * from the live room, questions with votes, the agenda's actual times, and published proceedings.
 */
@Injectable()
export class DemoProceedingsSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proceedings: ProceedingsService,
  ) {}

  async seed(): Promise<void> {
    const convener = await this.dataSource.manager.findOneByOrFail(User, {
      id: DEMO_IDS.users.convener,
    });
    const admin = await this.dataSource.manager.findOneByOrFail(User, { id: DEMO_IDS.users.admin });
    for (const demo of DEMO_PROCEEDINGS) {
      const [session] = (await this.dataSource.query(
        'SELECT id, network_id, starts_at, duration_minutes FROM sessions WHERE title = $1',
        [demo.session],
      )) as { id: string; network_id: string; starts_at: Date; duration_minutes: number }[];
      if (!session) continue;
      await this.agendaTimes(session);
      await this.notes(session, demo);
      await this.attendance(session);
      await this.questions(session.id, session.network_id, demo);
      const publisher = session.network_id === DEMO_IDS.networks.mcln ? convener : admin;
      await this.proceedings.publish(session.id, demo.visibility, publisher);
    }
  }

  private async agendaTimes(session: { id: string; starts_at: Date }): Promise<void> {
    await this.dataSource.query(
      `UPDATE agenda_items a SET
         actual_started_at = $2::timestamptz + make_interval(mins => (s.before + a.position * 2)::int),
         actual_ended_at = $2::timestamptz + make_interval(mins => (s.before + a.minutes + a.position * 2)::int)
       FROM (SELECT id, coalesce(sum(minutes) OVER (ORDER BY position ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
             FROM agenda_items WHERE session_id = $1) s
       WHERE a.id = s.id`,
      [session.id, session.starts_at],
    );
  }

  private async notes(
    session: { id: string; network_id: string },
    demo: DemoProceedings,
  ): Promise<void> {
    const agenda = (await this.dataSource.query(
      'SELECT id, title FROM agenda_items WHERE session_id = $1 ORDER BY position',
      [session.id],
    )) as { id: string; title: string }[];
    const delegations = (await this.dataSource.query(
      'SELECT id, country_code, organization FROM delegations WHERE network_id = $1 ORDER BY organization',
      [session.network_id],
    )) as { id: string; country_code: string; organization: string }[];
    const content: NotesNode[] = [];
    for (const item of agenda) {
      content.push(heading(item.title));
      for (const text of demo.notes[item.title] ?? []) content.push(paragraph(text));
    }
    content.push(heading('Commitments'), {
      type: 'taskList',
      content: demo.commitments.flatMap((commitment) => {
        const delegation = delegations.find((d) => d.country_code === commitment.country);
        if (!delegation) return [];
        const label = `${COUNTRY_NAMES.of(delegation.country_code)} — ${delegation.organization}`;
        const due = commitment.dueInDays
          ? new Date(Date.now() + commitment.dueInDays * 86_400_000).toISOString().slice(0, 10)
          : null;
        return [
          {
            type: 'taskItem',
            attrs: { checked: false, dueDate: due },
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'delegation', attrs: { id: delegation.id, label } },
                  { type: 'text', text: ` ${commitment.text}` },
                ],
              },
            ],
          },
        ];
      }),
    });
    const doc = prosemirrorJSONToYDoc(notesSchema(), { type: 'doc', content }, 'default');
    // Mark the agenda's sections as present, so opening the notes does not add them again.
    const meta = doc.getMap<unknown>('praxis');
    const sections = new Y.Map<boolean>();
    meta.set('sections', sections);
    for (const item of agenda) sections.set(item.id, true);
    meta.set('commitmentsTitle', 'Commitments');
    meta.set('locale', 'en');
    await this.dataSource.query('INSERT INTO notes_snapshots (session_id, state) VALUES ($1, $2)', [
      session.id,
      Buffer.from(Y.encodeStateAsUpdate(doc)),
    ]);
  }

  /** Everyone with a delegation in the network was in the room for the whole session. */
  private async attendance(session: {
    id: string;
    network_id: string;
    starts_at: Date;
    duration_minutes: number;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO attendance (session_id, user_id, delegation_id, country_code, source, joined_at, left_at)
       SELECT $1, m.user_id, m.delegation_id, d.country_code, 'room', $2::timestamptz + interval '2 minutes',
              $2::timestamptz + make_interval(mins => $3)
       FROM memberships m JOIN delegations d ON d.id = m.delegation_id WHERE m.network_id = $4`,
      [session.id, session.starts_at, session.duration_minutes, session.network_id],
    );
  }

  private async questions(
    sessionId: string,
    networkId: string,
    demo: DemoProceedings,
  ): Promise<void> {
    const voters = (await this.dataSource.query(
      'SELECT user_id FROM memberships WHERE network_id = $1 ORDER BY user_id',
      [networkId],
    )) as { user_id: string }[];
    for (const question of demo.questions) {
      const asker = voters[0]?.user_id ?? DEMO_IDS.users.member;
      const [row] = (await this.dataSource.query(
        `INSERT INTO questions (session_id, user_id, text, answered_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [sessionId, asker, question.text, question.answered ? new Date() : null],
      )) as { id: string }[];
      for (const voter of voters.slice(0, question.votes)) {
        await this.dataSource.query(
          'INSERT INTO question_votes (question_id, user_id) VALUES ($1, $2)',
          [row!.id, voter.user_id],
        );
      }
    }
  }
}

function heading(text: string): NotesNode {
  return { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] };
}

function paragraph(text: string): NotesNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}
