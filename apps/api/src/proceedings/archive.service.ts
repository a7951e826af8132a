import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ARCHIVE_LIMITS,
  type ArchiveItem,
  type archiveQuerySchema,
  type ArchiveResult,
  type FacetValue,
  type ProceedingsVisibility,
  type SnippetPart,
} from '@praxis/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { User } from '../auth/entities/user.entity';

type Query = z.output<typeof archiveQuerySchema>;
type Filter = 'networkId' | 'year' | 'country' | 'topic';

const START = '\u0002';
const STOP = '\u0003';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const PREVIEW_CHARS = 240;

/**
 * The archive: the latest version of every proceedings the caller may read, searched with PostgreSQL
 * full text (`praxis_search` = simple + unaccent, so "preparacao" finds "preparação"), with facets that
 * count what each other filter would give.
 */
@Injectable()
export class ArchiveService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: Query, viewer: User | undefined): Promise<ArchiveResult> {
    const from = `FROM proceedings p
      JOIN proceedings_versions v ON v.proceedings_id = p.id AND v.version = p.latest_version
      JOIN networks n ON n.id = p.network_id`;
    const all = this.conditions(query, viewer);
    const offset = (query.page - 1) * ARCHIVE_LIMITS.pageSize;
    const order = all.textQuery
      ? `ts_rank_cd(v.search, ${all.textQuery}) DESC, v.starts_at DESC`
      : 'v.starts_at DESC, v.published_at DESC';
    const headline = all.textQuery
      ? `ts_headline('praxis_search', left(v.notes_text, 20000), ${all.textQuery}, '${HEADLINE}')`
      : `left(v.notes_text, ${PREVIEW_CHARS})`;
    const facet = (except: Filter, expression: string, order?: string, label?: string) => {
      const some = this.conditions(query, viewer, except);
      return this.facet(expression, from, some.where, some.params, order, label);
    };

    const [rows, total, years, countries, topics, networks] = await Promise.all([
      this.dataSource.query(
        `SELECT p.id, p.session_id, p.network_id, n.name AS network_name, v.title, v.topics, v.countries,
           v.starts_at, v.published_at, v.version, v.visibility, ${headline} AS snippet
         ${from} WHERE ${all.where} ORDER BY ${order}
         LIMIT ${ARCHIVE_LIMITS.pageSize} OFFSET ${offset}`,
        all.params,
      ) as Promise<Row[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS total ${from} WHERE ${all.where}`,
        all.params,
      ) as Promise<{ total: number }[]>,
      facet('year', 'v.year::text', 'value DESC'),
      facet('country', 'unnest(v.countries)'),
      facet('topic', 'unnest(v.topics)'),
      facet('networkId', 'p.network_id::text', undefined, 'n.name'),
    ]);
    return {
      items: rows.map((row) => toItem(row, Boolean(all.textQuery))),
      total: total[0]?.total ?? 0,
      page: query.page,
      pageSize: ARCHIVE_LIMITS.pageSize,
      facets: { years, countries, topics, networks },
    };
  }

  /** The WHERE clause and its parameters: visibility, the words, and every filter but `except`. */
  private conditions(
    query: Query,
    viewer: User | undefined,
    except?: Filter,
  ): { where: string; params: unknown[]; textQuery: string | null } {
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const conditions = [visibilityCondition(viewer, param)];
    const textQuery = query.q ? `websearch_to_tsquery('praxis_search', ${param(query.q)})` : null;
    // A query of punctuation only parses to nothing: treat it as no query rather than matching nothing.
    if (textQuery) conditions.push(`(numnode(${textQuery}) = 0 OR v.search @@ ${textQuery})`);
    if (query.networkId && except !== 'networkId')
      conditions.push(`p.network_id = ${param(query.networkId)}`);
    if (query.year && except !== 'year') conditions.push(`v.year = ${param(query.year)}`);
    if (query.country && except !== 'country')
      conditions.push(`${param(query.country)} = ANY(v.countries)`);
    if (query.topic && except !== 'topic') {
      conditions.push(
        `EXISTS (SELECT 1 FROM unnest(v.topics) t WHERE lower(t) = lower(${param(query.topic)}))`,
      );
    }
    return { where: conditions.join(' AND '), params, textQuery };
  }

  private async facet(
    expression: string,
    from: string,
    where: string,
    params: unknown[],
    order = 'count DESC, value',
    label?: string,
  ): Promise<FacetValue[]> {
    const rows: { value: string; label: string | null; count: number }[] =
      await this.dataSource.query(
        `SELECT value, ${label ? 'min(label)' : 'NULL'} AS label, count(*)::int AS count FROM (
         SELECT ${expression} AS value${label ? `, ${label} AS label` : ''} ${from} WHERE ${where}
       ) facet GROUP BY value ORDER BY ${order} LIMIT 50`,
        params,
      );
    return rows.map((row) => ({
      value: row.value,
      ...(row.label ? { label: row.label } : {}),
      count: row.count,
    }));
  }
}

/** Anonymous callers read public proceedings; members also their networks' members-only ones. */
function visibilityCondition(viewer: User | undefined, param: (value: unknown) => string): string {
  if (!viewer || viewer.disabledAt) return `v.visibility = 'public'`;
  if (viewer.isAdmin) return 'TRUE';
  return `(v.visibility = 'public' OR p.network_id IN (SELECT network_id FROM memberships WHERE user_id = ${param(viewer.id)}))`;
}

interface Row {
  id: string;
  session_id: string;
  network_id: string;
  network_name: string;
  title: string;
  topics: string[];
  countries: string[];
  starts_at: Date;
  published_at: Date;
  version: number;
  visibility: ProceedingsVisibility;
  snippet: string;
}

function toItem(row: Row, highlighted: boolean): ArchiveItem {
  return {
    id: row.id,
    sessionId: row.session_id,
    networkId: row.network_id,
    networkName: row.network_name,
    title: row.title,
    topics: row.topics,
    countries: row.countries,
    startsAt: row.starts_at.toISOString(),
    publishedAt: row.published_at.toISOString(),
    version: row.version,
    visibility: row.visibility,
    snippet: highlighted ? snippetParts(row.snippet) : preview(row.snippet),
  };
}

/** ts_headline's output split at its markers: the text stays text (the web app never renders it as HTML). */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (piece) parts.push({ text: piece.replace(/\s+/g, ' '), match: index % 2 === 1 });
  }
  return parts;
}

function preview(text: string): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  return [
    {
      text: flat.length >= PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat,
      match: false,
    },
  ];
}
