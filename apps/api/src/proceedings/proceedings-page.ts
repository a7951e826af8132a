import { Injectable } from '@nestjs/common';
import {
  DEFAULT_LOCALE,
  isSupportedLocale,
  type Locale,
  type Proceedings,
  SUPPORTED_LOCALES,
} from '@praxis/contracts';
import type { Request } from 'express';
import { AuthSessionsService } from '../auth/auth-sessions.service';
import { isUuid } from '../common/uuid';
import type { PrerenderedPage } from '../web/serve-web-app';
import { ProceedingsService } from './proceedings.service';

const PATH = /^\/proceedings\/([0-9a-f-]{36})\/?$/i;

const LABELS: Record<Locale, Record<string, string>> = {
  en: {
    agenda: 'Agenda as it ran',
    attendance: 'Attendance',
    notes: 'Notes',
    questions: 'Questions',
    commitments: 'Commitments',
    version: 'Version',
    of: 'of',
    minutes: 'min',
    due: 'due',
    answered: 'answered',
    votes: 'votes',
    people: 'participants',
    markdown: 'Download Markdown',
  },
  fr: {
    agenda: 'Ordre du jour tel qu’il s’est déroulé',
    attendance: 'Participation',
    notes: 'Notes',
    questions: 'Questions',
    commitments: 'Engagements',
    version: 'Version',
    of: 'sur',
    minutes: 'min',
    due: 'échéance',
    answered: 'répondue',
    votes: 'votes',
    people: 'participants',
    markdown: 'Télécharger en Markdown',
  },
  pt: {
    agenda: 'Agenda como decorreu',
    attendance: 'Presenças',
    notes: 'Notas',
    questions: 'Perguntas',
    commitments: 'Compromissos',
    version: 'Versão',
    of: 'de',
    minutes: 'min',
    due: 'prazo',
    answered: 'respondida',
    votes: 'votos',
    people: 'participantes',
    markdown: 'Descarregar em Markdown',
  },
  es: {
    agenda: 'Agenda tal como se desarrolló',
    attendance: 'Asistencia',
    notes: 'Notas',
    questions: 'Preguntas',
    commitments: 'Compromisos',
    version: 'Versión',
    of: 'de',
    minutes: 'min',
    due: 'vence',
    answered: 'respondida',
    votes: 'votos',
    people: 'participantes',
    markdown: 'Descargar en Markdown',
  },
};

/**
 * Proceedings as plain HTML at their web address, for readers without JavaScript (weak connections,
 * printing, sharing, search engines for public ones): the same sanitised notes and the same access rules
 * as the API. The web app takes over the page when its JavaScript arrives.
 */
@Injectable()
export class ProceedingsPage {
  constructor(
    private readonly proceedings: ProceedingsService,
    private readonly authSessions: AuthSessionsService,
  ) {}

  async render(request: Request): Promise<PrerenderedPage | null> {
    const id = PATH.exec(request.path)?.[1];
    if (!id || !isUuid(id)) return null;
    const version = Number(request.query.version);
    const viewer = await this.authSessions.viewerOf(request);
    let body: Proceedings;
    try {
      body = await this.proceedings.get(
        id,
        Number.isInteger(version) && version > 0 ? version : undefined,
        viewer?.user,
      );
    } catch {
      return null;
    }
    const lang = languageOf(request, viewer?.user.locale);
    return {
      title: `${body.title} — Praxis`,
      description: `${body.networkName}: ${body.topics.join(', ')}`.slice(0, 300),
      body: renderBody(body, lang),
      indexable: body.visibility === 'public',
      lang,
    };
  }
}

function languageOf(request: Request, preferred: string | undefined): Locale {
  if (isSupportedLocale(preferred)) return preferred;
  const accepted = request.acceptsLanguages(...SUPPORTED_LOCALES);
  return isSupportedLocale(accepted) ? accepted : DEFAULT_LOCALE;
}

function renderBody(p: Proceedings, lang: Locale): string {
  const l = LABELS[lang];
  const date = (iso: string, withDate = true) =>
    new Intl.DateTimeFormat(lang, {
      timeZone: p.timeZone,
      ...(withDate ? { dateStyle: 'long' } : {}),
      timeStyle: 'short',
    }).format(new Date(iso));
  const countries = new Intl.DisplayNames([lang], { type: 'region' });
  const country = (code: string | null) => (code ? (countries.of(code) ?? code) : '');
  const agenda = p.agenda
    .map(
      (item) =>
        `<li><strong>${esc(item.title)}</strong> (${item.minutes} ${l.minutes}${
          item.startedAt ? `, ${date(item.startedAt, false)}` : ''
        })${item.presenters.length ? ` — ${esc(item.presenters.join(', '))}` : ''}</li>`,
    )
    .join('');
  const attendance = p.attendance.groups
    .map(
      (group) =>
        `<li>${esc(country(group.countryCode))}${group.organization ? ` — ${esc(group.organization)}` : ''}: ${group.count}${
          group.names?.length ? ` (${esc(group.names.join(', '))})` : ''
        }</li>`,
    )
    .join('');
  const questions = p.questions
    .map(
      (q) =>
        `<li>${esc(q.text)} (${q.votes} ${l.votes}${q.answered ? `, ${l.answered}` : ''})</li>`,
    )
    .join('');
  const commitments = p.commitments
    .map(
      (c) =>
        `<li><strong>${esc(country(c.countryCode))} — ${esc(c.organization)}</strong>: ${esc(c.text)}${
          c.dueDate ? ` (${l.due} ${esc(c.dueDate)})` : ''
        }</li>`,
    )
    .join('');
  const section = (title: string, content: string) =>
    content ? `<section><h2>${title}</h2>${content}</section>` : '';
  return `<main class="prerendered-proceedings" style="max-width:46rem;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5">
<p>${esc(p.networkName)} · ${date(p.startsAt)}</p>
<h1>${esc(p.title)}</h1>
<p>${esc(p.topics.join(' · '))}</p>
<p>${l.version} ${p.version} ${l.of} ${p.versions} · <a href="/api/proceedings/${p.id}/markdown?version=${p.version}">${l.markdown}</a></p>
${section(l.agenda, agenda && `<ol>${agenda}</ol>`)}
${section(l.attendance, attendance && `<p>${p.attendance.total} ${l.people}</p><ul>${attendance}</ul>`)}
${section(l.notes, p.html && `<article>${p.html}</article>`)}
${section(l.questions, questions && `<ul>${questions}</ul>`)}
${section(l.commitments, commitments && `<ul>${commitments}</ul>`)}
</main>`;
}

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
