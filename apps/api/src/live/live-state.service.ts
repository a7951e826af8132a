import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type AgendaState,
  type ChatMessage as ChatMessageBody,
  ErrorCode,
  type Hand,
  LIVE_LIMITS,
  type Question as QuestionBody,
  SESSION_TRANSITIONS,
} from '@praxis/contracts';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource, IsNull, Repository } from 'typeorm';
import { createLimiter, consumeOrThrow } from '../redis/rate-limiter';
import { REDIS, type RedisClient } from '../redis/redis.module';
import { AgendaItem } from '../sessions/entities/agenda-item.entity';
import { SessionChange } from '../sessions/entities/session-change.entity';
import { Session } from '../sessions/entities/session.entity';
import { ChatWriter } from './chat-writer';
import { LiveError } from './live-error';
import { ChatMessage } from './entities/chat-message.entity';
import { HandRaise } from './entities/hand-raise.entity';
import { Question, QuestionVote } from './entities/question.entity';

/** Joins the author's delegation (as `d`) in the session's network (`s`), for their country. */
const authorCountryJoin = (alias: string) =>
  `LEFT JOIN memberships m ON m.user_id = ${alias}.user_id AND m.network_id = s.network_id
   LEFT JOIN delegations d ON d.id = m.delegation_id`;

interface Author {
  userId: string;
  displayName: string;
  countryCode: string | null;
}

/** The persisted state of a live session: chat, questions, hands and the running agenda. */
@Injectable()
export class LiveStateService {
  private readonly chatLimiter: RateLimiterAbstract;

  constructor(
    @InjectRepository(ChatMessage) private readonly chat: Repository<ChatMessage>,
    @InjectRepository(Question) private readonly questions: Repository<Question>,
    @InjectRepository(QuestionVote) private readonly votes: Repository<QuestionVote>,
    @InjectRepository(HandRaise) private readonly hands: Repository<HandRaise>,
    @InjectRepository(AgendaItem) private readonly items: Repository<AgendaItem>,
    private readonly dataSource: DataSource,
    private readonly chatWriter: ChatWriter,
    @Inject(REDIS) redis: RedisClient,
  ) {
    this.chatLimiter = createLimiter(redis, 'live-chat', LIVE_LIMITS.chatPerTenSeconds, 10);
  }

  // ---- chat ----

  async sendChat(sessionId: string, author: Author, text: string): Promise<ChatMessageBody> {
    await consumeOrThrow(this.chatLimiter, author.userId).catch(() => {
      throw new LiveError(
        ErrorCode.tooManyRequests,
        'You are sending messages too fast. Wait a few seconds.',
      );
    });
    const row = await this.chatWriter.write(sessionId, author.userId, text);
    return {
      id: row.id,
      userId: author.userId,
      displayName: author.displayName,
      countryCode: author.countryCode,
      text,
      sentAt: row.sentAt.toISOString(),
    };
  }

  async deleteChat(sessionId: string, messageId: string): Promise<void> {
    const result = await this.chat.update(
      { id: messageId, sessionId, deletedAt: IsNull() },
      { deletedAt: new Date() },
    );
    if (!result.affected)
      throw new LiveError(ErrorCode.notFound, 'That message does not exist in this session.');
  }

  async chatHistory(sessionId: string): Promise<ChatMessageBody[]> {
    const rows = await this.chat.query(
      // The last lines first, then their authors: a busy session's chat stays one index range however
      // stale the planner's statistics are after a burst of inserts.
      `SELECT c.id, c.user_id, u.display_name, d.country_code, c.text, c.sent_at
         FROM (SELECT id, session_id, user_id, text, sent_at FROM chat_messages
                WHERE session_id = $1 AND deleted_at IS NULL
                ORDER BY sent_at DESC LIMIT $2) c
         JOIN users u ON u.id = c.user_id
         JOIN sessions s ON s.id = c.session_id
         ${authorCountryJoin('c')}
        ORDER BY c.sent_at DESC`,
      [sessionId, LIVE_LIMITS.chatHistory],
    );
    return (
      rows as {
        id: string;
        user_id: string;
        display_name: string;
        country_code: string | null;
        text: string;
        sent_at: Date;
      }[]
    )
      .reverse()
      .map((r) => ({
        id: r.id,
        userId: r.user_id,
        displayName: r.display_name,
        countryCode: r.country_code,
        text: r.text,
        sentAt: r.sent_at.toISOString(),
      }));
  }

