import type { Locale, Role } from '@praxis/contracts';

/** E-mails in the recipient's language. Plain text: it reads everywhere, on any connection. */
interface Catalogue {
  roles: Record<Role, string>;
  invitation(p: { network: string; inviter: string; role: string; link: string; days: number }): {
    subject: string;
    text: string;
  };
  passwordReset(p: { link: string; minutes: number }): { subject: string; text: string };
}

const en: Catalogue = {
  roles: { convener: 'convener', member: 'member', observer: 'observer' },
  invitation: ({ network, inviter, role, link, days }) => ({
    subject: `You are invited to join ${network} on Praxis`,
    text: `${inviter} invites you to join "${network}" on Praxis as a ${role}.\n\nOpen this link to accept the invitation:\n${link}\n\nThe link can be used once and expires in ${days} days. If you did not expect this invitation, you can ignore this e-mail.\n`,
  }),
  passwordReset: ({ link, minutes }) => ({
    subject: 'Reset your Praxis password',
    text: `Someone asked to reset the password of your Praxis account.\n\nOpen this link to choose a new password:\n${link}\n\nThe link can be used once and expires in ${minutes} minutes. If it was not you, ignore this e-mail: your password stays as it is.\n`,
  }),
};

const fr: Catalogue = {
  roles: {
    convener: 'animateur ou animatrice',
    member: 'membre',
    observer: 'observateur ou observatrice',
  },
  invitation: ({ network, inviter, role, link, days }) => ({
    subject: `Invitation à rejoindre ${network} sur Praxis`,
    text: `${inviter} vous invite à rejoindre « ${network} » sur Praxis en tant que ${role}.\n\nOuvrez ce lien pour accepter l’invitation :\n${link}\n\nLe lien ne peut servir qu’une fois et expire dans ${days} jours. Si vous n’attendiez pas cette invitation, ignorez ce message.\n`,
  }),
  passwordReset: ({ link, minutes }) => ({
    subject: 'Réinitialisez votre mot de passe Praxis',
    text: `Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Praxis.\n\nOuvrez ce lien pour choisir un nouveau mot de passe :\n${link}\n\nLe lien ne peut servir qu’une fois et expire dans ${minutes} minutes. Si ce n’était pas vous, ignorez ce message : votre mot de passe reste inchangé.\n`,
  }),
};

const pt: Catalogue = {
  roles: { convener: 'coordenador(a)', member: 'membro', observer: 'observador(a)' },
  invitation: ({ network, inviter, role, link, days }) => ({
    subject: `Convite para participar de ${network} no Praxis`,
    text: `${inviter} convida você a participar de “${network}” no Praxis como ${role}.\n\nAbra este link para aceitar o convite:\n${link}\n\nO link só pode ser usado uma vez e expira em ${days} dias. Se não esperava este convite, ignore esta mensagem.\n`,
  }),
  passwordReset: ({ link, minutes }) => ({
    subject: 'Redefina a sua senha do Praxis',
    text: `Alguém pediu para redefinir a senha da sua conta no Praxis.\n\nAbra este link para escolher uma nova senha:\n${link}\n\nO link só pode ser usado uma vez e expira em ${minutes} minutos. Se não foi você, ignore esta mensagem: a sua senha continua a mesma.\n`,
  }),
};

const es: Catalogue = {
  roles: { convener: 'coordinador(a)', member: 'miembro', observer: 'observador(a)' },
  invitation: ({ network, inviter, role, link, days }) => ({
    subject: `Invitación para unirse a ${network} en Praxis`,
    text: `${inviter} le invita a unirse a «${network}» en Praxis como ${role}.\n\nAbra este enlace para aceptar la invitación:\n${link}\n\nEl enlace solo puede usarse una vez y caduca en ${days} días. Si no esperaba esta invitación, ignore este mensaje.\n`,
  }),
  passwordReset: ({ link, minutes }) => ({
    subject: 'Restablezca su contraseña de Praxis',
    text: `Alguien pidió restablecer la contraseña de su cuenta de Praxis.\n\nAbra este enlace para elegir una nueva contraseña:\n${link}\n\nEl enlace solo puede usarse una vez y caduca en ${minutes} minutos. Si no fue usted, ignore este mensaje: su contraseña no cambia.\n`,
  }),
};

