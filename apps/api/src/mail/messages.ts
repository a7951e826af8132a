import type { Locale, Role } from '@praxis/contracts';

/** E-mails in the recipient's language. Plain text: it reads everywhere, on any connection. */
interface Catalogue {
  roles: Record<Role, string>;
  invitation(p: { network: string; inviter: string; role: string; link: string; days: number }): { subject: string; text: string };
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
  roles: { convener: 'animateur ou animatrice', member: 'membre', observer: 'observateur ou observatrice' },
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