  // ---- questions ----

  async ask(sessionId: string, author: Author, text: string): Promise<QuestionBody> {
    const saved = await this.questions.save(
      this.questions.create({
        sessionId,
        userId: author.userId,
        text,
        answeredAt: null,
        deletedAt: null,
      }),
    );
    return (await this.question(sessionId, saved.id, author.userId))!;
  }

  /** Up-votes once per person; a second vote is refused. */
  async upvote(sessionId: string, questionId: string, userId: string): Promise<QuestionBody> {
    await this.existingQuestion(sessionId, questionId);
    const inserted = await this.votes
      .createQueryBuilder()
      .insert()
      .values({ questionId, userId })
      .orIgnore()
      .returning('question_id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0)
      throw new LiveError('already_voted', 'You have already voted for this question.');
    return (await this.question(sessionId, questionId, userId))!;
  }

  async markAnswered(
    sessionId: string,
    questionId: string,
    answered: boolean,
  ): Promise<QuestionBody> {
    await this.existingQuestion(sessionId, questionId);
    await this.questions.update({ id: questionId }, { answeredAt: answered ? new Date() : null });
    return (await this.question(sessionId, questionId, null))!;
  }

  async deleteQuestion(sessionId: string, questionId: string): Promise<void> {
    await this.existingQuestion(sessionId, questionId);
    await this.questions.update({ id: questionId }, { deletedAt: new Date() });
  }

  /** Questions sorted by votes, then by when they were asked. */
  async questionList(sessionId: string, viewerId: string | null): Promise<QuestionBody[]> {
    return this.queryQuestions('q.session_id = $1', [sessionId, viewerId]);
  }

  private async question(
    sessionId: string,
    questionId: string,
    viewerId: string | null,
  ): Promise<QuestionBody | undefined> {
    return (
      await this.queryQuestions('q.session_id = $1 AND q.id = $3', [
        sessionId,
        viewerId,
        questionId,
      ])
    )[0];
  }

  private async queryQuestions(where: string, params: unknown[]): Promise<QuestionBody[]> {
    const rows: {
      id: string;
      user_id: string;
      display_name: string;
      country_code: string | null;
      text: string;
      asked_at: Date;
      votes: number;
      mine: boolean;
      answered_at: Date | null;
    }[] = await this.questions.query(
      `SELECT q.id, q.user_id, u.display_name, d.country_code, q.text, q.asked_at, q.answered_at,
                (SELECT count(*)::int FROM question_votes v WHERE v.question_id = q.id) AS votes,
                EXISTS (SELECT 1 FROM question_votes v WHERE v.question_id = q.id AND v.user_id = $2) AS mine
           FROM questions q JOIN users u ON u.id = q.user_id
           JOIN sessions s ON s.id = q.session_id
           ${authorCountryJoin('q')}
          WHERE ${where} AND q.deleted_at IS NULL
          ORDER BY votes DESC, q.asked_at ASC`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      displayName: r.display_name,
      countryCode: r.country_code,
      text: r.text,
      askedAt: r.asked_at.toISOString(),
      votes: r.votes,
      votedByMe: r.mine,
      answered: r.answered_at !== null,
    }));
  }

  private async existingQuestion(sessionId: string, questionId: string): Promise<void> {
    if (!(await this.questions.existsBy({ id: questionId, sessionId, deletedAt: IsNull() }))) {
      throw new LiveError(ErrorCode.notFound, 'That question does not exist in this session.');
    }
  }

  // ---- hands ----

  async raiseHand(sessionId: string, userId: string): Promise<void> {
    await this.hands
      .createQueryBuilder()
      .insert()
      .values({ sessionId, userId })
      .orIgnore()
      .execute();
  }

  async lowerHand(sessionId: string, userId: string): Promise<void> {
    await this.hands.delete({ sessionId, userId });
  }

  async handQueue(sessionId: string): Promise<Hand[]> {
    const rows: {
      user_id: string;
      display_name: string;
      country_code: string | null;
      raised_at: Date;
    }[] = await this.hands.query(
      `SELECT h.user_id, u.display_name, d.country_code, h.raised_at
         FROM hand_raises h JOIN users u ON u.id = h.user_id JOIN sessions s ON s.id = h.session_id
         ${authorCountryJoin('h')}
        WHERE h.session_id = $1 ORDER BY h.raised_at ASC, h.user_id ASC`,
      [sessionId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      countryCode: r.country_code,
      raisedAt: r.raised_at.toISOString(),
    }));
  }

  // ---- agenda and status ----

  async agendaState(sessionId: string): Promise<AgendaState> {
    const session = await this.dataSource.getRepository(Session).findOneByOrFail({ id: sessionId });
    const items = await this.items.find({
      where: { sessionId },
      order: { position: 'ASC' },
      select: { id: true, actualStartedAt: true },
    });
    const index = session.currentItemId
      ? items.findIndex((i) => i.id === session.currentItemId)
      : -1;
    return {
      currentItemId: index >= 0 ? session.currentItemId : null,
      currentIndex: index >= 0 ? index : null,
      itemStartedAt: index >= 0 ? (session.currentItemStartedAt?.toISOString() ?? null) : null,
      finished: index < 0 && items.length > 0 && items.every((i) => i.actualStartedAt !== null),
    };
  }

  /** Moves the live agenda: `start` (first item), `advance` (next, or past the last), `back` (previous). */
  async moveAgenda(
    sessionId: string,
    move: 'start' | 'advance' | 'back',
    byId: string,
  ): Promise<{ state: AgendaState; statusChanged: boolean }> {
    let statusChanged = false;
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(Session, {
        where: { id: sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session || session.status === 'cancelled' || session.status === 'ended') {
        throw new LiveError(ErrorCode.sessionOver, 'The session is not running.');
      }
      const items = await manager.find(AgendaItem, {
        where: { sessionId },
        order: { position: 'ASC' },
      });
      if (items.length === 0)
        throw new LiveError(ErrorCode.notFound, 'The session has no agenda items.');
      const current = session.currentItemId
        ? items.findIndex((i) => i.id === session.currentItemId)
        : -1;
      const finished = current < 0 && items.every((i) => i.actualStartedAt !== null);
      // Going back after the last item reopens the last one.
      const from = finished && move === 'back' ? items.length : current;
      const target = move === 'start' ? 0 : move === 'advance' ? from + 1 : from - 1;
      if (move !== 'start' && from < 0)
        throw new LiveError(ErrorCode.conflict, 'The agenda has not started yet.');
      if (move === 'advance' && finished)
        throw new LiveError(ErrorCode.conflict, 'The agenda is already over.');
      if (target < 0) throw new LiveError(ErrorCode.conflict, 'This is already the first item.');
      const now = new Date();
      if (current >= 0)
        await manager.update(AgendaItem, { id: items[current]!.id }, { actualEndedAt: now });
      const next = items[target];
      if (next)
        await manager.update(
          AgendaItem,
          { id: next.id },
          {
            actualStartedAt: next.actualStartedAt && move === 'back' ? next.actualStartedAt : now,
            actualEndedAt: null,
          },
        );
      session.currentItemId = next?.id ?? null;
      session.currentItemStartedAt = next ? now : null;
      if (session.status === 'scheduled') {
        session.status = 'live';
        session.sequence += 1;
        statusChanged = true;
        await manager.insert(SessionChange, {
          sessionId,
          kind: 'status',
          byId,
          status: 'live',
          fromStartsAt: null,
          toStartsAt: null,
          fromDurationMinutes: null,
          toDurationMinutes: null,
        });
      }
      await manager.save(session);
    });
    return { state: await this.agendaState(sessionId), statusChanged };
  }

  async setStatus(sessionId: string, status: 'live' | 'ended', byId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(Session, {
        where: { id: sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw new LiveError(ErrorCode.notFound, 'The session does not exist.');
      if (session.status === status) return;
      if (!SESSION_TRANSITIONS[session.status].includes(status)) {
        throw new LiveError(
          ErrorCode.invalidStatusChange,
          `A ${session.status} session cannot become ${status}.`,
        );
      }
      if (status === 'ended') {
        if (session.currentItemId)
          await manager.update(
            AgendaItem,
            { id: session.currentItemId },
            { actualEndedAt: new Date() },
          );
        session.currentItemId = null;
        session.currentItemStartedAt = null;
        await manager.delete(HandRaise, { sessionId });
      }
      session.status = status;
      session.sequence += 1;
      await manager.save(session);
      await manager.insert(SessionChange, {
        sessionId,
        kind: 'status',
        byId,
        status,
        fromStartsAt: null,
        toStartsAt: null,
        fromDurationMinutes: null,
        toDurationMinutes: null,
      });
    });
  }
}
