import { PasswordReset } from '../accounts/entities/password-reset.entity';
import { AuthSession } from '../auth/entities/auth-session.entity';
import { User } from '../auth/entities/user.entity';
import { Invitation } from '../invitations/entities/invitation.entity';
import { Delegation } from '../networks/entities/delegation.entity';
import { Membership } from '../networks/entities/membership.entity';
import { Network } from '../networks/entities/network.entity';

/** Every entity the data source knows; a feature adds its own here. */
export const ENTITIES = [User, AuthSession, Network, Delegation, Membership, Invitation, PasswordReset];
