import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AccessPolicy } from '../access/access-policy.service';
import { AuthSessionsService } from '../auth/auth-sessions.service';
import { sessionOfPage } from '../web/route-preloads';

/**
 * A session's pages need its network (name, the viewer's role) and the app learns which one only from the
 * session's answer: one more round trip, a few hundred milliseconds on 3G. The server knows it already and
 * names it in the page's preloads, for whoever may read the session (the rule of GET /api/sessions/:id),
 * so the page says nothing to anyone else.
 */
@Injectable()
export class SessionPagePreloads {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly authSessions: AuthSessionsService,
  ) {}

  async urls(request: Request): Promise<string[]> {
    const id = sessionOfPage(request.path);
    if (!id) return [];
    const network = await this.policy.networkOf('session', id);
    if (!network) return [];
    const viewer = await this.authSessions.viewerOf(request);
    const standing = await this.policy.standing(viewer?.user, network.id);
    return this.policy.allows(standing, 'sessions.view') ? [`/api/networks/${network.id}`] : [];
  }
}
