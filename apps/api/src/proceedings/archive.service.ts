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
type Filter = 'network' | 'year' | 'country' | 'topic';

const START = '\u0002';
const STOP = '\u0003';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const PREVIEW_CHARS = 240;

/**
 * The archive: the latest version of every proceedings the caller may read, searched with PostgreSQL
 * full text (`praxis_search` = simple + unaccent, so "preparacao" finds "preparação"), with facets that
 * count what each other filter would give.
 *
 * One statement: what the caller may read and the words match is computed once (`matched`, with a flag
 * per filter); the page, the total and the four facets are all read from it, and snippets are made
 * only for the page's rows. (Six statements each repeating the full-text match cost 3–6× more.)
 */
@Injectable()
export class ArchiveService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(query: Query, viewer: User | undefined): Promise<ArchiveResult> {
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    const textQuery = query.q ? `websearch_to_tsquery('praxis_search', ${param(query.q)})` : null;
    const filter = filtersOf(query, param);
    const all = `by_network AND by_year AND by_country AND by_topic`;
    const allBut = (except: Filter) =>
      (['network', 'year', 'country', 'topic'] as const)
        .filter((name) => name !== except)
        .map((name) => `by_${name}`)
        .join(' AND ');
    const order = textQuery ? 'rank DESC, starts_at DESC' : 'starts_at DESC, published_at DESC';
    const headline = textQuery
      ? `ts_headline('praxis_search', left(v.notes_text, 20000), ${textQuery}, '${HEADLINE}')`
      : `left(v.notes_text, ${PREVIEW_CHARS})`;
    const facet = (except: Filter, expression: string, facetOrder = 'count DESC, value') =>
      `(SELECT coalesce(json_agg(f), '[]') FROM (
         SELECT ${expression} AS value, count(*)::int AS count FROM matched WHERE ${allBut(except)}
         GROUP BY 1 ORDER BY ${facetOrder} LIMIT 50) f)`;

    const [result] = (await this.dataSource.query(
      `WITH matched AS MATERIALIZED (
         SELECT p.id, v.id AS version_id, p.network_id, v.year, v.countries, v.topics, v.starts_at,
           v.published_at, ${textQuery ? `ts_rank_cd(v.search, ${textQuery})` : '0'} AS rank,
           ${filter.network} AS by_network, ${filter.year} AS by_year,
           ${filter.country} AS by_country, ${filter.topic} AS by_topic
         FROM proceedings p
         JOIN proceedings_versions v ON v.proceedings_id = p.id AND v.version = p.latest_version
         WHERE ${visibilityCondition(viewer, param)}
           ${textQuery ? `AND (numnode(${textQuery}) = 0 OR v.search @@ ${textQuery})` : ''}
       ),
       page AS (
         SELECT * FROM matched WHERE ${all} ORDER BY ${order}
         LIMIT ${ARCHIVE_LIMITS.pageSize} OFFSET ${(query.page - 1) * ARCHIVE_LIMITS.pageSize}
       )
       SELECT
         (SELECT count(*)::int FROM matched WHERE ${all}) AS total,
         (SELECT coalesce(json_agg(row ORDER BY ${order}), '[]') FROM (
            SELECT page.rank, page.starts_at, page.published_at, p.id, p.session_id, p.network_id,
              n.name AS network_name, v.title, v.topics, v.countries, v.version, v.visibility,
              ${headline} AS snippet
            FROM page
            JOIN proceedings p ON p.id = page.id
            JOIN proceedings_versions v ON v.id = page.version_id
            JOIN networks n ON n.id = page.network_id) row) AS items,
         ${facet('year', 'year::text', 'value DESC')} AS years,
         ${facet('country', 'unnest(countries)')} AS countries,
         ${facet('topic', 'unnest(topics)')} AS topics,
         (SELECT coalesce(json_agg(f), '[]') FROM (
            SELECT m.network_id::text AS value, min(n.name) AS label, count(*)::int AS count
            FROM matched m JOIN networks n ON n.id = m.network_id WHERE ${allBut('network')}
            GROUP BY 1 ORDER BY count DESC, value LIMIT 50) f) AS networks`,
      params,
    )) as [Result];
    return {
      items: result.items.map((row) => toItem(row, Boolean(textQuery))),
      total: result.total,
      page: query.page,
      pageSize: ARCHIVE_LIMITS.pageSize,
      facets: {
        years: result.years,
        countries: result.countries,
        topics: result.topics,
        networks: result.networks,
      },
    };
  }
}

/** Each filter as a condition (TRUE when not asked for), so facets can leave their own one out. */
function filtersOf(query: Query, param: (value: unknown) => string): Record<Filter, string> {
  return {
    network: query.networkId ? `p.network_id = ${param(query.networkId)}` : 'TRUE',
    year: query.year ? `v.year = ${param(query.year)}` : 'TRUE',
    country: query.country ? `${param(query.country)} = ANY(v.countries)` : 'TRUE',
    topic: query.topic
      ? `EXISTS (SELECT 1 FROM unnest(v.topics) t WHERE lower(t) = lower(${param(query.topic)}))`
      : 'TRUE',
  };
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
  /** From JSON: ISO strings. */
  starts_at: string;
  published_at: string;
  version: number;
  visibility: ProceedingsVisibility;
  snippet: string;
}

interface Result {
  total: number;
  items: Row[];
  years: FacetValue[];
  countries: FacetValue[];
  topics: FacetValue[];
  networks: (FacetValue & { label: string })[];
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
    startsAt: new Date(row.starts_at).toISOString(),
    publishedAt: new Date(row.published_at).toISOString(),
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
