import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  can,
  ErrorCode,
  type Proceedings as ProceedingsBody,
  type ProceedingsVisibility,
  type SessionProceedingsSummary,
} from '@praxis/contracts';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.service';
import type { User } from '../auth/entities/user.entity';
import { ApiException } from '../common/api-exception';
import { Session } from '../sessions/entities/session.entity';
import { Commitment } from './entities/commitment.entity';
import { ProceedingsVersion } from './entities/proceedings-version.entity';
import { Proceedings } from './entities/proceedings.entity';
import { ProceedingsContent } from './proceedings-content';

const SEARCH_VECTOR = `
  setweight(to_tsvector('praxis_search', v.title), 'A') ||
  setweight(to_tsvector('praxis_search', array_to_string(v.topics, ' ')), 'B') ||
  setweight(to_tsvector('praxis_search', v.notes_text), 'C')`;

@Injectable()
export class ProceedingsService {
  /** Sessions being published by this process: a second click while the first runs gets a 409. */
  private readonly publishing = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: ProceedingsContent,
    private readonly policy: AccessPolicy,
  ) {}

  async publish(
    sessionId: string,
    visibility: ProceedingsVisibility,
    publisher: User,
  ): Promise<ProceedingsBody> {
    if (this.publishing.has(sessionId)) throw inProgress();
    this.publishing.add(sessionId);
    try {
      const session = await this.dataSource.manager.findOneBy(Session, { id: sessionId });
      if (!session) throw ApiException.notFound('The session');
      if (session.status === 'cancelled') {
        throw new ApiException(
          409,
          ErrorCode.sessionCancelled,
          'This session was cancelled; it has no proceedings.',
        );
      }
      if (session.status === 'scheduled' && session.startsAt.getTime() > Date.now()) {
        throw new ApiException(
          409,
          ErrorCode.sessionNotStarted,
          'Proceedings can be published once the session has started.',
        );
      }
      const draft = await this.content.draft(session, visibility);
      const { proceedingsId, version } = await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = (await manager.query(
          'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
          [`publish:${sessionId}`],
        )) as { locked: boolean }[];
        if (!locked) throw inProgress();
        await manager.query(
          `INSERT INTO proceedings (session_id, network_id) VALUES ($1, $2) ON CONFLICT (session_id) DO NOTHING`,
          [sessionId, session.networkId],
        );
        const proceedings = await manager.findOne(Proceedings, {
          where: { sessionId },
          lock: { mode: 'pessimistic_write' },
        });
        const next = proceedings!.latestVersion + 1;
        const row = await manager.save(
          manager.create(ProceedingsVersion, {
            proceedingsId: proceedings!.id,
            version: next,
            visibility,
            title: session.title,
            topics: session.topics,
            countries: draft.countries,
            startsAt: session.startsAt,
            timeZone: session.timeZone,
            year: yearIn(session.startsAt, session.timeZone),
            publishedById: publisher.id,
            publisherName: publisher.displayName,
            html: draft.html,
            markdown: draft.markdown,
            notesText: draft.notesText,
            agenda: draft.agenda,
            attendance: draft.attendance,
            questions: draft.questions,
          }),
        );
        await manager.query(
          `UPDATE proceedings_versions v SET search = ${SEARCH_VECTOR} WHERE v.id = $1`,
          [row.id],
        );
        if (draft.commitments.length > 0) {
          await manager.insert(
            Commitment,
            draft.commitments.map((commitment, position) => ({
              proceedingsVersionId: row.id,
              sessionId,
              delegationId: commitment.delegationId,
              position,
              text: commitment.text,
              dueDate: commitment.dueDate,
              status: 'open' as const,
            })),
          );
        }
        await manager.update(Proceedings, { id: proceedings!.id }, { latestVersion: next });
        return { proceedingsId: proceedings!.id, version: next };
      });
      return this.body(proceedingsId, version);
    } finally {
      this.publishing.delete(sessionId);
    }
  }

  /** One version (the latest by default) as the caller may see it; 404 for what they may not. */
  async get(
    id: string,
    version: number | undefined,
    viewer: User | undefined,
  ): Promise<ProceedingsBody> {
    const found = await this.find(id, version);
    if (
      !found ||
      !(await this.mayRead(found.version.visibility, found.proceedings.networkId, viewer))
    ) {
      throw notFound();
    }
    return this.body(id, found.version.version, found);
  }

  private async body(id: string, version: number, found?: Found): Promise<ProceedingsBody> {
    found ??= await this.find(id, version);
    if (!found) throw notFound();
    const { proceedings, version: row, networkName } = found;
    const commitments: {
      id: string;
      delegation_id: string;
      country_code: string;
      organization: string;
      text: string;
      due_date: string | null;
      status: Commitment['status'];
    }[] = await this.dataSource.query(
      `SELECT c.id, c.delegation_id, d.country_code, d.organization, c.text, to_char(c.due_date, 'YYYY-MM-DD') AS due_date, c.status
       FROM commitments c JOIN delegations d ON d.id = c.delegation_id
       WHERE c.proceedings_version_id = $1 ORDER BY c.position`,
      [row.id],
    );
    return {
      id: proceedings.id,
      sessionId: proceedings.sessionId,
      networkId: proceedings.networkId,
      networkName,
      version: row.version,
      versions: proceedings.latestVersion,
      title: row.title,
      topics: row.topics,
      startsAt: row.startsAt.toISOString(),
      timeZone: row.timeZone,
      visibility: row.visibility,
      publishedAt: row.publishedAt.toISOString(),
      publishedBy: row.publisherName,
      html: row.html,
      agenda: row.agenda,
      attendance: row.attendance,
      questions: row.questions,
      commitments: commitments.map((c) => ({
        id: c.id,
        delegationId: c.delegation_id,
        countryCode: c.country_code,
        organization: c.organization,
        text: c.text,
        dueDate: c.due_date,
        status: c.status,
      })),
    };
  }

  async markdown(
    id: string,
    version: number | undefined,
    viewer: User | undefined,
  ): Promise<{ filename: string; body: string }> {
    const body = await this.get(id, version, viewer);
    const found = await this.find(id, body.version);
    const date = body.startsAt.slice(0, 10);
    const heading = [
      `# ${body.title}`,
      '',
      `${body.networkName} · ${date} · version ${body.version} of ${body.versions}`,
      '',
    ];
    const commitments = body.commitments.map(
      (c) =>
        `- [ ] **${c.countryCode} — ${c.organization}**: ${c.text}${c.dueDate ? ` (due ${c.dueDate})` : ''}`,
    );
    const questions = body.questions.map(
      (q) => `- ${q.answered ? '✔ ' : ''}${q.text} (${q.votes})`,
    );
    const sections = [
      heading.join('\n'),
      found!.version.markdown,
      commitments.length ? `## Commitments\n\n${commitments.join('\n')}` : '',
      questions.length ? `## Questions\n\n${questions.join('\n')}` : '',
    ].filter(Boolean);
    const slug =
      body.title
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'proceedings';
    return { filename: `${slug}-${date}-v${body.version}.md`, body: `${sections.join('\n\n')}\n` };
  }

  async forSession(sessionId: string): Promise<{ items: SessionProceedingsSummary[] }> {
    const rows: {
      id: string;
      version: number;
      visibility: ProceedingsVisibility;
      published_at: Date;
    }[] = await this.dataSource.query(
      `SELECT p.id, v.version, v.visibility, v.published_at FROM proceedings p
         JOIN proceedings_versions v ON v.proceedings_id = p.id
         WHERE p.session_id = $1 ORDER BY v.version DESC`,
      [sessionId],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        version: row.version,
        visibility: row.visibility,
        publishedAt: row.published_at.toISOString(),
      })),
    };
  }

  private async find(id: string, version: number | undefined): Promise<Found | undefined> {
    const proceedings = await this.dataSource.manager.findOneBy(Proceedings, { id });
    if (!proceedings || proceedings.latestVersion === 0) return undefined;
    const row = await this.dataSource.manager.findOneBy(ProceedingsVersion, {
      proceedingsId: id,
      version: version ?? proceedings.latestVersion,
    });
    if (!row) return undefined;
    const [{ name }] = (await this.dataSource.query('SELECT name FROM networks WHERE id = $1', [
      proceedings.networkId,
    ])) as { name: string }[];
    return { proceedings, version: row, networkName: name };
  }

  private async mayRead(
    visibility: ProceedingsVisibility,
    networkId: string,
    viewer: User | undefined,
  ): Promise<boolean> {
    if (visibility === 'public') return true;
    return can(await this.policy.standing(viewer, networkId), 'proceedings.view');
  }
}

interface Found {
  proceedings: Proceedings;
  version: ProceedingsVersion;
  networkName: string;
}

function notFound(): ApiException {
  return ApiException.notFound('The proceedings');
}

function inProgress(): ApiException {
  return new ApiException(
    409,
    ErrorCode.publishInProgress,
    'These proceedings are being published right now; reload in a moment to see the new version.',
  );
}

function yearIn(instant: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(instant));
}