export const MESSAGES: Record<Locale, Catalogue> = { en, fr, pt, es };

/** "Tuesday 3 March 2026, 14:00 (Africa/Windhoek)" in the reader's language and zone. */
export function formatInstant(instant: Date, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(instant);
  return `${text} (${timeZone})`;
}

interface SessionNoticeCatalogue {
  rescheduled(p: { title: string; network: string; from: string; to: string; link: string }): {
    subject: string;
    text: string;
  };
  cancelled(p: { title: string; network: string; when: string; link: string }): {
    subject: string;
    text: string;
  };
  reminder(p: { title: string; network: string; when: string; agenda: string; link: string }): {
    subject: string;
    text: string;
  };
}

export const SESSION_NOTICES: Record<Locale, SessionNoticeCatalogue> = {
  en: {
    rescheduled: ({ title, network, from, to, link }) => ({
      subject: `Moved: ${title}`,
      text: `The session "${title}" of ${network} has moved.\n\nWas: ${from}\nNow: ${to}\n\n${link}\n`,
    }),
    cancelled: ({ title, network, when, link }) => ({
      subject: `Cancelled: ${title}`,
      text: `The session "${title}" of ${network}, planned for ${when}, is cancelled.\n\n${link}\n`,
    }),
    reminder: ({ title, network, when, agenda, link }) => ({
      subject: `Reminder: ${title}`,
      text: `The session "${title}" of ${network} starts ${when}.\n\n${agenda ? `Agenda:\n${agenda}\n\n` : ''}Join: ${link}\n`,
    }),
  },
  fr: {
    rescheduled: ({ title, network, from, to, link }) => ({
      subject: `Déplacée : ${title}`,
      text: `La session « ${title} » de ${network} a été déplacée.\n\nAvant : ${from}\nDésormais : ${to}\n\n${link}\n`,
    }),
    cancelled: ({ title, network, when, link }) => ({
      subject: `Annulée : ${title}`,
      text: `La session « ${title} » de ${network}, prévue le ${when}, est annulée.\n\n${link}\n`,
    }),
    reminder: ({ title, network, when, agenda, link }) => ({
      subject: `Rappel : ${title}`,
      text: `La session « ${title} » de ${network} commence le ${when}.\n\n${agenda ? `Ordre du jour :\n${agenda}\n\n` : ''}Rejoindre : ${link}\n`,
    }),
  },
  pt: {
    rescheduled: ({ title, network, from, to, link }) => ({
      subject: `Remarcada: ${title}`,
      text: `A sessão “${title}” de ${network} foi remarcada.\n\nAntes: ${from}\nAgora: ${to}\n\n${link}\n`,
    }),
    cancelled: ({ title, network, when, link }) => ({
      subject: `Cancelada: ${title}`,
      text: `A sessão “${title}” de ${network}, prevista para ${when}, foi cancelada.\n\n${link}\n`,
    }),
    reminder: ({ title, network, when, agenda, link }) => ({
      subject: `Lembrete: ${title}`,
      text: `A sessão “${title}” de ${network} começa ${when}.\n\n${agenda ? `Agenda:\n${agenda}\n\n` : ''}Participar: ${link}\n`,
    }),
  },
  es: {
    rescheduled: ({ title, network, from, to, link }) => ({
      subject: `Cambio de fecha: ${title}`,
      text: `La sesión «${title}» de ${network} cambió de fecha.\n\nAntes: ${from}\nAhora: ${to}\n\n${link}\n`,
    }),
    cancelled: ({ title, network, when, link }) => ({
      subject: `Cancelada: ${title}`,
      text: `La sesión «${title}» de ${network}, prevista para el ${when}, se ha cancelado.\n\n${link}\n`,
    }),
    reminder: ({ title, network, when, agenda, link }) => ({
      subject: `Recordatorio: ${title}`,
      text: `La sesión «${title}» de ${network} empieza el ${when}.\n\n${agenda ? `Agenda:\n${agenda}\n\n` : ''}Unirse: ${link}\n`,
    }),
  },
};
