import { LoginFailure } from '../auth/entities/login-failure.entity';
import { Session } from '../auth/entities/session.entity';
import { Organisation } from '../organisations/entities/organisation.entity';
import { PartnershipOrganisation } from '../organisations/entities/partnership-organisation.entity';
import { Partnership } from '../partnerships/entities/partnership.entity';
import { Membership } from '../users/entities/membership.entity';
import { User } from '../users/entities/user.entity';

/** Every entity of the schema; the migrations must agree with these (CI checks). */
export const ENTITIES = [
  User,
  Membership,
  Partnership,
  Organisation,
  PartnershipOrganisation,
  Session,
  LoginFailure,
];
